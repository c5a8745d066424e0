package cn.laborcase.emergency.process;

/** processes/wage-arrears-emergency.bpmn: its key, the element ids code and tests use, its variables. */
public final class WageArrearsEmergencyProcess {

    public static final String KEY = "wage-arrears-emergency";

    public static final String TASK_OPEN_INSPECTION_CASE = "Task_OpenInspectionCase";
    public static final String TASK_APPROVE = "Task_Approve";
    public static final String TASK_ISSUE_APPROVAL_FORM = "Task_IssueApprovalForm";
    public static final String TIMER_APPROVAL_DUE = "Timer_ApprovalDue";
    public static final String TASK_ESCALATE = "Task_Escalate";
    public static final String TASK_APPROVE_ESCALATED = "Task_ApproveEscalated";
    public static final String TASK_ON_SITE = "Task_OnSiteCheck";
    public static final String TASK_TALK = "Task_TalkToEmployer";
    /** Waits, after activation, for the closure; the progress-report timer cycle is attached to it. */
    public static final String TASK_AWAIT_CLOSURE = "Task_AwaitClosure";

    public static final String TIMER_PROGRESS_DUE = "Timer_ProgressDue";
    public static final String TASK_PROGRESS_DUE = "Task_ProgressDue";
    /** The message that ends the wait (and the progress timer) at closure. */
    public static final String MESSAGE_CLOSED = "WageIncidentClosed";

    /** After activation, asynchronously: the 欠薪事件情况通报 to the police, construction authority and trade union. */
    public static final String TASK_NOTIFY_AGENCIES = "Task_NotifyAgencies";

    public static final String END_AGENCIES_NOTIFIED = "EndEvent_AgenciesNotified";
    public static final String END_INSPECTION = "EndEvent_InspectionCase";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String END_RESPONDED = "EndEvent_Responded";

    /** The incident's id (Long). */
    public static final String INCIDENT_ID = "incidentId";
    /** Whether the grade needs activation approval (Boolean). */
    public static final String NEEDS_APPROVAL = "needsApproval";
    /** When the section leader's time runs out (Date): the engine timer's due date. */
    public static final String APPROVAL_DUE_AT = "approvalDueAt";

    private WageArrearsEmergencyProcess() {}
}
