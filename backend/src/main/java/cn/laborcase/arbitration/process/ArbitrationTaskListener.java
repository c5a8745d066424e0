package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.arbitration.TribunalRequest;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The user tasks' listener: a completed task's decision is recorded in the task's transaction (a refusal by the
 * module's rules rolls the completion back), and the periods it starts become process variables.
 */
@Component("arbitrationTaskListener")
class ArbitrationTaskListener implements TaskListener {

    private final ApplicationReview review;
    private final CasePreparation preparation;

    ArbitrationTaskListener(ApplicationReview review, CasePreparation preparation) {
        this.review = review;
        this.preparation = preparation;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = ((Number) task.getVariable(ArbitrationProcess.CASE_ID)).longValue();
        String key = task.getTaskDefinitionKey();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if (ArbitrationProcess.TASK_SCHEDULE_HEARING.equals(key)) {
                preparation.awaitingHearing(caseId);
            }
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        switch (key) {
            case ArbitrationProcess.TASK_ADJUDICATE -> throw ArbitrationCompletionLock.notCompletable();
            case ArbitrationProcess.TASK_ACCEPTANCE_REVIEW -> {
                Map<String, Object> variables = review.decided(
                        caseId,
                        text(task, ArbitrationProcess.DECISION),
                        text(task, ArbitrationProcess.REASONS),
                        task.getAssignee());
                task.getExecution().setVariables(variables);
            }
            case ArbitrationProcess.TASK_RECORD_SERVICE ->
                task.getExecution()
                        .setVariable(
                                ArbitrationProcess.ANSWER_DEADLINE_ID,
                                preparation.served(
                                        caseId, text(task, ArbitrationProcess.SERVED_ON), task.getAssignee()));
            case ArbitrationProcess.TASK_COMPOSE_TRIBUNAL ->
                preparation.tribunalComposed(
                        caseId,
                        new TribunalRequest(
                                text(task, ArbitrationProcess.TRIBUNAL_MODE),
                                text(task, ArbitrationProcess.PRESIDING),
                                text(task, ArbitrationProcess.MEMBER_1),
                                text(task, ArbitrationProcess.MEMBER_2),
                                text(task, ArbitrationProcess.SOLE)),
                        task.getAssignee());
            default -> {}
        }
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }
}
