package cn.laborcase.arbitration.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code arbitration_procedure_decision} (简易处理, or the conversion back to the ordinary procedure). */
public record ProcedureDecisionRow(
        Long id,
        long caseId,
        String procedureKind,
        String ground,
        String reasons,
        LocalDate decidedOn,
        String decidedBy,
        long documentId,
        Instant createdAt) {}
