package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.ProcedureHint;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Sets the procedure and the tribunal form's preselected mode on the running instance, in the caller's transaction. */
@Component
class EngineProcedureHint implements ProcedureHint {

    private final RuntimeService runtime;

    EngineProcedureHint(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void procedureDecided(String processInstanceId, String procedureKind) {
        if (processInstanceId == null
                || runtime.createProcessInstanceQuery()
                                .processInstanceId(processInstanceId)
                                .count()
                        == 0) {
            return;
        }
        runtime.setVariable(processInstanceId, ArbitrationProcess.PROCEDURE_KIND, procedureKind);
        runtime.setVariable(
                processInstanceId, ArbitrationProcess.TRIBUNAL_MODE, "SIMPLE".equals(procedureKind) ? "SOLE" : "THREE");
    }
}
