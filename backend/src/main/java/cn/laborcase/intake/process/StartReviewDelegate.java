package cn.laborcase.intake.process;

import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintReview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartReview: the complaint is under review, tracked by this process instance. */
@Component("startReviewDelegate")
class StartReviewDelegate implements JavaDelegate {

    private final ComplaintReview review;

    StartReviewDelegate(ComplaintReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.startReview(
                ComplaintId.of(execution.getVariable(ComplaintIntakeProcess.COMPLAINT_ID)),
                execution.getProcessInstanceId(),
                Actors.of(execution));
    }
}
