package cn.laborcase.emergency.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code wage_incident}. */
public record WageIncidentRow(
        Long id,
        String incidentNumber,
        String officeCode,
        String gridCode,
        long employerId,
        String place,
        int workersAffected,
        BigDecimal amountOwed,
        String arrearsPeriod,
        boolean employerAbsconded,
        boolean groupPetition,
        Instant reportedAt,
        String reporter,
        String description,
        String grade,
        String gradeRule,
        String status,
        Instant approvalDueAt,
        Instant escalatedAt,
        Long complaintId,
        Long inspectionCaseId,
        String processInstanceId,
        Instant createdAt,
        int version) {}
