package cn.laborcase.supervision;

import cn.laborcase.calendar.DaysLeft;
import java.time.Instant;

/**
 * One overdue or due-soon item of an office on the leader's home: a task (任务) or a statutory deadline (法定期限).
 *
 * @param kind "任务" or "期限"
 * @param caseNumber the case's number (the process's business key), never an internal id
 * @param place the grid's name, or the office's when the item belongs to no grid
 * @param holder who holds it, by name ("张伟", or "待签收：东湖街道网格 · 协管员待签收")
 * @param announced its overdue notice went out to the holder and the leaders
 */
public record BoardItem(
        String kind,
        String title,
        String caseTitle,
        String caseNumber,
        String place,
        String holder,
        Instant dueAt,
        DaysLeft daysLeft,
        String link,
        boolean announced) {

    public boolean overdue() {
        return daysLeft != null && daysLeft.overdue();
    }
}
