package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.ArbitrationReminders;
import org.springframework.stereotype.Component;

/** The tribunal's members as candidate groups of 审理与裁决, as bean {@code arbitrationTribunal} for the BPMN (public: EL). */
@Component("arbitrationTribunal")
public class TribunalCandidates {

    private final ArbitrationReminders reminders;

    TribunalCandidates(ArbitrationReminders reminders) {
        this.reminders = reminders;
    }

    public String groups(Object caseId) {
        return reminders.tribunalGroups(((Number) caseId).longValue());
    }
}
