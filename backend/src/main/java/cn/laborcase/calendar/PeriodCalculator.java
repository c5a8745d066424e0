package cn.laborcase.calendar;

import cn.laborcase.calendar.DayNote.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts legal periods on a {@link HolidaySchedule}. Pure Java: no clock, no database.
 *
 * <ul>
 *   <li>The first day is never counted: a period "from" a day starts counting the next day.
 *   <li>Working days (工作日): Monday to Friday unless a holiday; Saturday and Sunday off unless a make-up working day
 *       (调休上班). 劳动保障监察条例 §17 and 25号令 §18 count in working days.
 *   <li>Calendar days (日): start + N; if that day is a rest day or holiday, the period ends on the next working day
 *       (the period rules of 劳动人事争议仲裁办案规则, which follow 民事诉讼法's rules on 期间: the first day is not
 *       counted, a last day on a 法定休假日 moves to the first day after it).
 *   <li>Days of a suspension (中止) do not count (办案规则 §46).
 *   <li>A day in a year whose schedule is not loaded is judged by weekends alone and makes the result provisional.
 * </ul>
 */
public final class PeriodCalculator {

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private final HolidaySchedule schedule;

    public PeriodCalculator(HolidaySchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule);
    }

    public HolidaySchedule schedule() {
        return schedule;
    }

    public ComputedPeriod compute(LocalDate start, int amount, PeriodUnit unit) {
        return compute(start, amount, unit, List.of());
    }

    /**
     * @param pauses suspensions in date order; at most the last may be open (then the result has no due date)
     */
    public ComputedPeriod compute(LocalDate start, int amount, PeriodUnit unit, List<Pause> pauses) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        Walk walk = new Walk(start, amount, unit);
        walk.notes.add(new DayNote(start, Reason.START, false, describe(start) + "为起算日，当日不计入期限"));
        LocalDate day = start;
        int counted = 0;
        while (counted < amount) {
            day = day.plusDays(1);
            Optional<Pause> pause = covering(pauses, day);
            if (pause.isPresent()) {
                if (pause.get().isOpen()) {
                    return walk.suspended(day, pause.get(), amount - counted);
                }
                walk.notePause(day, pause.get());
                day = pause.get().resumedOn().minusDays(1);
                continue;
            }
            if (unit == PeriodUnit.CALENDAR_DAYS) {
                counted++;
                continue;
            }
            walk.touch(day);
            if (schedule.isWorkingDay(day)) {
                counted++;
                Optional<ScheduledDay> entry = schedule.entry(day);
                if (entry.isPresent()) {
                    walk.notes.add(new DayNote(
                            day,
                            Reason.MAKEUP_WORKING_DAY,
                            true,
                            describe(day) + entry.get().name() + "，计为第" + counted + "个工作日"));
                }
            } else {
                walk.notes.add(skipped(day, "，不计入"));
            }
        }
        LocalDate due = day;
        if (unit == PeriodUnit.CALENDAR_DAYS) {
            boolean rolled = false;
            while (true) {
                Optional<Pause> pause = covering(pauses, due);
                if (pause.isPresent()) {
                    if (pause.get().isOpen()) {
                        return walk.suspended(due, pause.get(), 0);
                    }
                    walk.notePause(due, pause.get());
                    due = pause.get().resumedOn();
                    continue;
                }
                walk.touch(due);
                if (schedule.isWorkingDay(due)) {
                    break;
                }
                String note = rolled
                        ? describe(due) + restName(due) + "，继续顺延"
                        : "第" + amount + "日" + describe(due) + "为" + restName(due) + "，期限顺延至下一个工作日";
                walk.notes.add(new DayNote(due, Reason.ROLLED_FORWARD, false, note));
                rolled = true;
                due = due.plusDays(1);
            }
            walk.notes.add(new DayNote(
                    due,
                    Reason.DUE,
                    true,
                    rolled ? "期限顺延至" + describe(due) + "届满" : describe(due) + "为第" + amount + "日，期限届满"));
        } else {
            walk.notes.add(new DayNote(due, Reason.DUE, true, describe(due) + "为第" + amount + "个工作日，期限届满"));
        }
        return walk.result(due);
    }

    /** The n-th working day before {@code date} (n = 0: the date itself). Used for reminders. */
    public LocalDate workingDaysBefore(LocalDate date, int n) {
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (schedule.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 if {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (schedule.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** e.g. "2026-10-10（周六）". */
    public static String describe(LocalDate day) {
        return day + "（" + WEEKDAYS[day.getDayOfWeek().getValue() - 1] + "）";
    }

    private DayNote skipped(LocalDate day, String suffix) {
        Optional<ScheduledDay> entry = schedule.entry(day);
        if (entry.isPresent()) {
            return new DayNote(
                    day, Reason.HOLIDAY, false, describe(day) + entry.get().name() + suffix);
        }
        return new DayNote(day, Reason.WEEKEND, false, describe(day) + "周末" + suffix);
    }

    private String restName(LocalDate day) {
        return schedule.entry(day).map(ScheduledDay::name).orElse("周末");
    }

    private static Optional<Pause> covering(List<Pause> pauses, LocalDate day) {
        return pauses.stream().filter(p -> p.covers(day)).findFirst();
    }

    /** The state of one computation: notes so far and the unloaded years it touched. */
    private final class Walk {

        final LocalDate start;
        final int amount;
        final PeriodUnit unit;
        final List<DayNote> notes = new ArrayList<>();
        final Set<Integer> unloadedYears = new TreeSet<>();
        final Set<Pause> notedPauses = new java.util.HashSet<>();

        Walk(LocalDate start, int amount, PeriodUnit unit) {
            this.start = start;
            this.amount = amount;
            this.unit = unit;
        }

        /** The day's working status decides the result: note once per year if that year is not loaded. */
        void touch(LocalDate day) {
            int year = day.getYear();
            if (!schedule.isLoaded(year) && unloadedYears.add(year)) {
                notes.add(new DayNote(day, Reason.PROVISIONAL, false, year + "年节假日安排尚未载入，该年仅按周末计算，期限为暂定，载入后自动重新计算"));
            }
        }

        void notePause(LocalDate firstDay, Pause pause) {
            if (notedPauses.add(pause)) {
                LocalDate last = pause.resumedOn().minusDays(1);
                long days = java.time.temporal.ChronoUnit.DAYS.between(firstDay, pause.resumedOn());
                notes.add(new DayNote(
                        firstDay,
                        Reason.PAUSED,
                        false,
                        describe(firstDay) + "至" + describe(last) + "中止计算" + reasonOf(pause) + "，共" + days + "日不计入"));
            }
        }

        ComputedPeriod suspended(LocalDate day, Pause pause, int remaining) {
            notes.add(new DayNote(
                    day,
                    Reason.PAUSED,
                    false,
                    "自" + describe(pause.from().isAfter(day) ? pause.from() : day) + "起中止计算" + reasonOf(pause) + "，尚余"
                            + remaining + unit.label() + "，恢复后重新计算届满日"));
            return new ComputedPeriod(start, amount, unit, null, !unloadedYears.isEmpty(), remaining, notes);
        }

        ComputedPeriod result(LocalDate due) {
            return new ComputedPeriod(start, amount, unit, due, !unloadedYears.isEmpty(), 0, notes);
        }

        private String reasonOf(Pause pause) {
            return pause.reason() == null || pause.reason().isBlank() ? "" : "（" + pause.reason() + "）";
        }
    }
}
