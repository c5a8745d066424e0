package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The API's actions that are steps of the process complete their user task through the inbox, as the task page does:
 * one path for the rules (the form's, the listener's), one audit line.
 */
@Component
class ArbitrationTasks {

    private final TaskInbox inbox;

    ArbitrationTasks(TaskInbox inbox) {
        this.inbox = inbox;
    }

    void complete(CurrentUser user, ArbitrationCaseRow row, String taskKey, String action, Map<String, Object> values) {
        TaskView task = row.processInstanceId() == null
                ? null
                : inbox.openTasks(row.processInstanceId()).stream()
                        .filter(t -> t.taskDefinitionKey().equals(taskKey))
                        .findFirst()
                        .orElse(null);
        if (task == null) {
            throw new ConflictException(
                    "ARBITRATION_STEP",
                    "仲裁案件 " + ArbitrationCaseStore.nameOf(row) + " 当前为「"
                            + ArbitrationStatus.valueOf(row.status()).label() + "」，没有待办的" + action + "环节");
        }
        if (!inbox.canWork(user, task)) {
            throw new ForbiddenException("ARBITRATION_TASK", "您不能办理该案件的" + action + "环节（" + task.name() + "）");
        }
        try {
            inbox.complete(user, task.id(), null, values);
        } catch (RuntimeException e) {
            throw domainCauseOr(e);
        }
    }

    /** A listener's domain exception arrives wrapped by the engine: unwrap it so the API answers 400/409, not 500. */
    static RuntimeException domainCauseOr(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return d;
            }
        }
        return e;
    }
}
