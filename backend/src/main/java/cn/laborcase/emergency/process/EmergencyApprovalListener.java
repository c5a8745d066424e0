package cn.laborcase.emergency.process;

import cn.laborcase.emergency.IncidentApprovals;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The approval tasks' listener: when one is created, its leaders are told (bell, with the task's link); when one is
 * completed, the decision is recorded in the task's transaction, and refused (409) if another decision came first.
 */
@Component("emergencyApprovalListener")
class EmergencyApprovalListener implements TaskListener {

    private final IncidentApprovals approvals;

    EmergencyApprovalListener(IncidentApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public void notify(DelegateTask task) {
        long incidentId = ((Number) task.getVariable(WageArrearsEmergencyProcess.INCIDENT_ID)).longValue();
        boolean escalated = WageArrearsEmergencyProcess.TASK_APPROVE_ESCALATED.equals(task.getTaskDefinitionKey());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if (escalated) {
                approvals.escalatedTaskCreated(incidentId, task.getId());
            } else {
                approvals.requested(incidentId, task.getId());
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            approvals.recordDecision(
                    incidentId,
                    (String) task.getVariable(IncidentApprovals.DECISION),
                    (String) task.getVariable(IncidentApprovals.OPINION),
                    task.getAssignee(),
                    escalated);
        }
    }
}
