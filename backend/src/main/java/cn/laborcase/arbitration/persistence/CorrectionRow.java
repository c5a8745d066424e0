package cn.laborcase.arbitration.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code arbitration_award_correction} (补正裁决). */
public record CorrectionRow(
        Long id,
        long caseId,
        long awardId,
        String origin,
        String requestedBy,
        LocalDate requestedOn,
        String kind,
        String outcome,
        String content,
        LocalDate decidedOn,
        String decidedBy,
        long documentId,
        Instant createdAt) {}
