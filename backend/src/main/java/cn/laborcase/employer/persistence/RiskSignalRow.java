package cn.laborcase.employer.persistence;

import java.time.Instant;

/** An early-warning signal of an employer. */
public record RiskSignalRow(
        long id,
        long employerId,
        String kind,
        String detail,
        String sourceType,
        Long sourceId,
        String reportedBy,
        Instant reportedAt,
        Instant closedAt) {}
