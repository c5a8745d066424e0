package cn.laborcase.workflow;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a process for a case, in the caller's transaction: the case row and the process state commit together or
 * not at all.
 */
@Service
public class ProcessStarter {

    private final RuntimeService runtimeService;

    ProcessStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * @param businessKey the case's id or number, shown on every task of the process
     * @param flags gateway flags and ids only
     * @return the process instance id
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public String start(String processKey, String businessKey, CaseContext context, Map<String, Object> flags) {
        Map<String, Object> variables = new HashMap<>(flags == null ? Map.of() : flags);
        variables.put(WorkflowVariables.CASE_TITLE, context.title());
        variables.put(WorkflowVariables.OFFICE_CODE, context.officeCode());
        variables.put(WorkflowVariables.GRID_CODE, context.gridCode());
        return runtimeService
                .startProcessInstanceByKey(processKey, businessKey, variables)
                .getId();
    }
}
