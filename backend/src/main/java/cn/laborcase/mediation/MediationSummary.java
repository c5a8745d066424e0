package cn.laborcase.mediation;

import java.time.LocalDate;

/** A mediation case as the list shows it. */
public record MediationSummary(
        long id,
        String number,
        MediationStatus status,
        String statusLabel,
        String applicants,
        String respondent,
        LocalDate appliedOn,
        LocalDate dueDate,
        String mediatorName,
        String complaintNumber) {}
