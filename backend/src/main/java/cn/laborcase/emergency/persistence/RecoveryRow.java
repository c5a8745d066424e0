package cn.laborcase.emergency.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code wage_incident_recovery}: money recovered from the employer for the fund's advances (追偿). */
public record RecoveryRow(
        Long id,
        long incidentId,
        BigDecimal amount,
        LocalDate recoveredOn,
        String method,
        String note,
        String recordedBy,
        Instant recordedAt) {}
