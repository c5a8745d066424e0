package cn.laborcase.emergency.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code wage_incident_repayment_order}: a 责令限期清偿. */
public record RepaymentOrderRow(
        Long id,
        long incidentId,
        LocalDate orderedOn,
        LocalDate deadlineOn,
        LocalDate servedOn,
        String recordedBy,
        Instant recordedAt) {}
