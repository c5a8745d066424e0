package cn.laborcase.emergency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The money of an incident as {@code GET /api/wage-incidents/{id}} shows it ({@code money}), in yuan.
 *
 * @param owed the arrears reported (amountOwed)
 * @param paidByEmployer paid by the employer itself
 * @param paidByContractor paid by the general contractor (保障农民工工资支付条例 §30)
 * @param depositDrawn paid out of the employer's wage deposit (工资保证金)
 * @param fundAdvanced advances from the emergency revolving fund approved by the 局长
 * @param paidFromFund of that, paid out to workers so far
 * @param toRecover what the employer owes the fund (the approved advances; recoveries are not recorded yet)
 * @param paid all payments to workers, whatever the source
 * @param outstanding owed less paid, never below zero
 */
public record Money(
        BigDecimal owed,
        BigDecimal paidByEmployer,
        BigDecimal paidByContractor,
        BigDecimal depositDrawn,
        BigDecimal fundAdvanced,
        BigDecimal paidFromFund,
        BigDecimal toRecover,
        BigDecimal paid,
        BigDecimal outstanding,
        List<Payment> payments,
        List<Advance> advances) {

    /** Wages paid to one worker. */
    public record Payment(
            long id,
            String workerName,
            BigDecimal amount,
            Instant paidAt,
            PaymentSource source,
            String sourceName,
            String recordedByName) {}

    /** A request for a fund advance, with its cap and how it was computed, and the 局长's decision. */
    public record Advance(
            long id,
            int workers,
            BigDecimal amount,
            String reason,
            BigDecimal cap,
            String capRule,
            String requestedByName,
            Instant requestedAt,
            AdvanceStatus status,
            String statusName,
            String decidedByName,
            Instant decidedAt,
            String opinion) {}
}
