package cn.laborcase.mediation.process;

import cn.laborcase.mediation.MediationSignals;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Correlates the end of mediation with the mediator's task {@code Task_Mediate}, if it is still open. */
@Component
class EngineMediationSignals implements MediationSignals {

    private final RuntimeService runtime;

    EngineMediationSignals(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void agreed(String processInstanceId) {
        correlate(MediationProcess.MESSAGE_AGREED, processInstanceId);
    }

    @Override
    public void terminated(String processInstanceId) {
        correlate(MediationProcess.MESSAGE_TERMINATED, processInstanceId);
    }

    private void correlate(String message, String processInstanceId) {
        if (processInstanceId == null) {
            return;
        }
        runtime.createMessageCorrelation(message)
                .processInstanceId(processInstanceId)
                .correlateAll();
    }
}
