package cn.laborcase.employer.process;

import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.workflow.WorkflowVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** employer-registry-review, Task_RecordReview: stamps the grid's employers as checked today (Beijing time). */
@Component("recordRegistryReviewDelegate")
class RecordRegistryReviewDelegate implements JavaDelegate {

    private final EmployerRegistry registry;
    private final java.time.Clock clock;

    RecordRegistryReviewDelegate(EmployerRegistry registry, java.time.Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registry.markGridReviewed(
                (String) execution.getVariable(WorkflowVariables.GRID_CODE),
                cn.laborcase.shared.BeijingTime.today(clock));
    }
}
