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
    /** The 局长's task on a fund advance (event sub-process SubProcess_AdvanceRequested), one per advance. */
    public static final String TASK_APPROVE_ADVANCE = "Task_ApproveAdvance";
    /** The leaders' task on a submitted 处置情况报告 (event sub-process SubProcess_ClosureSubmitted). */
    public static final String TASK_APPROVE_CLOSURE = "Task_ApproveClosure";
    /** Correlated with the advance's id ({@link #ADVANCE_ID}) when an inspector requests an advance. */
    public static final String MESSAGE_ADVANCE_REQUESTED = "WageIncidentAdvanceRequested";
    /** Correlated with the report's id ({@link #CLOSURE_ID}) when an inspector submits a 处置情况报告. */
    public static final String MESSAGE_CLOSURE_SUBMITTED = "WageIncidentClosureSubmitted";

    public static final String END_INSPECTION = "EndEvent_InspectionCase";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String END_RESPONDED = "EndEvent_Responded";
    /** Reached when the closure is approved through its message (a report without a task). */
    public static final String END_CLOSED = "EndEvent_Closed";
    /** Reached when the closure is approved through its task: the interrupting SubProcess_Closed. */
    public static final String END_INCIDENT_CLOSED = "EndEvent_IncidentClosed";

    /** The incident's id (Long). */
    public static final String INCIDENT_ID = "incidentId";
    /** Whether the grade needs activation approval (Boolean). */
    public static final String NEEDS_APPROVAL = "needsApproval";
    /** When the section leader's time runs out (Date): the engine timer's due date. */
    public static final String APPROVAL_DUE_AT = "approvalDueAt";

    /** The advance a Task_ApproveAdvance decides (Long, local to the task's scope). */
    public static final String ADVANCE_ID = "advanceId";
    /** The closure report a Task_ApproveClosure decides (Long, local to the task's scope). */
    public static final String CLOSURE_ID = "closureId";

    private WageArrearsEmergencyProcess() {}
}
