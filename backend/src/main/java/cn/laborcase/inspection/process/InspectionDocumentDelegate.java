package cn.laborcase.inspection.process;

import static cn.laborcase.inspection.process.InspectionCaseProcess.*;

import cn.laborcase.inspection.InspectionDocumentTypes;
import cn.laborcase.inspection.InspectionDocuments;
import cn.laborcase.shared.BeijingTime;
import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The asynchronous document steps of inspection-case (PDF and service after the step's transaction, retried by the
 * job executor on failure): each issues its document through {@link InspectionDocuments}.
 */
@Component("inspectionDocumentDelegate")
class InspectionDocumentDelegate implements JavaDelegate {

    private final InspectionDocuments documents;

    InspectionDocumentDelegate(InspectionDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution x) {
        long caseId = ((Number) x.getVariable(CASE_ID)).longValue();
        String actor = Actors.of(x);
        switch (x.getCurrentActivityId()) {
            case ISSUE_RECTIFICATION_ORDER -> documents.rectificationOrder(caseId, text(x, RECTIFY_BY), actor);
            case ISSUE_HANDLING_DECISION -> documents.handlingDecision(caseId, text(x, PAY_BY), null, actor);
            case ISSUE_COMPENSATION_DECISION ->
                documents.handlingDecision(
                        caseId, text(x, PAY_BY), ((Number) x.getVariable(COMPENSATION_PERCENT)).intValue(), actor);
            case ISSUE_PRIOR_NOTICE ->
                documents.priorNotice(
                        caseId,
                        BeijingTime.dateOf((Date) x.getVariable(NOTICE_ENDS_AT)).toString(),
                        actor);
            case ISSUE_PENALTY_DECISION ->
                documents.penaltyDecision(
                        caseId,
                        new BigDecimal(x.getVariable(PENALTY_AMOUNT).toString()),
                        text(x, RESPONSE_NOTE),
                        actor);
            case ISSUE_CASE_TRANSFER -> documents.caseTransfer(caseId, text(x, DEPARTMENT), actor);
            case ISSUE_CRIMINAL_TRANSFER -> documents.criminalTransfer(caseId, text(x, CRIMINAL_APPROVED_ON), actor);
            case ISSUE_FILING_APPROVAL ->
                documents.approvalForm(
                        caseId,
                        InspectionDocumentTypes.FILING_APPROVAL,
                        or(text(x, FILING_NOTE), "同意立案"),
                        text(x, FILING_APPROVED_BY),
                        null,
                        actor);
            case ISSUE_WITHDRAWAL_APPROVAL ->
                documents.approvalForm(
                        caseId,
                        InspectionDocumentTypes.WITHDRAWAL_APPROVAL,
                        or(text(x, WITHDRAWAL_NOTE), "同意撤销立案"),
                        text(x, WITHDRAWAL_APPROVED_BY),
                        null,
                        actor);
            case ISSUE_CLOSING_APPROVAL ->
                documents.approvalForm(
                        caseId,
                        InspectionDocumentTypes.CLOSING_APPROVAL,
                        or(text(x, CLOSING_NOTE), "同意结案"),
                        text(x, CLOSING_APPROVED_BY),
                        null,
                        actor);
            case ISSUE_EXTENSION_APPROVAL ->
                documents.approvalForm(
                        caseId,
                        InspectionDocumentTypes.EXTENSION_APPROVAL,
                        or(text(x, EXTENSION_OPINION), "同意延长办案期限30个工作日"),
                        text(x, EXTENSION_APPROVED_BY),
                        java.util.Map.of(
                                "reason", text(x, EXTENSION_REASON),
                                "originalDue", text(x, EXTENSION_ORIGINAL_DUE),
                                "newDue", text(x, EXTENSION_NEW_DUE)),
                        actor);
            case ISSUE_INQUIRY_NOTICE ->
                documents.inquiryNotice(
                        caseId,
                        at(text(x, NOTICE_INQUIRY_ON), text(x, NOTICE_INQUIRY_TIME)),
                        text(x, NOTICE_PLACE),
                        text(x, NOTICE_MATERIALS),
                        text(x, NOTICE_CONTACT),
                        text(x, NOTICE_PHONE),
                        actor);
            case ISSUE_INVESTIGATION_RECORDS -> {
                String recorder = text(x, INVESTIGATED_BY);
                if (text(x, INTERVIEWEE) != null) {
                    documents.inquiryRecord(
                            caseId,
                            at(text(x, INQUIRED_ON), text(x, INQUIRED_TIME)),
                            text(x, INQUIRY_PLACE),
                            text(x, INTERVIEWEE),
                            text(x, INTERVIEWEE_ROLE),
                            text(x, INQUIRY_RECORD),
                            recorder,
                            actor);
                }
                if (text(x, SITE_PLACE) != null) {
                    documents.siteRecord(
                            caseId,
                            at(text(x, INSPECTED_ON), text(x, INSPECTED_TIME)),
                            text(x, SITE_PLACE),
                            text(x, SITE_PRESENT),
                            text(x, SITE_RECORD),
                            recorder,
                            actor);
                }
            }
            default -> throw new IllegalStateException("no document for " + x.getCurrentActivityId());
        }
    }

    private static String or(String s, String other) {
        return s == null ? other : s;
    }

    /** A form's date (yyyy-MM-dd, perhaps with a time zone part) and time (HH:mm, 09:00 when not given). */
    static String at(String date, String time) {
        if (date == null) {
            return null;
        }
        return date.substring(0, 10) + "T" + (time == null ? "09:00" : time);
    }

    private static String text(DelegateExecution x, String name) {
        Object v = x.getVariable(name);
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }
}
