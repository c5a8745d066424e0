package cn.laborcase.arbitration.process;

import java.util.Set;

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
    /**
     * 审理与裁决: the tribunal's wait state after 安排开庭 (the hearings issue inserts its steps before it). Never
     * completed from the inbox: the closure message ends it.
     */
    public static final String TASK_ADJUDICATE = "Task_Adjudicate";
    /** The accepted part of the case, which carries the award deadline's timers. */
    public static final String SUB_PROCESS_ACCEPTED = "SubProcess_Accepted";

    public static final String TIMER_AWARD_REMINDER = "Timer_AwardReminder";
    public static final String TIMER_AWARD_BREACH = "Timer_AwardBreach";
    /** Tells the tribunal (the director while there is none) that the award period ends soon. */
    public static final String TASK_REMIND_AWARD = "Task_RemindAward";
    /** Tells the committee's director that the award period ran out. */
    public static final String TASK_REPORT_AWARD_OVERDUE = "Task_ReportAwardOverdue";

    public static final String TIMER_ACCEPTANCE_REMINDER = "Timer_AcceptanceReminder";
    public static final String TIMER_ACCEPTANCE_BREACH = "Timer_AcceptanceBreach";
    public static final String TASK_REMIND_ACCEPTANCE = "Task_RemindAcceptance";
    public static final String TASK_REPORT_ACCEPTANCE_OVERDUE = "Task_ReportAcceptanceOverdue";

    /** The elements that follow the award deadline (calendar module: Deadlines#link). */
    public static final Set<String> AWARD_DEADLINE_ELEMENTS =
            Set.of(TIMER_AWARD_REMINDER, TIMER_AWARD_BREACH, TASK_ADJUDICATE);
    /** The elements that follow the acceptance deadline (it restarts on 补正). */
    public static final Set<String> ACCEPTANCE_DEADLINE_ELEMENTS =
            Set.of(TASK_ACCEPTANCE_REVIEW, TIMER_ACCEPTANCE_REMINDER, TIMER_ACCEPTANCE_BREACH);

    /** The closure from any state: message name and the interrupting event sub-process's start. */
    public static final String MESSAGE_CASE_CLOSED = "ArbitrationCaseClosed";

    public static final String START_CASE_CLOSED = "StartEvent_CaseClosed";

    public static final String END_REFUSED = "EndEvent_Refused";
    /** The accepted part's own end, reached only if 审理与裁决 were completed (it is not: see TASK_ADJUDICATE). */
    public static final String END_HEARING_SCHEDULED = "EndEvent_HearingScheduled";
    /** 裁决结案 (outcome AWARDED). */
    public static final String END_AWARDED = "EndEvent_Awarded";
    /** 调解结案 (outcome MEDIATED). */
    public static final String END_MEDIATED = "EndEvent_Mediated";
    /** 撤回结案 (outcomes WITHDRAWN, ABSENT_APPLICANT). */
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
    /** Any other outcome. */
    public static final String END_TRANSFERRED = "EndEvent_Transferred";

    public static final String END_CLOSED = "EndEvent_Closed";

    /** The case's id (Long). */
    public static final String CASE_ID = "caseId";
    /** A collective case (Boolean): always three arbitrators. */
    public static final String COLLECTIVE = "collective";

    public static final String ACCEPTANCE_DEADLINE_ID = "acceptanceDeadlineId";
    public static final String SERVICE_DEADLINE_ID = "serviceDeadlineId";
    public static final String ANSWER_DEADLINE_ID = "answerDeadlineId";
    public static final String TRIBUNAL_DEADLINE_ID = "tribunalDeadlineId";
    public static final String AWARD_DEADLINE_ID = "awardDeadlineId";
    /** How the case ended (String, set by the closure message): AWARDED, MEDIATED, WITHDRAWN, ABSENT_APPLICANT. */
    public static final String OUTCOME = "arbitrationOutcome";

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
