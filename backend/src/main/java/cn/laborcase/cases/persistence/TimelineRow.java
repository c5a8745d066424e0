package cn.laborcase.cases.persistence;

import java.time.Instant;

/** A row of {@code case_timeline}. */
public record TimelineRow(
        Long id,
        String caseType,
        long caseId,
        Instant occurredAt,
        String step,
        String stepLabel,
        String actor,
        String actorName,
        String detail) {}
