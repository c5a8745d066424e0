package cn.laborcase.arbitration.persistence;

import java.time.Instant;

/** A complaint referred to arbitration (table arbitration_referral); {@code caseId} once registered. */
public record ReferralRow(
        Long id, long complaintId, String complaintNumber, String officeCode, Instant referredAt, Long caseId) {}
