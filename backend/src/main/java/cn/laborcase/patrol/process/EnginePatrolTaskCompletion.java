package cn.laborcase.patrol.process;

import cn.laborcase.patrol.PatrolTaskCompletion;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Completes a patrol's task in the engine when its record is saved on the patrol page, in the same transaction, as
 * the recorder (the task index shows him as the one who ended it).
 */
@Component
class EnginePatrolTaskCompletion implements PatrolTaskCompletion {

    private final TaskService tasks;
    private final IdentityService identity;

    EnginePatrolTaskCompletion(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    @Override
    public void recorded(String processInstanceId, String username) {
        if (processInstanceId == null) {
            return;
        }
        String previous = identity.getCurrentAuthentication() == null
                ? null
                : identity.getCurrentAuthentication().getUserId();
        identity.setAuthenticatedUserId(username);
        try {
            for (Task task : tasks.createTaskQuery()
                    .processInstanceId(processInstanceId)
                    .taskDefinitionKey(PatrolPlanProcess.RECORD_PATROL)
                    .list()) {
                tasks.complete(task.getId());
            }
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthenticatedUserId(previous);
            }
        }
    }
}
