package cn.laborcase.arbitration.persistence;

import java.time.LocalDate;

/** A row of {@code arbitration_mediation}. */
public record MediationRow(
        Long caseId,
        long documentId,
        LocalDate issuedOn,
        LocalDate applicantReceivedOn,
        LocalDate respondentReceivedOn,
        LocalDate effectiveOn) {}
