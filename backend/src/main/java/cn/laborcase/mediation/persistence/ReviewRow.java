package cn.laborcase.mediation.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code mediation_review}: the committee's review of a jointly applied agreement (仲裁审查). */
public record ReviewRow(
        Long caseId,
        String officeCode,
        LocalDate appliedOn,
        Long deadlineId,
        String reviewer,
        String assignedBy,
        String decision,
        LocalDate decidedOn,
        String reasons,
        String decidedBy,
        Instant decidedAt,
        int version) {}
