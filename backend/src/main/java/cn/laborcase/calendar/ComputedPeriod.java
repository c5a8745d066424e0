package cn.laborcase.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A period worked out day by day.
 *
 * @param start the day the period runs from (not counted)
 * @param amount how many days in total, extensions included
 * @param dueDate the last day of the period; {@code null} while a suspension lasts (the clock is stopped)
 * @param provisional some day that decided the result lies in a year whose holiday schedule is not loaded
 * @param remaining while suspended: how many days are still to run; otherwise 0
 * @param explanation the days skipped or counted specially, in date order
 */
public record ComputedPeriod(
        LocalDate start,
        int amount,
        PeriodUnit unit,
        LocalDate dueDate,
        boolean provisional,
        int remaining,
        List<DayNote> explanation) {

    public ComputedPeriod {
        explanation = List.copyOf(explanation);
    }

    public boolean suspended() {
        return dueDate == null;
    }
}
