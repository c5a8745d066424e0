package cn.laborcase.inspection.persistence;

import java.time.Instant;

/** A row of {@code inspection_case_inspector} (V17). */
public record InspectorRow(
        long caseId,
        String username,
        boolean lead,
        Instant assignedAt,
        String assignedBy,
        Instant declaredAt,
        Instant recusalRequestedAt,
        String recusalReason,
        boolean recused,
        String recusalDecidedBy) {}
