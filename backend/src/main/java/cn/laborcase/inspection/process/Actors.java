package cn.laborcase.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did a step: the user the task inbox authenticated on the engine, or "system" for timers. */
final class Actors {

    static final String SYSTEM = "system";

    private Actors() {}

    static String of(DelegateExecution execution) {
        Authentication auth =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? SYSTEM : auth.getUserId();
    }
}
