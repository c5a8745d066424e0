package cn.laborcase.workflow.web;

import cn.laborcase.workflow.InboxPage;
import cn.laborcase.workflow.TaskView;
import java.util.List;

/** A page of the inbox for the API. */
record TaskListResponse(List<TaskView> tasks, long total, int page, int size) {

    static TaskListResponse of(InboxPage page) {
        return new TaskListResponse(page.tasks(), page.total(), page.page(), page.size());
    }
}
