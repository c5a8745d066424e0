package cn.laborcase.inspection.process;

import java.util.Set;

/** processes/inspection-case.bpmn: its key, the element ids code and tests use, its variables and forms. */
public final class InspectionCaseProcess {

    public static final String KEY = "inspection-case";

    // elements
    public static final String APPROVE_FILING = "Task_ApproveFiling";
    public static final String REFUSE_FILING = "Task_RefuseFiling";
    public static final String FILE = "Task_File";
    public static final String CASE_SUBPROCESS = "SubProcess_Case";
    public static final String ASSIGN_INSPECTORS = "Task_AssignInspectors";
    public static final String RECORD_INSPECTORS = "Task_RecordInspectors";
    public static final String CHECK_DECLARATIONS = "Task_CheckDeclarations";
    public static final String DECLARE = "Task_Declare";
    public static final String DECIDE_RECUSAL = "Task_DecideRecusal";
    public static final String RECORD_RECUSAL = "Task_RecordRecusal";
    public static final String RECORD_RECUSAL_REQUEST = "Task_RecordRecusalRequest";
    public static final String INVESTIGATE = "Task_Investigate";
    public static final String RECORD_INVESTIGATION = "Task_RecordInvestigation";
    public static final String CONFIRM_INVESTIGATION = "Task_ConfirmInvestigation";
    public static final String RECORD_CONFIRMATION = "Task_RecordConfirmation";
    public static final String CHOOSE_OUTCOME = "Task_ChooseOutcome";
    public static final String ORDER_RECTIFICATION = "Task_OrderRectification";
    public static final String RECTIFICATION_TIMER = "Timer_RectificationEnds";
    public static final String RECHECK_RECTIFICATION = "Task_RecheckRectification";
    public static final String RECORD_RECHECK = "Task_RecordRecheck";
    public static final String DECIDE_HANDLING = "Task_DecideHandling";
    public static final String PAYMENT_TIMER = "Timer_PaymentDue";
    public static final String RECHECK_PAYMENT = "Task_RecheckPayment";
    public static final String RECORD_PAYMENT_RECHECK = "Task_RecordPaymentRecheck";
    public static final String DECIDE_COMPENSATION = "Task_DecideCompensation";
    public static final String RECORD_COMPENSATION = "Task_RecordCompensation";
    public static final String NOTIFY_PENALTY = "Task_NotifyPenalty";
    public static final String RECORD_RESPONSE = "Task_RecordResponse";
    public static final String NOTICE_PERIOD_TIMER = "Timer_NoticePeriodEnds";
    public static final String NOTICE_PERIOD_ENDED = "Task_NoticePeriodEnded";
    public static final String RECORD_PARTY_RESPONSE = "Task_RecordPartyResponse";
    public static final String SCHEDULE_HEARING = "Task_ScheduleHearing";
    public static final String RECORD_HEARING_SCHEDULE = "Task_RecordHearingSchedule";
    public static final String HOLD_HEARING = "Task_HoldHearing";
    public static final String RECORD_HEARING = "Task_RecordHearing";
    public static final String DECIDE_PENALTY = "Task_DecidePenalty";
    public static final String RECORD_PENALTY = "Task_RecordPenalty";
    public static final String APPROVE_WITHDRAWAL = "Task_ApproveWithdrawal";
    public static final String RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
    public static final String TRANSFER = "Task_Transfer";
    public static final String DECIDE_CRIMINAL_TRANSFER = "Task_DecideCriminalTransfer";
    public static final String RECORD_CRIMINAL_DECISION = "Task_RecordCriminalDecision";
    public static final String TRANSFER_TO_POLICE = "Task_TransferToPolice";
    public static final String RECORD_POLICE_TRANSFER = "Task_RecordPoliceTransfer";
    public static final String APPROVE_CLOSING = "Task_ApproveClosing";
    public static final String RECORD_CLOSING = "Task_RecordClosing";
    public static final String ISSUE_RECTIFICATION_ORDER = "Task_IssueRectificationOrder";
    public static final String ISSUE_HANDLING_DECISION = "Task_IssueHandlingDecision";
    public static final String ISSUE_COMPENSATION_DECISION = "Task_IssueCompensationDecision";
    public static final String ISSUE_PRIOR_NOTICE = "Task_IssuePriorNotice";
    public static final String ISSUE_PENALTY_DECISION = "Task_IssuePenaltyDecision";
    public static final String ISSUE_CASE_TRANSFER = "Task_IssueCaseTransfer";
    public static final String ISSUE_CRIMINAL_TRANSFER = "Task_IssueCriminalTransfer";
    public static final String ISSUE_FILING_APPROVAL = "Task_IssueFilingApproval";
    public static final String ISSUE_INQUIRY_NOTICE = "Task_IssueInquiryNotice";
    public static final String ISSUE_INVESTIGATION_RECORDS = "Task_IssueInvestigationRecords";
    public static final String ISSUE_WITHDRAWAL_APPROVAL = "Task_IssueWithdrawalApproval";
    public static final String ISSUE_CLOSING_APPROVAL = "Task_IssueClosingApproval";
    public static final String APPROVE_EXTENSION = "Task_ApproveExtension";
    public static final String RECORD_EXTENSION = "Task_RecordExtension";
    public static final String ISSUE_EXTENSION_APPROVAL = "Task_IssueExtensionApproval";
    /** The message that starts the event sub-process 延期审批 (the inspector's request). */
    public static final String EXTENSION_MESSAGE = "InspectionExtensionRequested";

