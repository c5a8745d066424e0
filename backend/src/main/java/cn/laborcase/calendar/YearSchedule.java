package cn.laborcase.calendar;

import java.time.Instant;
import java.util.List;

/**
 * One year of the calendar as an administrator sees it.
 *
 * @param loaded the schedule is in force; otherwise the days (if any) are a draft and the year counts weekends only
 * @param source the notice(s) the days come from
 */
public record YearSchedule(
        int year, boolean loaded, String source, Instant loadedAt, String loadedBy, List<ScheduledDay> days) {

    public YearSchedule {
        days = List.copyOf(days);
    }

    public long offDays() {
        return days.stream().filter(d -> d.kind() == DayKind.OFF).count();
    }

    public long workingDays() {
        return days.stream().filter(d -> d.kind() == DayKind.WORKING).count();
    }
}
