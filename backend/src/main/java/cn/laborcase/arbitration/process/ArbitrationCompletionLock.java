package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.workflow.TaskCompletionLock;
import cn.laborcase.workflow.TaskView;
import org.springframework.stereotype.Component;

/**
 * A task of the track completed through the inbox locks its case first, as the API's actions do: one lock order for
 * both paths, so two decisions at once give one decision and a 409, never a deadlock.
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
            preparation.lockBeforeCompleting(task.processInstanceId());
        }
    }
}
