package cn.laborcase.intake.process;

import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintReview;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ResumeReview: the 补正 material arrived; a new review round with its own deadline from that day. */
@Component("resumeReviewDelegate")
class ResumeReviewDelegate implements JavaDelegate {

    private final ComplaintReview review;

    ResumeReviewDelegate(ComplaintReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object receivedOn = execution.getVariable(ComplaintIntakeProcess.CORRECTION_RECEIVED_ON);
        long deadlineId = review.resumeReview(
                ComplaintId.of(execution.getVariable(ComplaintIntakeProcess.COMPLAINT_ID)),
                receivedOn == null ? null : LocalDate.parse(receivedOn.toString()),
                (String) execution.getVariable(ComplaintIntakeProcess.CORRECTION_NOTE),
                execution.getProcessInstanceId(),
                Actors.of(execution));
        execution.setVariable(ComplaintIntakeProcess.DEADLINE_ID, deadlineId);
    }
}
