package cn.laborcase.workflow;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.workflow.persistence.TaskMapper;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case (or a patrol) whose employer moved to another grid takes its open tasks with it (用人单位调整网格后在办任务随之移交):
 * the tasks offered to the old grid's people are offered to the new grid's, a claim held by someone who is not of the
 * new grid is released, the task index shows the new grid (so the old grid's inspectors no longer see the tasks:
 * 404), and the steps still to come use the new grid. Each moved task is journalled {@code TASK_MOVED_GRID}.
 */
@Service
public class TaskGridMoves {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final TaskMapper tasks;
    private final UserLookup users;
    private final OrganizationNames names;
    private final AuditJournal audit;

    TaskGridMoves(
            TaskService taskService,
            RuntimeService runtimeService,
            TaskMapper tasks,
            UserLookup users,
            OrganizationNames names,
            AuditJournal audit) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.tasks = tasks;
        this.users = users;
        this.names = names;
        this.audit = audit;
    }

    /**
     * Moves the open tasks of a process instance to a grid.
     *
     * @param fromGroups the candidate groups that stood for the old grid (e.g. its inspectors, or a drawn pair)
     * @param toGroup the candidate group that stands for the new grid (its inspectors)
     * @return the tasks moved
     */
    @Transactional
    public int move(String processInstanceId, String fromGrid, String toGrid, Set<String> fromGroups, String toGroup) {
        if (processInstanceId == null
                || runtimeService
                                .createProcessInstanceQuery()
                                .processInstanceId(processInstanceId)
                                .count()
                        == 0) {
            return 0;
        }
        runtimeService.setVariable(processInstanceId, WorkflowVariables.GRID_CODE, toGrid);
        int moved = 0;
        List<Task> open = taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .list();
        for (Task task : open) {
            List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .map(IdentityLink::getGroupId)
                    .filter(g -> g != null && fromGroups.contains(g))
                    .toList();
            if (groups.isEmpty()) {
                continue;
            }
            taskService.addCandidateGroup(task.getId(), toGroup);
            groups.forEach(g -> taskService.deleteCandidateGroup(task.getId(), g));
            // the engine's update events see a removed group still linked: the index is written again from the links
            tasks.deleteCandidates(task.getId());
            taskService.getIdentityLinksForTask(task.getId()).stream()
                    .map(IdentityLink::getGroupId)
                    .filter(g -> g != null)
                    .distinct()
                    .forEach(g -> tasks.insertCandidate(task.getId(), g));
            tasks.syncCandidates(task.getId());
            String released = null;
            if (task.getAssignee() != null && !mayStillHold(task.getAssignee(), toGroup)) {
                released = task.getAssignee();
                taskService.setAssignee(task.getId(), null);
            }
            audit.record(
                    "TASK_MOVED_GRID",
                    TaskInbox.TARGET,
                    task.getId(),
                    "任务“" + task.getName() + "”随用人单位由" + names.grid(fromGrid) + "移交" + names.grid(toGrid)
                            + (released == null ? "" : "，原签收人不属于新网格，任务退回待签收"),
                    "网格：" + names.grid(fromGrid),
                    "网格：" + names.grid(toGrid));
            moved++;
        }
        // every open task of the case is of the new grid now, also one held personally (e.g. a 回避声明)
        tasks.updateOpenGrid(processInstanceId, toGrid);
        return moved;
    }

    private boolean mayStillHold(String username, String toGroup) {
        return users.findActive(username)
                .map(CurrentUser::groups)
                .map(groups -> groups.contains(toGroup))
                .orElse(false);
    }
}
