package cn.laborcase.calendar.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code deadline}: the rule copied when it was opened, the inputs, and the derived due date. */
public record DeadlineRow(
        Long id,
        String ruleCode,
        String ruleName,
        String legalBasis,
        String unit,
        int lengthDays,
        int maxExtensions,
        int maxExtensionDays,
        String extensionBasis,
        String pauseBasis,
        String restartBasis,
        LocalDate originalStart,
        LocalDate startDate,
        String ownerType,
        String ownerId,
        String processInstanceId,
        LocalDate dueDate,
        boolean provisional,
        String state,
        LocalDate closedOn,
        Instant createdAt,
        String createdBy,
        int version) {}
