package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.ArbitrationReminders;
import cn.laborcase.arbitration.CasePreparation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service tasks of arbitration.bpmn: each calls one step of the module by the task's id. */
@Component("arbitrationStepDelegate")
class ArbitrationStepDelegate implements JavaDelegate {

    private final CasePreparation preparation;
    private final ArbitrationReminders reminders;

    ArbitrationStepDelegate(CasePreparation preparation, ArbitrationReminders reminders) {
        this.preparation = preparation;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(ArbitrationProcess.CASE_ID)).longValue();
        switch (execution.getCurrentActivityId()) {
            case ArbitrationProcess.TASK_ISSUE_ANSWER_NOTICE -> preparation.issueAnswerNotices(caseId);
            case ArbitrationProcess.TASK_ANSWER_PERIOD_ENDED -> preparation.answerPeriodEnded(caseId);
            case ArbitrationProcess.TASK_REMIND_ACCEPTANCE -> reminders.remindAcceptance(caseId);
            case ArbitrationProcess.TASK_REPORT_ACCEPTANCE_OVERDUE -> reminders.reportAcceptanceOverdue(caseId);
            case ArbitrationProcess.TASK_REMIND_AWARD -> reminders.remindAward(caseId);
            case ArbitrationProcess.TASK_REPORT_AWARD_OVERDUE -> reminders.reportAwardOverdue(caseId);
            default -> throw new IllegalStateException("no step for " + execution.getCurrentActivityId());
        }
    }
}
