package cn.laborcase.arbitration.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code arbitration_case}. */
public record ArbitrationCaseRow(
        Long id,
        String officeCode,
        String receiptNumber,
        String caseNumber,
        String status,
        String channel,
        Instant receivedAt,
        String locality,
        boolean collective,
        String registeredBy,
        String idempotencyKey,
        String requestHash,
        String supplementItems,
        LocalDate supplementRequestedOn,
        LocalDate supplementCompletedOn,
        String decidedBy,
        LocalDate decidedOn,
        String refusalReasons,
        LocalDate respondentServedOn,
        String tribunalMode,
        LocalDate tribunalComposedOn,
        String processInstanceId,
        Instant createdAt,
        int version) {}
