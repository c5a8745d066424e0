package cn.laborcase.calendar.process;

import cn.laborcase.calendar.MovedTask;
import cn.laborcase.shared.BeijingTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Makes the engine follow a recomputed deadline, in the caller's transaction: the linked open user tasks get the new
 * due date (end of the due day, Beijing time; none while paused) and the linked timer jobs re-evaluate their own
 * timer expression ({@code ManagementService#recalculateJobDuedate}), so a reminder never fires on a stale date. While
 * the deadline is paused its timers are suspended.
 *
 * <p>The workflow module owns the inbox's task actions; this adapter only moves dates, and the inbox's own
 * {@code wf_task} row follows through the engine's task "update" event.
 */
@Component
public class DeadlineDependents {

    private final TaskService taskService;
    private final ManagementService managementService;

    DeadlineDependents(TaskService taskService, ManagementService managementService) {
        this.taskService = taskService;
        this.managementService = managementService;
    }

    /**
     * @param dueDate the deadline's due date; {@code null} while it is paused
     * @return the tasks whose due date changed
     */
    public List<MovedTask> follow(
            long deadlineId, String processInstanceId, Set<String> elementIds, LocalDate dueDate) {
        if (processInstanceId == null || elementIds.isEmpty()) {
            return List.of();
        }
        List<MovedTask> moved = new ArrayList<>();
        Date due = dueDate == null ? null : Date.from(BeijingTime.endOf(dueDate));
        List<Task> tasks = taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(elementIds.toArray(String[]::new))
                .list();
        for (Task task : tasks) {
            Date old = task.getDueDate();
            if (sameInstant(old, due)) {
                continue;
            }
            task.setDueDate(due);
            taskService.saveTask(task);
            moved.add(new MovedTask(
                    task.getId(),
                    task.getName(),
                    task.getAssignee(),
                    deadlineId,
                    old == null ? null : BeijingTime.dateOf(old),
                    dueDate));
        }
        for (String elementId : elementIds) {
            List<Job> timers = managementService
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .activityId(elementId)
                    .timers()
                    .list();
            for (Job job : timers) {
                if (dueDate == null) {
                    if (!job.isSuspended()) {
                        managementService.suspendJobById(job.getId());
                    }
                } else {
                    if (job.isSuspended()) {
                        managementService.activateJobById(job.getId());
                    }
                    // creation-date based: a duration timer in the same element keeps its original schedule
                    managementService.recalculateJobDuedate(job.getId(), true);
                }
            }
        }
        return moved;
    }

    private static boolean sameInstant(Date a, Date b) {
        return a == null ? b == null : b != null && a.getTime() == b.getTime();
    }
}
