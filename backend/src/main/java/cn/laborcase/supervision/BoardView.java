package cn.laborcase.supervision;

import cn.laborcase.workflow.TaskView;
import java.util.List;
import java.util.Map;

/**
 * The leader's home: the office's overdue and due-soon items (overdue first), the same grouped by grid and by person,
 * and the tasks waiting for the leader himself (approvals, escalations offered to the office's leaders).
 */
public record BoardView(
        List<BoardItem> items,
        Map<String, List<BoardItem>> byGrid,
        Map<String, List<BoardItem>> byPerson,
        List<TaskView> waitingForMe,
        long overdue,
        long dueSoon) {}