    public static final String REMINDER_TIMER = "Timer_Reminder";
    public static final String BREACH_TIMER = "Timer_Breach";
    public static final String REMIND = "Task_Remind";
    public static final String REPORT_OVERDUE = "Task_ReportOverdue";
    public static final String END_FILING_REFUSED = "EndEvent_FilingRefused";
    public static final String END_CLOSED = "EndEvent_Closed";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    /** The timers that follow the case's deadline (calendar module: Deadlines#link). */
    public static final Set<String> DEADLINE_ELEMENTS = Set.of(REMINDER_TIMER, BREACH_TIMER);

    // variables
    public static final String CASE_ID = "caseId";
    public static final String DEADLINE_ID = "deadlineId";
    public static final String NEEDS_FILING_APPROVAL = "needsFilingApproval";
    public static final String FILING_DECISION = "filingDecision";
    public static final String FILING_NOTE = "filingNote";
    public static final String INSPECTORS = "inspectors";
    public static final String UNDECLARED = "undeclared";
    public static final String DECLARANT = "declarant";
    public static final String RECUSAL_PENDING = "recusalPending";
    public static final String CONFLICT = "conflict";
    public static final String DECLARATION_NOTE = "declarationNote";
    public static final String RECUSAL_DECISION = "recusalDecision";
    public static final String REPLACEMENT = "replacement";
    public static final String ACTION = "action";
    public static final String RECUSAL_OF = "recusalOf";
    public static final String RECUSAL_REASON = "recusalReason";
    public static final String INQUIRY_NOTICE_SENT_ON = "inquiryNoticeSentOn";
    public static final String REPLY_BY = "replyBy";
    public static final String INQUIRY_RECORD = "inquiryRecord";
    public static final String SITE_RECORD = "siteRecord";
    public static final String WORKERS = "workers";
    public static final String FINDINGS = "findings";
    public static final String OUTCOME = "outcome";
    public static final String RECTIFY_BY = "rectifyBy";
    public static final String PAY_BY = "payBy";
    public static final String DEPARTMENT = "department";
    public static final String INVESTIGATED_BY = "investigatedBy";
    public static final String PARTNER = "partner";
    public static final String CONFIRM_DECISION = "confirmDecision";
    public static final String CONFIRM_NOTE = "confirmNote";
    public static final String RECTIFY_ENDS_AT = "rectifyEndsAt";
    public static final String CORRECTED = "corrected";
    public static final String ESCALATION = "escalation";
    public static final String RECHECK_NOTE = "recheckNote";
    public static final String PAY_ENDS_AT = "payEndsAt";
    public static final String PAID = "paid";
    public static final String COMPENSATION_PERCENT = "compensationPercent";
    public static final String NOTICE_ENDS_AT = "noticeEndsAt";
    public static final String RESPONSE = "response";
    public static final String RESPONSE_NOTE = "responseNote";
    public static final String RESPONSE_HEARING = "HEARING";
    public static final String RESPONSE_STATEMENT = "STATEMENT";
    public static final String RESPONSE_WAIVED = "WAIVED";
    public static final String HEARING_OFFICER = "hearingOfficer";
    public static final String HEARING_ON = "hearingOn";
    public static final String HEARING_RECORD = "hearingRecord";
    public static final String PENALTY_AMOUNT = "penaltyAmount";
    public static final String WITHDRAWAL_DECISION = "withdrawalDecision";
    public static final String WITHDRAWAL_NOTE = "withdrawalNote";
    public static final String CRIMINAL_DECISION = "criminalDecision";
    public static final String CRIMINAL_NOTE = "criminalNote";
    public static final String CRIMINAL_APPROVED_ON = "criminalApprovedOn";
    public static final String POLICE_NOTE = "policeNote";
    public static final String CLOSING_DECISION = "closingDecision";
    public static final String CLOSING_NOTE = "closingNote";
    /** Who approved (the leader who completed the approval task), for the approval form issued after it. */
    public static final String FILING_APPROVED_BY = "filingApprovedBy";

