package cn.laborcase.calendar;

import cn.laborcase.shared.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A deadline as every module reads it: what it rests on, how it was computed, where it stands today.
 *
 * @param start the day the period currently runs from (the original start, or the latest restart)
 * @param dueDate the last day of the period; {@code null} while paused (the clock is stopped)
 * @param daysLeft calendar days from today to the due date, negative when overdue; {@code null} while paused or
 *     after the deadline was closed
 * @param provisional the due date depends on a year whose holiday schedule is not loaded yet
 * @param explanation the day-by-day reasons behind the due date
 * @param version for optimistic locking: pass it back with a change
 */
public record DeadlineView(
        DeadlineId id,
        String ruleCode,
        String ruleName,
        String legalBasis,
        PeriodUnit unit,
        int length,
        int maxExtensions,
        int maxExtensionDays,
        LocalDate originalStart,
        LocalDate start,
        DeadlineOwner owner,
        String processInstanceId,
        Set<String> linkedElements,
        List<Extension> extensions,
        List<Pause> pauses,
        List<Restart> restarts,
        LocalDate dueDate,
        Integer daysLeft,
        DeadlineStatus status,
        boolean provisional,
        LocalDate closedOn,
        List<DayNote> explanation,
        int version) {

    /** The length with every extension. */
    public int totalDays() {
        return length + extensions.stream().mapToInt(Extension::days).sum();
    }

    /** The end of the due day, Beijing time; {@code null} while paused. */
    public Instant dueAt() {
        return dueDate == null ? null : BeijingTime.endOf(dueDate);
    }

    /** e.g. "《劳动保障监察条例》第十七条：60个工作日，延长30个工作日，自2026-03-02起算，2026-07-15届满". */
    public String summary() {
        StringBuilder s =
                new StringBuilder(legalBasis).append("：").append(length).append(unit.label());
        int extended = totalDays() - length;
        if (extended > 0) {
            s.append("，延长").append(extended).append(unit.label());
        }
        s.append("，自").append(start).append("起算，");
        s.append(dueDate == null ? "中止中" : dueDate + "届满");
        if (provisional) {
            s.append("（暂定）");
        }
        return s.toString();
    }
}
