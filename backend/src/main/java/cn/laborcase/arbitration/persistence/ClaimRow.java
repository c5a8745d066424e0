package cn.laborcase.arbitration.persistence;

import java.math.BigDecimal;

/**
 * A row of {@code arbitration_claim}.
 *
 * @param origin APPLICATION (the application and its accepted changes) or COUNTER_CLAIM (反申请, 办案规则 §46(四))
 */
public record ClaimRow(
        Long caseId,
        int position,
        String claimType,
        BigDecimal amount,
        String description,
        boolean finalIfAwarded,
        String finalityRule,
        String origin) {

    public static final String APPLICATION = "APPLICATION";
    public static final String COUNTER_CLAIM = "COUNTER_CLAIM";

    /** An item of the application. */
    public ClaimRow(
            Long caseId,
            int position,
            String claimType,
            BigDecimal amount,
            String description,
            boolean finalIfAwarded,
            String finalityRule) {
        this(caseId, position, claimType, amount, description, finalIfAwarded, finalityRule, APPLICATION);
    }

    public boolean counterClaim() {
        return COUNTER_CLAIM.equals(origin);
    }
}
