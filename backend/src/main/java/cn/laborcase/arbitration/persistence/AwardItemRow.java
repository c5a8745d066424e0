package cn.laborcase.arbitration.persistence;

import java.math.BigDecimal;

/** A row of {@code arbitration_award_item}. */
public record AwardItemRow(
        Long awardId,
        Long caseId,
        int claimPosition,
        String outcome,
        BigDecimal amount,
        String reasoning,
        boolean finalItem,
        String finalityRule) {}
