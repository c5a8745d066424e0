package cn.laborcase.intake.persistence;

import java.time.Instant;

/** A row of {@code intake_event}: an event as JSON, for the track that consumes it. */
public record IntakeEventRow(
        Long id,
        String eventType,
        long complaintId,
        Instant occurredAt,
        String officeCode,
        String gridCode,
        String payload,
        Instant consumedAt,
        String consumedBy) {}
