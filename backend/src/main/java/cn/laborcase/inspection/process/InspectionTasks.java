package cn.laborcase.inspection.process;

import cn.laborcase.organization.GroupIds;
import cn.laborcase.workflow.WorkflowVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The engine side of a case that moved to another grid: its open tasks and the steps still to come follow. */
@Component
public class InspectionTasks {

    private final TaskService taskService;
    private final RuntimeService runtimeService;

    InspectionTasks(TaskService taskService, RuntimeService runtimeService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    /** Open tasks offered to the old grid's inspectors go to the new grid's; later tasks use the new grid. */
    public void moveToGrid(String processInstanceId, String fromGrid, String toGrid) {
        String from = GroupIds.gridInspectors(fromGrid);
        String to = GroupIds.gridInspectors(toGrid);
        runtimeService.setVariable(processInstanceId, WorkflowVariables.GRID_CODE, toGrid);
        for (Task task : taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .list()) {
            boolean offered = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .map(IdentityLink::getGroupId)
                    .anyMatch(from::equals);
            if (offered) {
                taskService.addCandidateGroup(task.getId(), to);
                taskService.deleteCandidateGroup(task.getId(), from);
            }
        }
    }
}
