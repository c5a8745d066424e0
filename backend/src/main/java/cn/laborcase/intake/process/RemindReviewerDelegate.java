package cn.laborcase.intake.process;

import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintReview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindReviewer (after BoundaryEvent_ReminderDue): reminds whoever holds or may take the review. */
@Component("remindReviewerDelegate")
class RemindReviewerDelegate implements JavaDelegate {

    private final ComplaintReview review;

    RemindReviewerDelegate(ComplaintReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.remindReviewer(ComplaintId.of(execution.getVariable(ComplaintIntakeProcess.COMPLAINT_ID)));
    }
}
