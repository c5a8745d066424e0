package cn.laborcase.workflow.web;

import cn.laborcase.workflow.InboxPage;
import cn.laborcase.workflow.TaskView;
import java.util.List;

/**
 * A page of the inbox for the API.
 *
 * @param totalCapped the queue holds more than {@code total} tasks ({@link InboxPage#COUNT_CAP}); it was not counted
 *     to its end
 */
record TaskListResponse(List<TaskView> tasks, long total, boolean totalCapped, int page, int size) {

    static TaskListResponse of(InboxPage page) {
        return new TaskListResponse(page.tasks(), page.total(), page.totalCapped(), page.page(), page.size());
    }
}