    public static final String WITHDRAWAL_APPROVED_BY = "withdrawalApprovedBy";
    public static final String CLOSING_APPROVED_BY = "closingApprovedBy";
    // 延期审批: the request (set by the correlation) and the 局长's decision (the form)
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String EXTENSION_REQUESTED_BY = "extensionRequestedBy";
    public static final String EXTENSION_DECISION = "extensionDecision";
    public static final String EXTENSION_OPINION = "extensionOpinion";
    public static final String EXTENSION_APPROVED_BY = "extensionApprovedBy";
    public static final String EXTENSION_ORIGINAL_DUE = "extensionOriginalDue";
    public static final String EXTENSION_NEW_DUE = "extensionNewDue";
    // 调查取证, action NOTICE: the 询问通知书
    public static final String ACTION_NOTICE = "NOTICE";
    public static final String NOTICE_INQUIRY_ON = "noticeInquiryOn";
    public static final String NOTICE_INQUIRY_TIME = "noticeInquiryTime";
    public static final String NOTICE_PLACE = "noticePlace";
    public static final String NOTICE_MATERIALS = "noticeMaterials";
    public static final String NOTICE_CONTACT = "noticeContact";
    public static final String NOTICE_PHONE = "noticePhone";
    // 调查取证, action RECORD: the 询问笔录 (when someone was asked) and the 现场检查笔录 (when a site was inspected)
    public static final String INQUIRED_ON = "inquiredOn";
    public static final String INQUIRED_TIME = "inquiredTime";
    public static final String INQUIRY_PLACE = "inquiryPlace";
    public static final String INTERVIEWEE = "interviewee";
    public static final String INTERVIEWEE_ROLE = "intervieweeRole";
    public static final String INSPECTED_ON = "inspectedOn";
    public static final String INSPECTED_TIME = "inspectedTime";
    public static final String SITE_PLACE = "sitePlace";
    public static final String SITE_PRESENT = "sitePresent";

    // forms
    public static final String FILING_FORM = "inspection-filing";
    public static final String ASSIGN_FORM = "inspection-assign";
    public static final String DECLARATION_FORM = "inspection-declaration";
    public static final String RECUSAL_FORM = "inspection-recusal";
    public static final String INVESTIGATION_FORM = "inspection-investigation";
    public static final String CONFIRM_FORM = "inspection-confirm";
    public static final String RECHECK_FORM = "inspection-recheck";
    public static final String PAYMENT_RECHECK_FORM = "inspection-payment-recheck";
    public static final String COMPENSATION_FORM = "inspection-compensation";
    public static final String RESPONSE_FORM = "inspection-response";
    public static final String HEARING_SCHEDULE_FORM = "inspection-hearing-schedule";
    public static final String HEARING_FORM = "inspection-hearing";
    public static final String PENALTY_FORM = "inspection-penalty";
    public static final String WITHDRAWAL_FORM = "inspection-withdrawal";
    public static final String CRIMINAL_FORM = "inspection-criminal";
    public static final String POLICE_FORM = "inspection-police-transfer";
    public static final String CLOSING_FORM = "inspection-closing";
    public static final String EXTENSION_FORM = "inspection-extension";

    public static final Set<String> FORMS = Set.of(
            FILING_FORM,
            ASSIGN_FORM,
            DECLARATION_FORM,
            RECUSAL_FORM,
            INVESTIGATION_FORM,
            CONFIRM_FORM,
            RECHECK_FORM,
            PAYMENT_RECHECK_FORM,
            COMPENSATION_FORM,
            RESPONSE_FORM,
            HEARING_SCHEDULE_FORM,
            HEARING_FORM,
            PENALTY_FORM,
            WITHDRAWAL_FORM,
            CRIMINAL_FORM,
            POLICE_FORM,
            CLOSING_FORM,
            EXTENSION_FORM);

    private InspectionCaseProcess() {}

    /**
     * The case id of a task's business key: the case's {@code CaseRef.key()} ({@code INSPECTION_CASE:12}), so that
     * no other track's process shares it.
     */
    public static long caseId(String businessKey) {
        return cn.laborcase.shared.CaseRef.parse(businessKey)
                .filter(r -> r.type() == cn.laborcase.shared.CaseType.INSPECTION_CASE)
                .map(cn.laborcase.shared.CaseRef::id)
                .orElseThrow(() -> new NumberFormatException("not an inspection case's key: " + businessKey));
    }
}
