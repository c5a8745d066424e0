package cn.laborcase.mediation.process;

import cn.laborcase.shared.ConflictException;
import cn.laborcase.workflow.TaskCompletionLock;
import cn.laborcase.workflow.TaskView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The mediation task is not completed from the inbox: mediation ends by an agreement or a termination recorded on the
 * case page, or by the 15 days; each ends the task through its boundary event. The inbox asks first (a 409 naming the
 * case page); the complete listener guards any other path to the engine.
 */
@Component("mediationTaskListener")
class MediationTaskListener implements TaskListener, TaskCompletionLock {

    @Override
    public void lockBeforeCompleting(TaskView task) {
        if (MediationProcess.KEY.equals(task.processKey())
                && MediationProcess.TASK_MEDIATE.equals(task.taskDefinitionKey())) {
            throw refusal();
        }
    }

    /** The task page shows no 办结 for the 调解 task: its summary links to the case page, where mediation ends. */
    @Override
    public boolean completableFromInbox(TaskView task) {
        return !(MediationProcess.KEY.equals(task.processKey())
                && MediationProcess.TASK_MEDIATE.equals(task.taskDefinitionKey()));
    }

    @Override
    public void notify(DelegateTask task) {
        throw refusal();
    }

    private static ConflictException refusal() {
        return new ConflictException("MEDIATION_TASK_NOT_COMPLETABLE", "调解任务不能在待办中办结：请在案件页记录调解协议或终止调解，十五日届满时自动结束");
    }
}
