package cn.laborcase.emergency.persistence;

import java.time.Instant;

/** A row of {@code wage_incident_blacklist}: the incident's proposal to list the employer, and the 局长's decision. */
public record BlacklistReviewRow(
        Long id,
        long incidentId,
        long employerId,
        long gradeChangeId,
        String ground,
        String reason,
        String proposedBy,
        Instant proposedAt,
        String status,
        String decidedBy,
        Instant decidedAt,
        String opinion,
        int version) {}
