package cn.laborcase.calendar;

import cn.laborcase.shared.BeijingTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Working days left until a due instant, on the working-day calendar (holidays and 调休 included), for lists that
 * show days left. One calendar read per call: a list takes a {@link Counter} once and counts every row with it.
 */
@Service
public class WorkingDays {

    private final WorkingCalendar calendar;
    private final Clock clock;

    WorkingDays(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A counter for today, reading the calendar once. */
    public Counter counter() {
        return new Counter(calendar.calculator(), Instant.now(clock));
    }

    /** Counts days left against one reading of the calendar and one "now". */
    public static final class Counter {

        private final PeriodCalculator calculator;
        private final Instant now;
        private final LocalDate today;

        Counter(PeriodCalculator calculator, Instant now) {
            this.calculator = calculator;
            this.now = now;
            this.today = BeijingTime.dateOf(now);
        }

        /** Days left until {@code dueAt} (null: no due date, null answer). */
        public DaysLeft until(Instant dueAt) {
            if (dueAt == null) {
                return null;
            }
            LocalDate due = BeijingTime.dateOf(dueAt);
            int days = due.isBefore(today)
                    ? -calculator.workingDaysBetween(due, today)
                    : calculator.workingDaysBetween(today, due);
            return new DaysLeft(days, dueAt.isBefore(now));
        }

        /** Days left until the end of {@code dueDate} (Beijing time). */
        public DaysLeft until(LocalDate dueDate) {
            return dueDate == null ? null : until(BeijingTime.endOf(dueDate));
        }

        public Instant now() {
            return now;
        }

        public LocalDate today() {
            return today;
        }
    }
}
