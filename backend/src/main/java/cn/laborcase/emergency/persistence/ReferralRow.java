package cn.laborcase.emergency.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code wage_incident_referral}: a criminal referral (涉嫌拒不支付劳动报酬罪) proposed and decided. */
public record ReferralRow(
        Long id,
        long incidentId,
        String ground,
        LocalDate orderServedOn,
        LocalDate orderDueOn,
        String policeOrgan,
        String facts,
        String proposedBy,
        Instant proposedAt,
        String status,
        String decidedBy,
        Instant decidedAt,
        String opinion,
        Long documentId,
        int version) {}
