package cn.laborcase.emergency.process;

import cn.laborcase.emergency.LeaderTaskEngine;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The leaders' tasks in wage-arrears-emergency: the messages that open the event sub-processes (with the advance's or
 * the report's id), the tasks found again by that id, and the approval timer moved with
 * {@link ManagementService#setJobDuedate} (the engine's job row, so a restart keeps the new time).
 */
@Component
class EngineLeaderTasks implements LeaderTaskEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    EngineLeaderTasks(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    @Override
    public boolean advanceRequested(String processInstanceId, long advanceId) {
        return correlate(
                processInstanceId,
                WageArrearsEmergencyProcess.MESSAGE_ADVANCE_REQUESTED,
                WageArrearsEmergencyProcess.ADVANCE_ID,
                advanceId);
    }

    @Override
    public boolean closureSubmitted(String processInstanceId, long closureId) {
        return correlate(
                processInstanceId,
                WageArrearsEmergencyProcess.MESSAGE_CLOSURE_SUBMITTED,
                WageArrearsEmergencyProcess.CLOSURE_ID,
                closureId);
    }

    @Override
    public Optional<String> openAdvanceTask(String processInstanceId, long advanceId) {
        return openTask(
                processInstanceId,
                WageArrearsEmergencyProcess.TASK_APPROVE_ADVANCE,
                WageArrearsEmergencyProcess.ADVANCE_ID,
                advanceId);
    }

    @Override
    public Optional<String> openClosureTask(String processInstanceId, long closureId) {
        return openTask(
                processInstanceId,
                WageArrearsEmergencyProcess.TASK_APPROVE_CLOSURE,
                WageArrearsEmergencyProcess.CLOSURE_ID,
                closureId);
    }

    @Override
    public boolean shortenApprovalClock(String processInstanceId, Instant due) {
        if (processInstanceId == null) {
            return false;
        }
        Job timer = management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(WageArrearsEmergencyProcess.TIMER_APPROVAL_DUE)
                .timers()
                .singleResult();
        if (timer == null) {
            return false;
        }
        Date at = Date.from(due);
        management.setJobDuedate(timer.getId(), at);
        for (Task task : tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(WageArrearsEmergencyProcess.TASK_APPROVE)
                .list()) {
            task.setDueDate(at);
            tasks.saveTask(task);
        }
        runtime.setVariable(processInstanceId, WageArrearsEmergencyProcess.APPROVAL_DUE_AT, at);
        return true;
    }

    private boolean correlate(String processInstanceId, String message, String variable, long id) {
        if (processInstanceId == null) {
            return false;
        }
        // no subscription (an instance of an older version, or an ended one): nothing correlated, no exception
        return !runtime.createMessageCorrelation(message)
                .processInstanceId(processInstanceId)
                .setVariable(variable, id)
                .correlateAllWithResult()
                .isEmpty();
    }

    private Optional<String> openTask(String processInstanceId, String taskKey, String variable, long id) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list().stream()
                .filter(t -> tasks.getVariable(t.getId(), variable) instanceof Number n && n.longValue() == id)
                .map(Task::getId)
                .findFirst();
    }
}
