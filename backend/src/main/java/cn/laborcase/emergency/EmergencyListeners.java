package cn.laborcase.emergency;

import cn.laborcase.intake.WageEmergencyReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other modules tell the emergency track, through the event publication registry (after their commit, in a
 * transaction of its own; delivered again if it fails). The id is the one intake fixed, so the events published
 * before this track existed are delivered at its first start.
 */
@Component
class EmergencyListeners {

    private final WageIncidents incidents;

    EmergencyListeners(WageIncidents incidents) {
        this.incidents = incidents;
    }

    @ApplicationModuleListener(id = WageEmergencyReported.EMERGENCY_LISTENER)
    void on(WageEmergencyReported reported) {
        incidents.reportFromComplaint(reported);
    }
}
