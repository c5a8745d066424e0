package cn.laborcase.inspection.process;

import cn.laborcase.organization.GroupIds;
import cn.laborcase.workflow.TaskGridMoves;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine side of a case: its open steps, the extension request reaching the running case, and its tasks following
 * a case that moved to another grid.
 */
@Component
public class InspectionTasks {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final TaskGridMoves moves;

    InspectionTasks(TaskService taskService, RuntimeService runtimeService, TaskGridMoves moves) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.moves = moves;
    }

    /** The element ids of the case's open user tasks (none when the process has ended). */
    public Set<String> openTaskKeys(String processInstanceId) {
        if (processInstanceId == null) {
            return Set.of();
        }
        return taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(Task::getTaskDefinitionKey)
                .collect(Collectors.toSet());
    }

    /**
     * The inspector's extension request reaches the running case: the event sub-process 延期审批 starts and offers
     * the task to the 局长 of the case's office (and of the offices above it).
     */
    public void requestExtension(String processInstanceId, String reason, String requestedBy) {
        runtimeService
                .createMessageCorrelation(InspectionCaseProcess.EXTENSION_MESSAGE)
                .processInstanceId(processInstanceId)
                .setVariable(InspectionCaseProcess.EXTENSION_REASON, reason)
                .setVariable(InspectionCaseProcess.EXTENSION_REQUESTED_BY, requestedBy)
                .correlateWithResult();
    }

    /** A variable of the running case (null when it has ended or has none). */
    public Object variable(String processInstanceId, String name) {
        if (processInstanceId == null
                || runtimeService
                                .createProcessInstanceQuery()
                                .processInstanceId(processInstanceId)
                                .count()
                        == 0) {
            return null;
        }
        return runtimeService.getVariable(processInstanceId, name);
    }

    /** Open tasks offered to the old grid's inspectors go to the new grid's; later tasks use the new grid. */
    public void moveToGrid(String processInstanceId, String fromGrid, String toGrid) {
        moves.move(
                processInstanceId,
                fromGrid,
                toGrid,
                Set.of(GroupIds.gridInspectors(fromGrid)),
                GroupIds.gridInspectors(toGrid));
    }
}
