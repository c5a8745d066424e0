package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.ScheduleHearingStep;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Completes 安排开庭 in the caller's transaction (the booking's), as the booking's actor: an arbitrator of the tribunal
 * books as well as the hearing clerks the task is offered to, and the booking has checked his right to act.
 */
@Component
class EngineScheduleHearingStep implements ScheduleHearingStep {

    private final TaskService tasks;

    EngineScheduleHearingStep(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean completeIfOpen(String processInstanceId, String actor) {
        if (processInstanceId == null) {
            return false;
        }
        Task task = tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(ArbitrationProcess.TASK_SCHEDULE_HEARING)
                .active()
                .singleResult();
        if (task == null) {
            return false;
        }
        if (task.getAssignee() == null) {
            tasks.setAssignee(task.getId(), actor);
        }
        tasks.complete(task.getId());
        return true;
    }
}
