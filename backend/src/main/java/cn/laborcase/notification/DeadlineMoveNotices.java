package cn.laborcase.notification;

import cn.laborcase.calendar.DeadlinesRecomputed;
import cn.laborcase.calendar.MovedTask;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the holder of each task whose due date moved (a year's holidays were loaded, a deadline was extended,
 * paused or restarted), in the transaction that moved it. Unclaimed tasks show their new date in the inboxes of
 * their candidate groups.
 */
@Component
class DeadlineMoveNotices {

    private final Notifications notifications;

    DeadlineMoveNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void onRecomputed(DeadlinesRecomputed event) {
        for (MovedTask task : event.movedTasks()) {
            if (task.assignee() != null) {
                notifications.notifyStaff(
                        task.assignee(),
                        "任务「" + task.taskName() + "」办理期限调整：" + date(task.oldDueDate()) + " → " + date(task.newDueDate())
                                + "（" + event.cause() + "）",
                        "/tasks/" + task.taskId());
            }
        }
    }

    private static String date(LocalDate day) {
        return day == null ? "无（期限中止）" : day.toString();
    }
}
