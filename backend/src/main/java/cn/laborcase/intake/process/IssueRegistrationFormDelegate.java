package cn.laborcase.intake.process;

import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintReview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueRegistrationForm (async): 举报投诉登记表 for the counter to print, e-mailed where an address is given. */
@Component("issueRegistrationFormDelegate")
class IssueRegistrationFormDelegate implements JavaDelegate {

    private final ComplaintReview review;

    IssueRegistrationFormDelegate(ComplaintReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.issueRegistrationForm(ComplaintId.of(execution.getVariable(ComplaintIntakeProcess.COMPLAINT_ID)));
    }
}
