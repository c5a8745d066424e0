package cn.laborcase.intake.process;

import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintReview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CorrectionExpired: the 补正 period ran out unanswered (BoundaryEvent_CorrectionExpired); the review resumes on
 * the existing material with a new round from the day it ran out.
 */
@Component("correctionExpiredDelegate")
class CorrectionExpiredDelegate implements JavaDelegate {

    private final ComplaintReview review;

    CorrectionExpiredDelegate(ComplaintReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long deadlineId = review.correctionExpired(
                ComplaintId.of(execution.getVariable(ComplaintIntakeProcess.COMPLAINT_ID)),
                execution.getProcessInstanceId());
        execution.setVariable(ComplaintIntakeProcess.DEADLINE_ID, deadlineId);
    }
}
