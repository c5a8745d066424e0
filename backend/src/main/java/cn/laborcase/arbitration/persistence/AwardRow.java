package cn.laborcase.arbitration.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code arbitration_award}. */
public record AwardRow(
        Long id,
        Long caseId,
        String finality,
        boolean byDefault,
        LocalDate awardedOn,
        long documentId,
        String awardedBy,
        Instant createdAt) {}
