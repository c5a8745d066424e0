package cn.laborcase.emergency;

/**
 * {@code POST /api/wage-incidents/{id}/repayment-orders}: a 责令限期清偿 the inspector served on the employer. Dates as
 * {@code 2026-12-06} (Beijing calendar days).
 */
public record RepaymentOrderRequest(String orderedOn, String deadlineOn, String servedOn) {}
