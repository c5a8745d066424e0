package cn.laborcase.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint was accepted (受理): an inspection case is to be opened the same day (立案, 25号令 §18) in the employer's
 * grid, or, on the emergency route, handled by the emergency response. Kept in {@code intake_event} for the
 * inspection track.
 */
public record ComplaintAccepted(
        long complaintId,
        String complaintNumber,
        long employerId,
        String officeCode,
        String gridCode,
        String category,
        String route,
        int complainants,
        LocalDate acceptedOn,
        String acceptedBy,
        Instant occurredAt) {}
