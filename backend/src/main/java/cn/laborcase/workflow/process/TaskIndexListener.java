package cn.laborcase.workflow.process;

import cn.laborcase.workflow.TaskStatus;
import cn.laborcase.workflow.WorkflowVariables;
import cn.laborcase.workflow.persistence.TaskMapper;
import cn.laborcase.workflow.persistence.TaskRow;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code wf_task} in step with the engine's user tasks. Camunda's Spring event bridge calls it synchronously
 * inside the engine command, so the row and the engine's task commit (or roll back) together.
 */
@Component
class TaskIndexListener {

    private final TaskMapper tasks;

    TaskIndexListener(TaskMapper tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void onTaskEvent(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(task);
            case TaskListener.EVENTNAME_ASSIGNMENT -> {
                tasks.updateAssignee(task.getId(), task.getAssignee());
                tasks.syncCandidates(task.getId());
            }
            case TaskListener.EVENTNAME_UPDATE -> updated(task);
            case TaskListener.EVENTNAME_COMPLETE -> ended(task, TaskStatus.COMPLETED);
            case TaskListener.EVENTNAME_DELETE -> ended(task, TaskStatus.CANCELLED);
            default -> {
                // timeout events change nothing the inbox shows
            }
        }
    }

    private void created(DelegateTask task) {
        ProcessDefinition definition = task.getProcessEngineServices()
                .getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId());
        tasks.insert(new TaskRow(
                task.getId(),
                task.getProcessInstanceId(),
                definition.getKey(),
                definition.getName(),
                task.getTaskDefinitionKey(),
                Objects.requireNonNullElse(task.getName(), task.getTaskDefinitionKey()),
                task.getExecution().getProcessBusinessKey(),
                string(task, WorkflowVariables.CASE_TITLE),
                string(task, WorkflowVariables.OFFICE_CODE),
                string(task, WorkflowVariables.GRID_CODE),
                task.getAssignee(),
                null,
                task.getPriority(),
                instant(task.getCreateTime()),
                instant(task.getDueDate()),
                TaskStatus.OPEN.name(),
                null,
                null,
                null,
                null,
                null,
                0));
        writeCandidates(task);
    }

    /*
     * Caveat: when a candidate group is removed, the engine's update event still lists the group being removed among
     * the task's candidates, so the index would keep it. Code that removes candidate groups must rewrite the index
     * from the engine afterwards, as workflow.TaskGridMoves (the only such code today) does.
     */
    private void updated(DelegateTask task) {
        tasks.updateDetails(
                task.getId(),
                Objects.requireNonNullElse(task.getName(), task.getTaskDefinitionKey()),
                instant(task.getDueDate()),
                task.getPriority());
        tasks.deleteCandidates(task.getId());
        writeCandidates(task);
    }

    private void ended(DelegateTask task, TaskStatus status) {
        Authentication auth =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        // the engine's clock, as for the next task's create time: "ended no later than the next step was created"
        // is how a return finds the previous step, and must not depend on two clocks of different precision
        tasks.markEnded(
                task.getId(),
                status.name(),
                auth == null ? null : auth.getUserId(),
                null,
                ClockUtil.getCurrentTime().toInstant());
        // out of the group queues' index ranges: a closed task is never read by an inbox page again
        tasks.syncCandidates(task.getId());
    }

    private void writeCandidates(DelegateTask task) {
        task.getCandidates().stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(group -> tasks.insertCandidate(task.getId(), group));
    }

    private static String string(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
