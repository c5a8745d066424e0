package cn.laborcase.intake.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code complaint}; codes as their names. */
public record ComplaintRow(
        Long id,
        String number,
        Integer numberYear,
        Integer numberSeq,
        String kind,
        String channel,
        Instant receivedAt,
        Instant registeredAt,
        String registeredBy,
        String receivingOfficeCode,
        String officeCode,
        String gridCode,
        long employerId,
        String category,
        int workersAffected,
        BigDecimal amountOwed,
        LocalDate violationStartedOn,
        LocalDate violationEndedOn,
        boolean employerAbsconded,
        String description,
        String status,
        String route,
        String routeReason,
        Long mergedIntoId,
        String processInstanceId,
        Long deadlineId,
        String decisionReason,
        String decisionText,
        String correctionItems,
        String referralTarget,
        String referralDepartment,
        Instant decidedAt,
        String decidedBy,
        String caseReference,
        Instant caseClosedAt,
        int version) {}
