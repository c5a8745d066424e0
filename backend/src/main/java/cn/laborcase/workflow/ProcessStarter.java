package cn.laborcase.workflow;

import cn.laborcase.security.CurrentUsers;
import cn.laborcase.workflow.persistence.ProcessStartMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a process for a case, in the caller's transaction: the case row and the process state commit together or
 * not at all. A process a staff member starts (a registration at the desk) is recorded under his name for his
 * 我发起的 list; one started by the system (a timer, the demo data) is not.
 */
@Service
public class ProcessStarter {

    private final RuntimeService runtimeService;
    private final ProcessStartMapper starts;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ProcessStarter(RuntimeService runtimeService, ProcessStartMapper starts, CurrentUsers currentUsers, Clock clock) {
        this.runtimeService = runtimeService;
        this.starts = starts;
        this.currentUsers = currentUsers;
        this.clock = clock;
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
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(processKey, businessKey, variables);
        currentUsers
                .find()
                .ifPresent(user -> starts.insert(
                        instance.getId(),
                        processKey,
                        businessKey,
                        context.title(),
                        context.officeCode(),
                        user.username(),
                        Instant.now(clock)));
        return instance.getId();
    }
}
