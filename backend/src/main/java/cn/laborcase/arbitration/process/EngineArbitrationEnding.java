package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.ArbitrationEnding;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Closes the case in arbitration.bpmn by correlating {@code ArbitrationCaseClosed} with the outcome, in the caller's
 * transaction: the interrupting event sub-process ends every open task and timer and reaches the outcome's end event.
 * An instance that has already ended is left alone; one started on a version without the event sub-process (before
 * issue 14) is deleted, as it was then.
 */
@Component
class EngineArbitrationEnding implements ArbitrationEnding {

    private final RuntimeService runtime;

    EngineArbitrationEnding(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void end(String processInstanceId, Outcome outcome, String reason) {
        if (processInstanceId == null
                || runtime.createProcessInstanceQuery()
                                .processInstanceId(processInstanceId)
                                .count()
                        == 0) {
            return;
        }
        boolean waiting = runtime.createEventSubscriptionQuery()
                        .processInstanceId(processInstanceId)
                        .eventType("message")
                        .eventName(ArbitrationProcess.MESSAGE_CASE_CLOSED)
                        .count()
                > 0;
        if (waiting) {
            runtime.createMessageCorrelation(ArbitrationProcess.MESSAGE_CASE_CLOSED)
                    .processInstanceId(processInstanceId)
                    .setVariable(ArbitrationProcess.OUTCOME, outcome.name())
                    .correlateWithResult();
        } else {
            runtime.deleteProcessInstance(processInstanceId, reason, true, true);
        }
    }
}
