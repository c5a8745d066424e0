package cn.laborcase.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The holidays and make-up working days of the loaded years. A year that is not loaded has plain weekends only:
 * periods computed into it are provisional. Days of years that are not loaded (drafts) are ignored.
 */
public final class HolidaySchedule {

    private final Map<LocalDate, ScheduledDay> days;
    private final Set<Integer> loadedYears;

    private HolidaySchedule(Map<LocalDate, ScheduledDay> days, Set<Integer> loadedYears) {
        this.days = days;
        this.loadedYears = loadedYears;
    }

    public static HolidaySchedule of(Collection<ScheduledDay> days, Collection<Integer> loadedYears) {
        Set<Integer> loaded = Set.copyOf(loadedYears);
        Map<LocalDate, ScheduledDay> byDate = days.stream()
                .filter(d -> loaded.contains(d.date().getYear()))
                .collect(Collectors.toUnmodifiableMap(ScheduledDay::date, Function.identity()));
        return new HolidaySchedule(byDate, loaded);
    }

    /** No year loaded: weekends only. */
    public static HolidaySchedule weekendsOnly() {
        return new HolidaySchedule(Map.of(), Set.of());
    }

    public boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    public Set<Integer> loadedYears() {
        return loadedYears;
    }

    public Optional<ScheduledDay> entry(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** Monday to Friday unless a holiday; Saturday and Sunday off unless a make-up working day. */
    public boolean isWorkingDay(LocalDate date) {
        ScheduledDay entry = days.get(date);
        if (entry != null) {
            return entry.kind() == DayKind.WORKING;
        }
        return !isWeekend(date);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
