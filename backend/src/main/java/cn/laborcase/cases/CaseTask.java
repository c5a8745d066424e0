package cn.laborcase.cases;

import cn.laborcase.shared.BeijingTime;
import cn.laborcase.workflow.TaskView;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An open task of a case as its page lists it ({@code fragments/case :: tasks}): a link to the task page, who holds
 * it, when it is due.
 */
public record CaseTask(String id, String name, String assigneeName, Instant dueAt) {

    public static CaseTask of(TaskView task) {
        return new CaseTask(task.id(), task.name(), task.assigneeName(), task.dueAt());
    }

    /** The due day in Beijing; {@code null} without a due date. */
    public LocalDate dueOn() {
        return dueAt == null ? null : BeijingTime.dateOf(dueAt);
    }
}
