package cn.laborcase.emergency.process;

import cn.laborcase.emergency.OnSiteTeams;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the on-site team when Task_OnSiteCheck completes. Camunda's Spring event bridge calls it synchronously in
 * the engine command (like the task index), so the team and the completed task commit together; it leaves the BPMN
 * untouched.
 */
@Component
class OnSiteTeamListener {

    private static final List<String> KEYS = List.of(
            OnSiteTeams.MEMBER_KEYS.get(0),
            OnSiteTeams.MEMBER_KEYS.get(1),
            OnSiteTeams.MEMBER_KEYS.get(2),
            OnSiteTeams.MEMBER_KEYS.get(3),
            OnSiteTeams.ARRIVED_ON,
            OnSiteTeams.ARRIVED_TIME);

    private final OnSiteTeams teams;

    OnSiteTeamListener(OnSiteTeams teams) {
        this.teams = teams;
    }

    @EventListener
    void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
                || !WageArrearsEmergencyProcess.TASK_ON_SITE.equals(task.getTaskDefinitionKey())
                || task.getProcessDefinitionId() == null
                || !task.getProcessDefinitionId().startsWith(WageArrearsEmergencyProcess.KEY + ":")
                || !(task.getVariable(WageArrearsEmergencyProcess.INCIDENT_ID) instanceof Number incidentId)) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        for (String key : KEYS) {
            values.put(key, task.getVariable(key));
        }
        teams.record(incidentId.longValue(), values, task.getAssignee());
    }
}
