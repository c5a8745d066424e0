package cn.laborcase.intake;

import cn.laborcase.employer.EmployerView;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Wage arrears that are an emergency (the routing table's EMERGENCY) are reported to the emergency track at once, at
 * registration or at the merge that reaches the threshold, without waiting for the acceptance review; once per
 * complaint.
 */
@Component
class EmergencyReports {

    private final IntakeEvents events;
    private final ComplaintTimeline timeline;

    EmergencyReports(IntakeEvents events, ComplaintTimeline timeline) {
        this.events = events;
        this.timeline = timeline;
    }

    void reportOnce(Complaint complaint, EmployerView employer, Instant now) {
        if (complaint.route() != Route.EMERGENCY || events.wasPublished(complaint.id(), WageEmergencyReported.class)) {
            return;
        }
        events.publish(new WageEmergencyReported(
                complaint.id(),
                complaint.number(),
                employer.id(),
                employer.name(),
                employer.creditCode(),
                employer.officeCode(),
                employer.gridCode(),
                complaint.workersAffected(),
                complaint.amountOwed(),
                complaint.employerAbsconded(),
                now));
        timeline.record(
                complaint.id(),
                TimelineStep.EMERGENCY_REPORTED,
                ComplaintTimeline.SYSTEM,
                "已发布欠薪应急事件，不待受理审查即启动应急处置：涉及 " + complaint.workersAffected() + " 人"
                        + (complaint.employerAbsconded() ? "，用人单位欠薪逃匿" : ""));
    }
}
