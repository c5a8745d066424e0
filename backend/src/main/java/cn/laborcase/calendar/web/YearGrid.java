package cn.laborcase.calendar.web;

import cn.laborcase.calendar.DayKind;
import cn.laborcase.calendar.ScheduledDay;
import cn.laborcase.calendar.YearSchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A year as twelve month grids, weeks starting on Monday, for the admin calendar page. */
record YearGrid(int year, List<Month> months) {

    record Month(int number, String title, List<List<Cell>> weeks) {}

    /**
     * @param kind OFF (holiday, red), WORKING (make-up working day, 班) or {@code null} (an ordinary day)
     */
    record Cell(LocalDate date, boolean inMonth, boolean weekend, DayKind kind, String name, boolean today) {

        public int day() {
            return date.getDayOfMonth();
        }

        public String css() {
            StringBuilder s = new StringBuilder();
            if (!inMonth) {
                return "cal-out";
            }
            if (kind == DayKind.OFF) {
                s.append("cal-off");
            } else if (kind == DayKind.WORKING) {
                s.append("cal-work");
            } else if (weekend) {
                s.append("cal-weekend");
            }
            if (today) {
                s.append(" cal-today");
            }
            return s.toString().strip();
        }

        public String title() {
            return name == null ? date.toString() : date + " " + name;
        }
    }

    static YearGrid of(YearSchedule schedule, LocalDate today) {
        Map<LocalDate, ScheduledDay> days =
                schedule.days().stream().collect(Collectors.toMap(ScheduledDay::date, Function.identity()));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(schedule.year(), m);
            LocalDate first = month.atDay(1);
            LocalDate cursor = first.minusDays(first.getDayOfWeek().getValue() - 1L);
            List<List<Cell>> weeks = new ArrayList<>();
            while (!cursor.isAfter(month.atEndOfMonth())) {
                List<Cell> week = new ArrayList<>(7);
                for (int i = 0; i < 7; i++) {
                    ScheduledDay entry = days.get(cursor);
                    boolean inMonth = YearMonth.from(cursor).equals(month);
                    week.add(new Cell(
                            cursor,
                            inMonth,
                            cursor.getDayOfWeek() == DayOfWeek.SATURDAY || cursor.getDayOfWeek() == DayOfWeek.SUNDAY,
                            inMonth && entry != null ? entry.kind() : null,
                            inMonth && entry != null ? entry.name() : null,
                            cursor.equals(today)));
                    cursor = cursor.plusDays(1);
                }
                weeks.add(week);
            }
            months.add(new Month(m, m + "月", weeks));
        }
        return new YearGrid(schedule.year(), months);
    }
}
