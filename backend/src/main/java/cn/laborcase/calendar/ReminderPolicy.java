package cn.laborcase.calendar;

import cn.laborcase.shared.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When a deadline reminds and escalates (configuration {@code laborcase.deadlines.reminder} and
 * {@code .escalation}): e.g. remind the assignee 1 working day before the due date at 09:00, escalate to the office's
 * leaders on breach, which is the first instant after the due day (00:00 the next day, Beijing time).
 */
public final class ReminderPolicy {

    /** Who the reminder goes to. */
    public enum Recipient {
        ASSIGNEE("办理人"),
        CANDIDATES("候选办理组");

        private final String label;

        Recipient(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param remindAt when to remind
     * @param recipient whom
     * @param escalateAt when the deadline is breached and escalates
     * @param escalateTo the candidate group it escalates to
     */
    public record Plan(Instant remindAt, Recipient recipient, Instant escalateAt, String escalateTo) {}

    private final int before;
    private final PeriodUnit unit;
    private final LocalTime at;
    private final Recipient recipient;
    private final String escalateTo;

    public ReminderPolicy(int before, PeriodUnit unit, LocalTime at, Recipient recipient, String escalateTo) {
        this.before = before;
        this.unit = unit;
        this.at = at;
        this.recipient = recipient;
        this.escalateTo = escalateTo;
    }

    static ReminderPolicy of(DeadlineSettings settings) {
        DeadlineSettings.Reminder r = settings.reminder();
        return new ReminderPolicy(
                r.before(),
                r.unit(),
                LocalTime.parse(r.at()),
                r.recipient(),
                settings.escalation().to());
    }

    /** The reminder instant for a deadline due on {@code dueDate}, counted back on the calendar's working days. */
    public Instant remindAt(LocalDate dueDate, PeriodCalculator calendar) {
        LocalDate day = unit == PeriodUnit.WORKING_DAYS
                ? calendar.workingDaysBefore(dueDate, before)
                : dueDate.minusDays(before);
        return BeijingTime.at(day, at);
    }

    /** The first instant the deadline is breached: the start of the day after the due date. */
    public Instant escalateAt(LocalDate dueDate) {
        return BeijingTime.startOf(dueDate.plusDays(1));
    }

    /** e.g. office:D1:leaders for office D1. */
    public String escalationGroup(String officeCode) {
        return escalateTo.replace("{officeCode}", officeCode == null ? "" : officeCode);
    }

    public Plan plan(LocalDate dueDate, String officeCode, PeriodCalculator calendar) {
        return new Plan(remindAt(dueDate, calendar), recipient, escalateAt(dueDate), escalationGroup(officeCode));
    }

    /** e.g. "到期前1个工作日09:00提醒办理人；超期后升级至 office:{officeCode}:leaders". */
    public String describe() {
        return "到期前" + before + unit.label() + at + "提醒" + recipient.label() + "；超期后升级至 " + escalateTo;
    }
}
