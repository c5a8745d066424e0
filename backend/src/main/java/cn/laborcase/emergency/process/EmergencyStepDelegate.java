package cn.laborcase.emergency.process;

import cn.laborcase.emergency.AgencyNotices;
import cn.laborcase.emergency.IncidentApprovals;
import cn.laborcase.emergency.IncidentProgress;
import cn.laborcase.emergency.IncidentResponse;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service tasks of wage-arrears-emergency: each calls one step of the module by the task's id. */
@Component("emergencyStepDelegate")
class EmergencyStepDelegate implements JavaDelegate {

    private final IncidentResponse response;
    private final IncidentApprovals approvals;
    private final IncidentProgress progress;
    private final AgencyNotices agencyNotices;

    EmergencyStepDelegate(
            IncidentResponse response,
            IncidentApprovals approvals,
            IncidentProgress progress,
            AgencyNotices agencyNotices) {
        this.agencyNotices = agencyNotices;
        this.progress = progress;
        this.response = response;
        this.approvals = approvals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long incidentId = ((Number) execution.getVariable(WageArrearsEmergencyProcess.INCIDENT_ID)).longValue();
        switch (execution.getCurrentActivityId()) {
            case WageArrearsEmergencyProcess.TASK_OPEN_INSPECTION_CASE -> response.openInspectionCase(incidentId);
            case WageArrearsEmergencyProcess.TASK_ESCALATE -> approvals.escalated(incidentId);
            case WageArrearsEmergencyProcess.TASK_ISSUE_APPROVAL_FORM -> approvals.issueApprovalForm(incidentId);
            case WageArrearsEmergencyProcess.TASK_PROGRESS_DUE -> progress.due(incidentId);
            case WageArrearsEmergencyProcess.TASK_NOTIFY_AGENCIES -> agencyNotices.notifyAgencies(incidentId);
            default -> throw new IllegalStateException("no step for " + execution.getCurrentActivityId());
        }
    }
}
