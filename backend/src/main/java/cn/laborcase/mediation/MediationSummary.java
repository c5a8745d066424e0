package cn.laborcase.mediation;

import java.time.LocalDate;

/**
 * A mediation case as the list shows it.
 *
 * @param daysLeft calendar days to the 15 days' due date while mediation runs; null before registration and after the end
 */
public record MediationSummary(
        long id,
        String number,
        MediationStatus status,
        String statusLabel,
        String applicants,
        String respondent,
        LocalDate appliedOn,
        LocalDate dueDate,
        Integer daysLeft,
        String mediatorName,
        String complaintNumber) {}
