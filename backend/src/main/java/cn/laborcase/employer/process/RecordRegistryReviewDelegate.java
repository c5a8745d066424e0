package cn.laborcase.employer.process;

import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.workflow.WorkflowVariables;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** employer-registry-review, Task_RecordReview: stamps the grid's employers as checked today (Beijing time). */
@Component("recordRegistryReviewDelegate")
class RecordRegistryReviewDelegate implements JavaDelegate {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final EmployerRegistry registry;

    RecordRegistryReviewDelegate(EmployerRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registry.markGridReviewed((String) execution.getVariable(WorkflowVariables.GRID_CODE), LocalDate.now(CHINA));
    }
}
