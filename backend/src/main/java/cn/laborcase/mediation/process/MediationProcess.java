package cn.laborcase.mediation.process;

/** processes/mediation.bpmn: its key, the element ids code and tests use, its variables. */
public final class MediationProcess {

    public static final String KEY = "mediation";

    /**
     * The mediator's inbox task 调解, due on the 15th day; the agreement, the termination or the end of the 15 days (its
     * boundary events) end it.
     */
    public static final String TASK_MEDIATE = "Task_Mediate";

    /** Non-interrupting: {@code laborcase.mediation.reminder-days-before} calendar days before the due day. */
    public static final String TIMER_REMINDER = "Timer_Reminder";

    public static final String TASK_REMIND_MEDIATOR = "Task_RemindMediator";
    public static final String END_REMINDED = "EndEvent_Reminded";

    public static final String EVENT_AGREED = "Event_Agreed";
    public static final String EVENT_TERMINATED = "Event_Terminated";
    /** The engine timer at the first instant after the 15th day (calendar.breachOf(deadlineId)). */
    public static final String TIMER_DUE = "Timer_MediationDue";

    public static final String TASK_ISSUE_AGREEMENT = "Task_IssueAgreement";
    public static final String TASK_ISSUE_TERMINATION = "Task_IssueTermination";
    public static final String TASK_RECORD_FAILURE = "Task_RecordFailure";
    public static final String TASK_ISSUE_FAILURE_NOTICE = "Task_IssueFailureNotice";

    public static final String END_AGREED = "EndEvent_Agreed";
    public static final String END_TERMINATED = "EndEvent_Terminated";
    public static final String END_FAILED = "EndEvent_Failed";

    public static final String MESSAGE_AGREED = "MediationAgreed";
    public static final String MESSAGE_TERMINATED = "MediationTerminated";

    /** The case's id (Long). */
    public static final String CASE_ID = "caseId";
    /** The 15 days' deadline id (Long), for the calendar bean's timer. */
    public static final String DEADLINE_ID = "deadlineId";
    /** The mediator's username. */
    public static final String MEDIATOR = "mediator";

    private MediationProcess() {}
}
