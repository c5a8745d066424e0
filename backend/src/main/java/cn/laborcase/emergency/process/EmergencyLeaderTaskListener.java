package cn.laborcase.emergency.process;

import cn.laborcase.emergency.IncidentClosure;
import cn.laborcase.emergency.IncidentLeaderTasks;
import cn.laborcase.emergency.IncidentMoney;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The leaders' tasks after activation (the 局长's advance task, the leaders' closure task): when one is created its
 * leaders are told with its link; when one is completed the decision is recorded in the task's transaction, and
 * refused (409) if another decision came first.
 */
@Component("emergencyLeaderTaskListener")
class EmergencyLeaderTaskListener implements TaskListener {

    private final IncidentLeaderTasks leaderTasks;
    private final IncidentMoney money;
    private final IncidentClosure closure;

    EmergencyLeaderTaskListener(IncidentLeaderTasks leaderTasks, IncidentMoney money, IncidentClosure closure) {
        this.leaderTasks = leaderTasks;
        this.money = money;
        this.closure = closure;
    }

    @Override
    public void notify(DelegateTask task) {
        long incidentId = number(task, WageArrearsEmergencyProcess.INCIDENT_ID);
        boolean create = EVENTNAME_CREATE.equals(task.getEventName());
        boolean complete = EVENTNAME_COMPLETE.equals(task.getEventName());
        switch (task.getTaskDefinitionKey()) {
            case WageArrearsEmergencyProcess.TASK_APPROVE_ADVANCE -> {
                long advanceId = number(task, WageArrearsEmergencyProcess.ADVANCE_ID);
                if (create) {
                    leaderTasks.advanceTaskCreated(incidentId, advanceId, task.getId());
                } else if (complete) {
                    money.recordAdvanceDecision(
                            incidentId,
                            advanceId,
                            text(task, IncidentMoney.ADVANCE_DECISION),
                            text(task, IncidentMoney.ADVANCE_OPINION),
                            task.getAssignee());
                }
            }
            case WageArrearsEmergencyProcess.TASK_APPROVE_CLOSURE -> {
                long closureId = number(task, WageArrearsEmergencyProcess.CLOSURE_ID);
                if (create) {
                    leaderTasks.closureSubmitted(incidentId, closureId, task.getId());
                } else if (complete) {
                    closure.recordDecision(
                            incidentId,
                            closureId,
                            text(task, IncidentClosure.CLOSURE_DECISION),
                            text(task, IncidentClosure.CLOSURE_OPINION),
                            task.getAssignee());
                }
            }
            default -> throw new IllegalStateException("no leader task " + task.getTaskDefinitionKey());
        }
    }

    private static long number(DelegateTask task, String name) {
        return ((Number) task.getVariable(name)).longValue();
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }
}
