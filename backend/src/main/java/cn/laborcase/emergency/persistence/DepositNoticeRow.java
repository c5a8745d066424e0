package cn.laborcase.emergency.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code wage_incident_deposit_notice}: a 工资保证金支付通知书 to the deposit's bank. */
public record DepositNoticeRow(
        Long id,
        long incidentId,
        long orderId,
        String bankName,
        String accountNo,
        BigDecimal amount,
        long documentId,
        String issuedBy,
        Instant issuedAt) {}
