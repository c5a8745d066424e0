package cn.laborcase.arbitration;

import java.time.LocalDate;

/**
 * A row of the committee's list: the director sees the cases by arbitrator, status and days to the award deadline,
 * overdue first.
 */
public record ArbitrationCaseListItem(
        long id,
        String number,
        ArbitrationStatus status,
        String statusLabel,
        String applicants,
        String respondent,
        String arbitrators,
        LocalDate awardDueDate,
        Integer awardDaysLeft,
        boolean overdue,
        boolean awaitingHearing) {}
