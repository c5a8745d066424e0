package cn.laborcase.intake.process;

import java.util.Set;

/** processes/complaint-intake.bpmn: its key, the element ids code and tests use, and its variables. */
public final class ComplaintIntakeProcess {

    public static final String KEY = "complaint-intake";

    public static final String START = "StartEvent_ComplaintRegistered";
    public static final String ISSUE_REGISTRATION_FORM = "Task_IssueRegistrationForm";
    public static final String END_REGISTRATION_FORM_ISSUED = "EndEvent_RegistrationFormIssued";
    public static final String START_REVIEW = "Task_StartReview";
    public static final String REVIEW_SUBPROCESS = "SubProcess_Review";
    public static final String REVIEW = "Task_ReviewAdmissibility";
    public static final String REMINDER_TIMER = "BoundaryEvent_ReminderDue";
    public static final String OVERDUE_TIMER = "BoundaryEvent_AcceptanceOverdue";
    public static final String REMIND = "Task_RemindReviewer";
    public static final String REPORT_OVERDUE = "Task_ReportOverdue";
    public static final String HANDLE_OVERDUE = "Task_HandleOverdue";
    public static final String REASSIGN = "Task_ReassignReview";
    public static final String LEADER_DECIDED = "BoundaryEvent_LeaderDecided";
    public static final String DECISION_GATEWAY = "Gateway_Decision";
    public static final String ACCEPT = "Task_AcceptComplaint";
    public static final String REFUSE = "Task_RefuseComplaint";
    public static final String REQUEST_CORRECTION = "Task_RequestCorrection";
    public static final String RECORD_CORRECTION = "Task_RecordCorrection";
    public static final String RESUME_REVIEW = "Task_ResumeReview";
    public static final String CORRECTION_EXPIRED_TIMER = "BoundaryEvent_CorrectionExpired";
    public static final String CORRECTION_EXPIRED = "Task_CorrectionExpired";
    public static final String REFER = "Task_ReferComplaint";
    public static final String ISSUE_ACCEPTANCE_NOTICE = "Task_IssueAcceptanceNotice";
    public static final String ISSUE_REFUSAL_NOTICE = "Task_IssueRefusalNotice";
    public static final String ISSUE_CORRECTION_NOTICE = "Task_IssueCorrectionNotice";
    public static final String ISSUE_REFERRAL_NOTICE = "Task_IssueReferralNotice";
    public static final String END_ACCEPTED = "EndEvent_Accepted";
    public static final String END_REFUSED = "EndEvent_Refused";
    public static final String END_REFERRED = "EndEvent_Referred";
    public static final String END_REMINDED = "EndEvent_Reminded";
    public static final String END_REASSIGNED = "EndEvent_Reassigned";

    /** The elements whose dates follow the acceptance deadline (calendar module: Deadlines#link). */
    public static final Set<String> DEADLINE_ELEMENTS = Set.of(REVIEW, REMINDER_TIMER, OVERDUE_TIMER);

    public static final String COMPLAINT_ID = "complaintId";
    public static final String DEADLINE_ID = "deadlineId";
    public static final String ROUTE = "route";
    /** Set by the review form (and the leader's overdue form): ACCEPT, REFUSE, CORRECTION, REFER. */
    public static final String DECISION = "decision";
    /** Set by the leader's overdue form: REASSIGN or DECIDE. */
    public static final String OVERDUE_ACTION = "overdueAction";

    public static final String REASSIGN_TO = "reassignTo";
    public static final String REASSIGN_REASON = "reassignReason";
    /** Set by the 补正 desk form. */
    public static final String CORRECTION_RECEIVED_ON = "correctionReceivedOn";

    public static final String CORRECTION_NOTE = "correctionNote";
    /** Set with a 补正 request: when its period runs out (end of the last working day, Beijing time). */
    public static final String CORRECTION_EXPIRES_AT = "correctionExpiresAt";

    public static final String REVIEW_FORM = "complaint-review";
    public static final String OVERDUE_FORM = "complaint-overdue";
    public static final String CORRECTION_FORM = "complaint-correction";

    private ComplaintIntakeProcess() {}
}
