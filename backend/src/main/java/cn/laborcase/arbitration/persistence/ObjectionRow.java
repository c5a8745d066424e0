package cn.laborcase.arbitration.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code arbitration_jurisdiction_objection} (管辖异议 and its decision). */
public record ObjectionRow(
        Long id,
        long caseId,
        String respondent,
        String grounds,
        LocalDate filedOn,
        String status,
        LocalDate decidedOn,
        String decidedBy,
        String decisionReasons,
        String competentCommittee,
        Long documentId,
        String registeredBy,
        Instant createdAt,
        int version) {}
