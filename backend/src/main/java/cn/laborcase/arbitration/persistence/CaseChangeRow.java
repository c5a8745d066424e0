package cn.laborcase.arbitration.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code arbitration_case_change}. */
public record CaseChangeRow(
        Long caseId,
        String kind,
        LocalDate effectiveOn,
        String reason,
        Long documentId,
        String recordedBy,
        Instant recordedAt) {}
