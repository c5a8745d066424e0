package cn.laborcase.intake;

import cn.laborcase.cases.CaseEvents;
import org.springframework.stereotype.Component;

/**
 * Publishes the intake's events in the transaction of the step, through the kernel's {@link CaseEvents} on Spring
 * Modulith's event publication registry ({@code event_publication}): every {@code @ApplicationModuleListener} of another module gets a publication row in
 * the same transaction, is called after commit, and a publication it did not complete is resubmitted at the next
 * start ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 *
 * <p>The tracks that will consume them do not exist yet: their listener ids are fixed now
 * ({@link WageEmergencyReported#EMERGENCY_LISTENER}, {@link ComplaintAccepted#INSPECTION_LISTENER},
 * {@link ComplaintReferredToDispute#ARBITRATION_LISTENER}; docs/architecture.md
 * "Events between modules") and every event waits for them in {@code event_publication}, as it waited in
 * {@code intake_event} before.
 *
 * <p>Each event is also a step on the complaint's timeline (emergency reported, accepted), which is what
 * {@link #wasPublished} and the complaint page read.
 */
@Component
class IntakeEvents {

    private final CaseEvents events;
    private final ComplaintTimeline timeline;

    IntakeEvents(CaseEvents events, ComplaintTimeline timeline) {
        this.events = events;
        this.timeline = timeline;
    }

    void publish(WageEmergencyReported event) {
        events.publish(event, WageEmergencyReported.EMERGENCY_LISTENER);
    }

    void publish(ComplaintAccepted event) {
        events.publish(event, ComplaintAccepted.INSPECTION_LISTENER);
    }

    void publish(ComplaintReferredToDispute event) {
        events.publish(
                event, ComplaintReferredToDispute.MEDIATION_LISTENER, ComplaintReferredToDispute.ARBITRATION_LISTENER);
    }

    /** Whether the complaint has published an event of the type (its timeline step says so). */
    boolean wasPublished(long complaintId, Class<?> type) {
        return timeline.has(complaintId, stepOf(type));
    }

    static TimelineStep stepOf(Class<?> type) {
        if (type == WageEmergencyReported.class) {
            return TimelineStep.EMERGENCY_REPORTED;
        }
        if (type == ComplaintAccepted.class) {
            return TimelineStep.ACCEPTED;
        }
        if (type == ComplaintReferredToDispute.class) {
            return TimelineStep.REFERRED;
        }
        throw new IllegalArgumentException("not an intake event: " + type);
    }
}
