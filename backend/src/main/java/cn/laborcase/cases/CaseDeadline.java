package cn.laborcase.cases;

import cn.laborcase.calendar.DeadlineView;
import java.time.LocalDate;

/**
 * A deadline as a case page's header shows it ({@code fragments/case :: header}): when it falls due, how it counts,
 * what it rests on and how it was computed.
 *
 * @param rule the rule's name, e.g. 受理审查期限
 * @param dueDate the last day; {@code null} while the period is paused (中止)
 * @param length the period with its extensions, e.g. 5
 * @param unit how it counts: 个工作日 (working days) or 日 (calendar days, last day rolled past rest days)
 * @param legalBasis the article, e.g. 《劳动保障监察条例》第十七条
 * @param howComputed the computation in one sentence (start, extensions, due date, provisional calendar)
 * @param status OPEN, DUE_SOON, OVERDUE, PAUSED, CLOSED … as the calendar module names it
 * @param daysLeft calendar days to the due date, negative when overdue; {@code null} when paused or closed
 */
public record CaseDeadline(
        String rule,
        LocalDate dueDate,
        int length,
        String unit,
        String legalBasis,
        String howComputed,
        String status,
        Integer daysLeft,
        boolean provisional) {

    public static CaseDeadline of(DeadlineView d) {
        return new CaseDeadline(
                d.ruleName(),
                d.dueDate(),
                d.totalDays(),
                d.unit().label(),
                d.legalBasis(),
                d.summary(),
                d.status().name(),
                d.daysLeft(),
                d.provisional());
    }

    public boolean overdue() {
        return daysLeft != null && daysLeft < 0;
    }

    /** 剩余 3 天 / 已超期 2 天 / empty when paused or closed. */
    public String remaining() {
        if (daysLeft == null) {
            return "";
        }
        return daysLeft < 0 ? "已超期 " + (-daysLeft) + " 天" : "剩余 " + daysLeft + " 天";
    }
}
