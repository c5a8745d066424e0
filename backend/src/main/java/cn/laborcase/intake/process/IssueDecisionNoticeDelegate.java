package cn.laborcase.intake.process;

import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintReview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_IssueAcceptanceNotice, Task_IssueRefusalNotice, Task_IssueCorrectionNotice, Task_IssueReferralNotice (async):
 * the notice of the decision just recorded, issued and served.
 */
@Component("issueDecisionNoticeDelegate")
class IssueDecisionNoticeDelegate implements JavaDelegate {

    private final ComplaintReview review;

    IssueDecisionNoticeDelegate(ComplaintReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.issueDecisionNotice(ComplaintId.of(execution.getVariable(ComplaintIntakeProcess.COMPLAINT_ID)));
    }
}
