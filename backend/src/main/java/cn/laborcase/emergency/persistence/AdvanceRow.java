package cn.laborcase.emergency.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code wage_incident_advance}: a request to advance wages from the emergency revolving fund. */
public record AdvanceRow(
        Long id,
        long incidentId,
        int workers,
        BigDecimal amount,
        String reason,
        BigDecimal capAmount,
        String capRule,
        String requestedBy,
        Instant requestedAt,
        String status,
        String decidedBy,
        Instant decidedAt,
        String opinion) {}
