package cn.laborcase.intake.process;

import static cn.laborcase.intake.ReviewOutcome.CORRECTION_ITEMS;
import static cn.laborcase.intake.ReviewOutcome.DECISION;
import static cn.laborcase.intake.ReviewOutcome.DECISION_TEXT;
import static cn.laborcase.intake.ReviewOutcome.REFERRAL_DEPARTMENT;
import static cn.laborcase.intake.ReviewOutcome.REFERRAL_TARGET;
import static cn.laborcase.intake.ReviewOutcome.REFUSAL_REASON;

import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintReview;
import cn.laborcase.intake.Decision;
import cn.laborcase.intake.ReviewOutcome;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AcceptComplaint, Task_RefuseComplaint, Task_RequestCorrection, Task_ReferComplaint: records the decision the
 * review form (or the leader's overdue form) submitted.
 */
@Component("recordDecisionDelegate")
class RecordDecisionDelegate implements JavaDelegate {

    private final ComplaintReview review;

    RecordDecisionDelegate(ComplaintReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewOutcome outcome = ReviewOutcome.of(
                execution.getVariable(DECISION),
                execution.getVariable(REFUSAL_REASON),
                execution.getVariable(DECISION_TEXT),
                execution.getVariable(CORRECTION_ITEMS),
                execution.getVariable(REFERRAL_TARGET),
                execution.getVariable(REFERRAL_DEPARTMENT));
        ComplaintId id = ComplaintId.of(execution.getVariable(ComplaintIntakeProcess.COMPLAINT_ID));
        review.decide(id, outcome, Actors.of(execution));
        if (outcome.decision() == Decision.CORRECTION) {
            // the timer of Task_RecordCorrection: unanswered by then, the review resumes on the existing material
            execution.setVariable(
                    ComplaintIntakeProcess.CORRECTION_EXPIRES_AT, Date.from(review.correctionExpiresAt(id)));
        }
    }
}
