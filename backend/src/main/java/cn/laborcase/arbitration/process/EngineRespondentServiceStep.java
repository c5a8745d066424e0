package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.RespondentServiceStep;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Completes {@code Task_RecordService} with the day from the service record; its listener opens the answer period as
 * for a date typed on the task's form.
 */
@Component
class EngineRespondentServiceStep implements RespondentServiceStep {

    private final TaskService tasks;

    EngineRespondentServiceStep(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean served(String processInstanceId, LocalDate receivedOn, String actor) {
        if (processInstanceId == null) {
            return false;
        }
        Task task = tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(ArbitrationProcess.TASK_RECORD_SERVICE)
                .singleResult();
        if (task == null) {
            return false;
        }
        tasks.setAssignee(task.getId(), actor);
        tasks.complete(task.getId(), Map.of(ArbitrationProcess.SERVED_ON, receivedOn.toString()));
        return true;
    }
}
