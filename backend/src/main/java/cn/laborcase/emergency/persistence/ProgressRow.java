package cn.laborcase.emergency.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code wage_incident_progress}: one progress report of the responsible inspector. */
public record ProgressRow(
        Long id,
        long incidentId,
        String actions,
        int workersPaid,
        BigDecimal amountPaid,
        String nextSteps,
        String filedBy,
        Instant filedAt) {}
