package cn.laborcase.emergency.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code wage_incident_payment}: wages paid to one worker, by whom, when, recorded by whom. */
public record PaymentRow(
        Long id,
        long incidentId,
        String workerName,
        BigDecimal amount,
        Instant paidAt,
        String source,
        String recordedBy,
        Instant recordedAt) {}
