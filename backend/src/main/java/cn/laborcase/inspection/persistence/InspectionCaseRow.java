package cn.laborcase.inspection.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code inspection_case} (V17). */
public record InspectionCaseRow(
        Long id,
        String caseNumber,
        String officeCode,
        String gridCode,
        long employerId,
        String origin,
        Long originId,
        String originLabel,
        String status,
        String outcome,
        String facts,
        BigDecimal amountOwed,
        Integer workersAffected,
        String proposedBy,
        Instant openedAt,
        LocalDate filedOn,
        String filedBy,
        Long deadlineId,
        LocalDate dueDate,
        boolean extended,
        LocalDate closedOn,
        String closedBy,
        String processInstanceId,
        int version) {}
