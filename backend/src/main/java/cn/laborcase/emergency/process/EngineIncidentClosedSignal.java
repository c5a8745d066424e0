package cn.laborcase.emergency.process;

import cn.laborcase.emergency.IncidentClosedSignal;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Correlates {@code WageIncidentClosed} with the instance waiting in {@code Task_AwaitClosure}, if it still waits. */
@Component
class EngineIncidentClosedSignal implements IncidentClosedSignal {

    private final RuntimeService runtime;

    EngineIncidentClosedSignal(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void closed(String processInstanceId) {
        if (processInstanceId == null) {
            return;
        }
        runtime.createMessageCorrelation(WageArrearsEmergencyProcess.MESSAGE_CLOSED)
                .processInstanceId(processInstanceId)
                .correlateAll();
    }
}
