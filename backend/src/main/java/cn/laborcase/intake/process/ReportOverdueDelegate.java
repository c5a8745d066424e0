package cn.laborcase.intake.process;

import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintReview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReportOverdue (after BoundaryEvent_AcceptanceOverdue): tells the office's leaders. */
@Component("reportOverdueDelegate")
class ReportOverdueDelegate implements JavaDelegate {

    private final ComplaintReview review;

    ReportOverdueDelegate(ComplaintReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.reportOverdue(ComplaintId.of(execution.getVariable(ComplaintIntakeProcess.COMPLAINT_ID)));
    }
}
