package cn.laborcase.mediation.persistence;

import java.math.BigDecimal;

/** A claim item of {@code mediation_claim}, or an agreed item of {@code mediation_agreement_item}. */
public record ClaimRow(long caseId, int position, String claimType, BigDecimal amount, String description) {}
