package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.workflow.TaskCompletionLock;
import cn.laborcase.workflow.TaskView;
import org.springframework.stereotype.Component;

/**
 * A task of the track completed through the inbox locks its case first, as the API's actions do: one lock order for
 * both paths, so two decisions at once give one decision and a 409, never a deadlock. The tribunal's 审理与裁决 is not
 * completed from the inbox at all (a 409 naming the case page): the award, the 调解书 or the withdrawal end it.
 */
@Component
class ArbitrationCompletionLock implements TaskCompletionLock {

    private final CasePreparation preparation;

    ArbitrationCompletionLock(CasePreparation preparation) {
        this.preparation = preparation;
    }

    @Override
    public void lockBeforeCompleting(TaskView task) {
        if (ArbitrationProcess.KEY.equals(task.processKey())) {
            if (ArbitrationProcess.TASK_ADJUDICATE.equals(task.taskDefinitionKey())) {
                throw notCompletable();
            }
            preparation.lockBeforeCompleting(task.processInstanceId());
        }
    }

    /** The task page shows no 办结 for 审理与裁决 (its summary points to the case page). */
    @Override
    public boolean completableFromInbox(TaskView task) {
        return !(ArbitrationProcess.KEY.equals(task.processKey())
                && ArbitrationProcess.TASK_ADJUDICATE.equals(task.taskDefinitionKey()));
    }

    static ConflictException notCompletable() {
        return new ConflictException(
                "ARBITRATION_TASK_NOT_COMPLETABLE", "审理与裁决任务不能在待办中办结：请在案件页作出裁决、制作调解书或办理撤回，办理后本任务自动结束");
    }
}
