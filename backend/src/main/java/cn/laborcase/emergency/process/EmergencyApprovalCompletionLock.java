package cn.laborcase.emergency.process;

import cn.laborcase.emergency.IncidentApprovals;
import cn.laborcase.workflow.TaskCompletionLock;
import cn.laborcase.workflow.TaskView;
import org.springframework.stereotype.Component;

/**
 * An approval task completed through the inbox locks its incident first, like the decision endpoint: two leaders at
 * the same instant, one on each path, get one decision and a 409, never a deadlock.
 */
@Component
class EmergencyApprovalCompletionLock implements TaskCompletionLock {

    private final IncidentApprovals approvals;

    EmergencyApprovalCompletionLock(IncidentApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public void lockBeforeCompleting(TaskView task) {
        if (WageArrearsEmergencyProcess.KEY.equals(task.processKey())) {
            approvals.lockBeforeCompleting(task.processInstanceId(), task.taskDefinitionKey());
        }
    }
}
