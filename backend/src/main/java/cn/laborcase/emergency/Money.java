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
 * @param toRecover what the employer still owes the fund: the approved advances less what was recovered
 * @param paid all payments to workers, whatever the source
 * @param outstanding owed less paid, never below zero
 * @param payments every payment recorded, the corrected and cancelled ones too (only active ones count in the totals)
 * @param recovered recovered from the employer for the fund's advances (追偿)
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
        List<Advance> advances,
        BigDecimal recovered,
        List<Recovery> recoveries) {

    /**
     * Wages paid to one worker; a corrected or cancelled one stays with who changed it, when and why.
     *
     * @param correctsId the payment this one corrects, or null
     */
    public record Payment(
            long id,
            String workerName,
            BigDecimal amount,
            Instant paidAt,
            PaymentSource source,
            String sourceName,
            String recordedByName,
            String recordedBy,
            PaymentStatus status,
            String statusName,
            int version,
            Long correctsId,
            String changedByName,
            Instant changedAt,
            String changeReason) {

        public boolean active() {
            return status == PaymentStatus.ACTIVE;
        }

        /** The payment's time in Beijing time as a datetime-local field holds it (2026-12-06T10:00). */
        public String paidAtInput() {
            return java.time.LocalDateTime.ofInstant(paidAt, cn.laborcase.shared.BeijingTime.ZONE)
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                    .toString();
        }
    }

    /** Money recovered from the employer for the fund's advances: when, how much, how, recorded by whom. */
    public record Recovery(
            long id,
            BigDecimal amount,
            java.time.LocalDate recoveredOn,
            RecoveryMethod method,
            String methodName,
            String note,
            String recordedByName,
            Instant recordedAt) {}

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
