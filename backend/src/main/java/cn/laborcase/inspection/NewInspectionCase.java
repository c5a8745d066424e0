package cn.laborcase.inspection;

import java.math.BigDecimal;

/**
 * A case proposed by a leader's instruction (领导交办) or a referral (移送) from another department, awaiting the
 * leader's 立案 approval.
 *
 * @param origin INSTRUCTION or REFERRAL
 * @param originLabel where it came from in words, e.g. 区住建局移送函 or 局长批示
 */
public record NewInspectionCase(
        String origin,
        String employerCreditCode,
        String originLabel,
        String facts,
        BigDecimal amountOwed,
        Integer workersAffected) {}
