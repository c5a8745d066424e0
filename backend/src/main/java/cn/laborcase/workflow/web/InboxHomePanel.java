package cn.laborcase.workflow.web;

import cn.laborcase.calendar.WorkingDays;
import cn.laborcase.home.HomePanel;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.workflow.InboxPage;
import cn.laborcase.workflow.InboxQuery;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskLists;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The 待办 panel of the home page for the desk, inspectors and grid assistants: the count of every queue (his own
 * tasks, each candidate group's unclaimed ones) and the tasks due first, with working days left.
 */
@Component
class InboxHomePanel implements HomePanel {

    static final Set<Role> ROLES = Set.of(Role.INTAKE_CLERK, Role.INSPECTOR, Role.GRID_ASSISTANT);

    private final TaskInbox inbox;
    private final TaskLists lists;
    private final WorkingDays workingDays;

    InboxHomePanel(TaskInbox inbox, TaskLists lists, WorkingDays workingDays) {
        this.inbox = inbox;
        this.lists = lists;
        this.workingDays = workingDays;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean shows(CurrentUser user) {
        return user.roles().stream().anyMatch(ROLES::contains);
    }

    @Override
    public String fragment() {
        return "workflow/home :: queues";
    }

    @Override
    public Map<String, Object> model(CurrentUser user) {
        WorkingDays.Counter counter = workingDays.counter();
        InboxPage first = inbox.page(user, new InboxQuery(InboxQuery.Filter.ALL, null, InboxQuery.Sort.DUE_ASC, 0, 8));
        InboxPage overdue = inbox.page(user, new InboxQuery(InboxQuery.Filter.OVERDUE, null, null, 0, 1));
        Map<String, Object> model = new HashMap<>();
        model.put("queues", lists.queues(user));
        model.put("started", lists.startsProcesses(user) ? lists.startedCount(user) : null);
        model.put("tasks", first.tasks());
        model.put("total", first.totalLabel());
        model.put("overdue", overdue.totalLabel());
        model.put("overdueCount", overdue.total());
        model.put("due", DueBadges.of(first.tasks(), counter));
        return model;
    }
}
