package cn.laborcase.calendar;

import java.util.List;

/**
 * Deadlines were recomputed (a year's schedule was loaded or changed, or a deadline was extended, paused, resumed or
 * restarted) and the listed tasks' due dates moved. Published in the transaction that moved them; the notification
 * module tells each task's holder in-app (notification.DeadlineMoveNotices).
 *
 * @param cause in words, e.g. "2031年节假日安排载入"
 */
public record DeadlinesRecomputed(String cause, List<DeadlineId> deadlines, List<MovedTask> movedTasks) {

    public DeadlinesRecomputed {
        deadlines = List.copyOf(deadlines);
        movedTasks = List.copyOf(movedTasks);
    }
}
