package cn.laborcase.calendar.process;

import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.shared.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The calendar in BPMN expressions, as bean {@code calendar}. Dates come back as {@link Date} (what
 * {@code camunda:dueDate} and timer {@code timeDate} expect) at the END of the due day, 23:59:59 Beijing time: an act
 * done any time on the due day is on time, so the task is not overdue before then.
 *
 * <pre>
 * camunda:dueDate="${calendar.dueDate(receivedOn, 5, 'WORKING_DAYS')}"
 * camunda:dueDate="${calendar.dueDateOf(deadlineId)}"          follows a stored deadline (link its element)
 * timeDate        "${calendar.reminderOf(deadlineId)}"          per laborcase.deadlines.reminder
 * timeDate        "${calendar.breachOf(deadlineId)}"            00:00 the day after the due date
 * candidateGroups "${calendar.escalationGroup(officeCode)}"     per laborcase.deadlines.escalation
 * </pre>
 */
@Component("calendar")
public class CalendarExpressions {

    private final WorkingCalendar calendar;
    private final Deadlines deadlines;

    CalendarExpressions(WorkingCalendar calendar, Deadlines deadlines) {
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    /** A period from {@code start} (a Date, LocalDate or "yyyy-MM-dd"; the start day is not counted). */
    public Date dueDate(Object start, int amount, String unit) {
        PeriodUnit periodUnit = PeriodUnit.parse(unit)
                .orElseThrow(() -> new IllegalArgumentException("unit must be WORKING_DAYS or CALENDAR_DAYS: " + unit));
        LocalDate due = calendar.dueDate(dateOf(start), amount, periodUnit).dueDate();
        return Date.from(BeijingTime.endOf(due));
    }

    /** The stored deadline's due date (end of day); while it is paused, as if counting resumed tomorrow. */
    public Date dueDateOf(Object deadlineId) {
        return Date.from(deadlines.dueAt(DeadlineId.of(deadlineId)));
    }

    public Date reminderOf(Object deadlineId) {
        return Date.from(deadlines.reminderAt(DeadlineId.of(deadlineId)));
    }

    public Date breachOf(Object deadlineId) {
        return Date.from(deadlines.breachAt(DeadlineId.of(deadlineId)));
    }

    public String escalationGroup(String officeCode) {
        return deadlines.reminderPolicy().escalationGroup(officeCode);
    }

    static LocalDate dateOf(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return BeijingTime.dateOf(d);
        }
        if (value instanceof Instant i) {
            return BeijingTime.dateOf(i);
        }
        if (value instanceof OffsetDateTime o) {
            return BeijingTime.dateOf(o.toInstant());
        }
        if (value instanceof ZonedDateTime z) {
            return BeijingTime.dateOf(z.toInstant());
        }
        if (value instanceof String s && !s.isBlank()) {
            String text = s.strip();
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            try {
                return BeijingTime.dateOf(OffsetDateTime.parse(text).toInstant());
            } catch (java.time.format.DateTimeParseException e) {
                // a local date-time is a Beijing wall-clock time: its date is the date
                return java.time.LocalDateTime.parse(text).toLocalDate();
            }
        }
        throw new IllegalArgumentException("not a date: " + value);
    }
}
