package cn.laborcase.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An inspection case was closed (结案) after the leader's approval. Published with {@code CaseEvents} in the closing
 * transaction; the integrity grade (守法诚信等级) proposal listens to it.
 *
 * @param outcome the outcome's code ({@link InspectionOutcome} name)
 */
public record InspectionCaseClosed(
        long caseId,
        String caseNumber,
        long employerId,
        String outcome,
        boolean penaltyImposed,
        boolean criminalReferral,
        LocalDate closedOn,
        Instant occurredAt) {}
