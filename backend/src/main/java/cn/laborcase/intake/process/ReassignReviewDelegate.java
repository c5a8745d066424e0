package cn.laborcase.intake.process;

import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintReview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReassignReview: the leader who completed Task_HandleOverdue hands the review to the inspector he named. */
@Component("reassignReviewDelegate")
class ReassignReviewDelegate implements JavaDelegate {

    private final ComplaintReview review;

    ReassignReviewDelegate(ComplaintReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.reassignReview(
                ComplaintId.of(execution.getVariable(ComplaintIntakeProcess.COMPLAINT_ID)),
                Actors.of(execution),
                (String) execution.getVariable(ComplaintIntakeProcess.REASSIGN_TO),
                (String) execution.getVariable(ComplaintIntakeProcess.REASSIGN_REASON));
    }
}
