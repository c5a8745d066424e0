package cn.laborcase.workflow.web;

import cn.laborcase.calendar.DaysLeft;
import cn.laborcase.calendar.WorkingDays;
import cn.laborcase.workflow.TaskView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Working days left per task id, for the lists' coloured due badges. */
final class DueBadges {

    private DueBadges() {}

    static Map<String, DaysLeft> of(List<TaskView> tasks, WorkingDays.Counter counter) {
        Map<String, DaysLeft> due = new HashMap<>();
        for (TaskView t : tasks) {
            DaysLeft left = counter.until(t.dueAt());
            if (left != null) {
                due.put(t.id(), left);
            }
        }
        return due;
    }
}
