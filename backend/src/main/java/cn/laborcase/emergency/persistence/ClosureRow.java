package cn.laborcase.emergency.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code wage_incident_closure}: the 处置情况报告 and the leader's decision on it. */
public record ClosureRow(
        Long id,
        long incidentId,
        String summary,
        int workersPaid,
        BigDecimal amountPaid,
        BigDecimal amountRecovered,
        BigDecimal fundAdvanced,
        BigDecimal fundToRecover,
        String submittedBy,
        Instant submittedAt,
        String status,
        String decidedBy,
        Instant decidedAt,
        String opinion) {}
