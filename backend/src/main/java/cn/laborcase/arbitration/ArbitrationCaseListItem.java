package cn.laborcase.arbitration;

import java.time.LocalDate;

/**
 * A row of the committee's list: the director sees the cases by arbitrator, status and days to the award deadline,
 * overdue first; a suspended case (中止, 公告送达) with the day it stood still and for how many days.
 *
 * @param suspendedSince the first day the award period does not count; null when it runs
 * @param suspendedDays calendar days from that day to today
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
        boolean awaitingHearing,
        LocalDate suspendedSince,
        Long suspendedDays) {

    public boolean suspended() {
        return suspendedSince != null;
    }
}
