package cn.laborcase.emergency.process;

import cn.laborcase.emergency.IncidentApprovals;
import cn.laborcase.emergency.IncidentClosure;
import cn.laborcase.emergency.IncidentMoney;
import cn.laborcase.workflow.TaskCompletionLock;
import cn.laborcase.workflow.TaskView;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * An approval task completed through the inbox locks its incident first, like the decision endpoint: two leaders at
 * the same instant, one on each path, get one decision and a 409, never a deadlock. The same for the leaders' tasks on
 * an advance and on a closure report.
 */
@Component
class EmergencyApprovalCompletionLock implements TaskCompletionLock {

    private final IncidentApprovals approvals;
    private final IncidentMoney money;
    private final IncidentClosure closure;
    private final TaskService tasks;

    EmergencyApprovalCompletionLock(
            IncidentApprovals approvals, IncidentMoney money, IncidentClosure closure, TaskService tasks) {
        this.approvals = approvals;
        this.money = money;
        this.closure = closure;
        this.tasks = tasks;
    }

    @Override
    public void lockBeforeCompleting(TaskView task) {
        if (!WageArrearsEmergencyProcess.KEY.equals(task.processKey())) {
            return;
        }
        switch (task.taskDefinitionKey()) {
            case WageArrearsEmergencyProcess.TASK_APPROVE_ADVANCE ->
                money.lockBeforeDecidingAdvance(
                        task.processInstanceId(), id(task, WageArrearsEmergencyProcess.ADVANCE_ID));
            case WageArrearsEmergencyProcess.TASK_APPROVE_CLOSURE ->
                closure.lockBeforeDeciding(task.processInstanceId(), id(task, WageArrearsEmergencyProcess.CLOSURE_ID));
            default -> approvals.lockBeforeCompleting(task.processInstanceId(), task.taskDefinitionKey());
        }
    }

    private long id(TaskView task, String variable) {
        return ((Number) tasks.getVariable(task.id(), variable)).longValue();
    }
}
