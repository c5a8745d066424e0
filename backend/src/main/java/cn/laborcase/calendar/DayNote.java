package cn.laborcase.calendar;

import java.time.LocalDate;

/**
 * One line of a period's explanation: a day that was skipped or counted specially, and why.
 *
 * @param counted whether the day counts towards the period
 * @param note the reason in words a clerk reads, e.g. "2026-10-10（周六）国庆节调休上班，计为第3个工作日"
 */
public record DayNote(LocalDate date, Reason reason, boolean counted, String note) {

    public enum Reason {
        /** the day the period starts from: never counted */
        START,
        WEEKEND,
        HOLIDAY,
        /** a Saturday or Sunday worked in exchange for a holiday (调休上班): counts as a working day */
        MAKEUP_WORKING_DAY,
        /** days of a suspension (中止) */
        PAUSED,
        /** a calendar-day period's last day fell on a rest day or holiday: moved to the next working day */
        ROLLED_FORWARD,
        /** the year's holiday schedule is not loaded: weekends only, the result is provisional */
        PROVISIONAL,
        /** the day the period ends */
        DUE
    }
}
