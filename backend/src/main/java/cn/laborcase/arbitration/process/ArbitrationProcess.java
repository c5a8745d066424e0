package cn.laborcase.arbitration.process;

/** processes/arbitration.bpmn: its key, the element ids code and tests use, its variables. */
public final class ArbitrationProcess {

    public static final String KEY = "arbitration";

    /** 受理审查: the committee director decides (ACCEPT/REFUSE) within the acceptance period. */
    public static final String TASK_ACCEPTANCE_REVIEW = "Task_AcceptanceReview";
    /** Issues the 应诉通知书 with the application copy (asynchronous: rendering retries). */
    public static final String TASK_ISSUE_ANSWER_NOTICE = "Task_IssueAnswerNotice";
    /** The clerk records the day the respondent received it (the service record's date). */
    public static final String TASK_RECORD_SERVICE = "Task_RecordService";
    /** The answer period's end: 10 working days from the respondent's receipt (法 §30). */
    public static final String TIMER_ANSWER_PERIOD = "Timer_AnswerPeriod";

    public static final String TASK_ANSWER_PERIOD_ENDED = "Task_AnswerPeriodEnded";
    /** 组成仲裁庭: the director names the arbitrators (法 §31). */
    public static final String TASK_COMPOSE_TRIBUNAL = "Task_ComposeTribunal";
    /** 安排开庭: the place the hearings issue (issue 15) takes over. */
    public static final String TASK_SCHEDULE_HEARING = "Task_ScheduleHearing";

    public static final String END_REFUSED = "EndEvent_Refused";
    public static final String END_HEARING_SCHEDULED = "EndEvent_HearingScheduled";

    /** The case's id (Long). */
    public static final String CASE_ID = "caseId";
    /** A collective case (Boolean): always three arbitrators. */
    public static final String COLLECTIVE = "collective";

    public static final String ACCEPTANCE_DEADLINE_ID = "acceptanceDeadlineId";
    public static final String SERVICE_DEADLINE_ID = "serviceDeadlineId";
    public static final String ANSWER_DEADLINE_ID = "answerDeadlineId";
    public static final String TRIBUNAL_DEADLINE_ID = "tribunalDeadlineId";

    /** The acceptance form's fields (forms/arbitration-acceptance.form). */
    public static final String DECISION = "acceptanceDecision";

    public static final String REASONS = "refusalReasons";
    /** The service form's field (forms/arbitration-service.form), 2026-12-10. */
    public static final String SERVED_ON = "respondentReceivedOn";
    /** The tribunal form's fields (forms/arbitration-tribunal.form). */
    public static final String TRIBUNAL_MODE = "tribunalMode";

    public static final String PRESIDING = "presidingArbitrator";
    public static final String MEMBER_1 = "arbitrator2";
    public static final String MEMBER_2 = "arbitrator3";
    public static final String SOLE = "soleArbitrator";
    /** SIMPLE (简易处理, 办案规则 §56) or ORDINARY after a conversion back (§61); absent: no decision taken. */
    public static final String PROCEDURE_KIND = "procedureKind";

    private ArbitrationProcess() {}
}
