package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.ArbitrationEnding;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Deletes the running instance (its open tasks go with it) in the caller's transaction. */
@Component
class EngineArbitrationEnding implements ArbitrationEnding {

    private final RuntimeService runtime;

    EngineArbitrationEnding(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void end(String processInstanceId, String reason) {
        if (processInstanceId != null
                && runtime.createProcessInstanceQuery()
                                .processInstanceId(processInstanceId)
                                .count()
                        > 0) {
            runtime.deleteProcessInstance(processInstanceId, reason, true, true);
        }
    }
}
