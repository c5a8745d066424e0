package cn.laborcase.intake;

import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.intake.persistence.IntakeEventRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the intake's events and keeps each in {@code intake_event} in the same transaction, so that a track built
 * later (emergency, inspection) finds every event since the first, consumed or not.
 */
@Component
class IntakeEvents {

    private final ComplaintMapper mapper;
    private final ApplicationEventPublisher publisher;
    private final ObjectMapper json;

    IntakeEvents(ComplaintMapper mapper, ApplicationEventPublisher publisher, ObjectMapper json) {
        this.mapper = mapper;
        this.publisher = publisher;
        this.json = json;
    }

    void publish(WageEmergencyReported event) {
        keep(event, event.complaintId(), event.officeCode(), event.gridCode(), event.reportedAt());
    }

    void publish(ComplaintAccepted event) {
        keep(event, event.complaintId(), event.officeCode(), event.gridCode(), event.occurredAt());
    }

    boolean wasPublished(long complaintId, Class<?> type) {
        return mapper.findEvents(complaintId).stream()
                .anyMatch(e -> e.eventType().equals(type.getSimpleName()));
    }

    private void keep(Object event, long complaintId, String office, String grid, Instant at) {
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event, e);
        }
        mapper.insertEvent(new IntakeEventRow(
                null, event.getClass().getSimpleName(), complaintId, at, office, grid, payload, null, null));
        publisher.publishEvent(event);
    }
}
