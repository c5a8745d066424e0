package cn.laborcase.calendar;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.deadlines}: the deadline rules per legal basis, when a deadline counts as due soon, and the
 * reminder and escalation policy the tracks' processes use.
 *
 * @param dueSoonWorkingDays a deadline is DUE_SOON when this many working days or fewer are left
 */
@ConfigurationProperties("laborcase.deadlines")
record DeadlineSettings(int dueSoonWorkingDays, Reminder reminder, Escalation escalation, List<DeadlineRule> rules) {

    DeadlineSettings {
        dueSoonWorkingDays = Math.max(dueSoonWorkingDays, 0);
        reminder = reminder == null ? new Reminder(1, PeriodUnit.WORKING_DAYS, "09:00", null) : reminder;
        escalation = escalation == null ? new Escalation(null) : escalation;
        rules = rules == null ? List.of() : List.copyOf(rules);
        Set<String> codes = new HashSet<>();
        for (DeadlineRule rule : rules) {
            if (!codes.add(rule.code())) {
                throw new IllegalStateException("laborcase.deadlines.rules: duplicate code " + rule.code());
            }
        }
    }

    /**
     * @param before how long before the due date the reminder fires, in {@code unit}
     * @param at the time of day (Beijing time) the reminder fires, e.g. "09:00"
     * @param recipient who is reminded
     */
    record Reminder(int before, PeriodUnit unit, String at, ReminderPolicy.Recipient recipient) {

        Reminder {
            before = Math.max(before, 0);
            unit = unit == null ? PeriodUnit.WORKING_DAYS : unit;
            at = at == null || at.isBlank() ? "09:00" : at;
            LocalTime.parse(at);
            recipient = recipient == null ? ReminderPolicy.Recipient.ASSIGNEE : recipient;
        }
    }

    /** @param to the candidate group a breach escalates to; {@code {officeCode}} is the case's office */
    record Escalation(String to) {

        Escalation {
            to = to == null || to.isBlank() ? "office:{officeCode}:leaders" : to;
        }
    }
}
