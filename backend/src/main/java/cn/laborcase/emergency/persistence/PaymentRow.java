package cn.laborcase.emergency.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code wage_incident_payment}: wages paid to one worker, by whom, when, recorded by whom; {@code status}
 * ACTIVE, or CORRECTED / CANCELLED with who changed it, when and why ({@code correctsId}: the payment this one corrects).
 */
public record PaymentRow(
        Long id,
        long incidentId,
        String workerName,
        BigDecimal amount,
        Instant paidAt,
        String source,
        String recordedBy,
        Instant recordedAt,
        String status,
        int version,
        Long correctsId,
        String changedBy,
        Instant changedAt,
        String changeReason) {

    /** A new active payment (the columns the insert writes; status and version take their defaults). */
    public PaymentRow(
            Long id,
            long incidentId,
            String workerName,
            BigDecimal amount,
            Instant paidAt,
            String source,
            String recordedBy,
            Instant recordedAt) {
        this(
                id,
                incidentId,
                workerName,
                amount,
                paidAt,
                source,
                recordedBy,
                recordedAt,
                "ACTIVE",
                0,
                null,
                null,
                null,
                null);
    }
}
