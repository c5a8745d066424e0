package cn.laborcase.inspection.process;

import static cn.laborcase.inspection.process.InspectionCaseProcess.*;

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
            default -> throw new IllegalStateException("no document for " + x.getCurrentActivityId());
        }
    }

    private static String text(DelegateExecution x, String name) {
        Object v = x.getVariable(name);
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }
}
