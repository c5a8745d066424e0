package cn.laborcase.hearing.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code hearing_postponement} (延期开庭申请). */
public record PostponementRow(
        Long id,
        long hearingId,
        String party,
        LocalDate requestedOn,
        String reasons,
        LocalDate lastDay,
        String status,
        String recordedBy,
        Instant recordedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        Long decisionDocumentId,
        int version) {}
