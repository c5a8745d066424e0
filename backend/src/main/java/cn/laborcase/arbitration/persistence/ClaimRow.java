package cn.laborcase.arbitration.persistence;

import java.math.BigDecimal;

/** A row of {@code arbitration_claim}. */
public record ClaimRow(
        Long caseId,
        int position,
        String claimType,
        BigDecimal amount,
        String description,
        boolean finalIfAwarded,
        String finalityRule) {}
