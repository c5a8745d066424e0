package cn.laborcase.intake.persistence;

import java.time.Instant;

/** A row of {@code complaint_timeline}. */
public record TimelineRow(
        Long id, long complaintId, Instant occurredAt, String step, String actor, String actorName, String detail) {}
