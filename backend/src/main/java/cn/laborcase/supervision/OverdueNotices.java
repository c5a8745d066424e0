package cn.laborcase.supervision;

import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.notification.Notifications;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.GroupIds;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.supervision.persistence.OverdueNoticeMapper;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskLists;
import cn.laborcase.workflow.TaskView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Overdue notices (超期提醒): when an open task's due instant or a statutory deadline's due day has passed, its holder
 * (the assignee, or while nobody holds it the members of its candidate groups) and the leaders of its office get one
 * in-app notice each, exactly once. Run by {@link OverdueWatch} every few minutes (docs/notifications.md, "Overdue
 * notices": why a scan and not an engine timer).
 *
 * <p>Exactly once across restarts and nodes: each item is announced in a transaction of its own that first inserts
 * its marker ({@code overdue_notice}, key: item, due instant) and then writes the notices. A second scan — another
 * node at the same moment, or this node after a restart — finds the marker (or blocks on its key until the first
 * commits and then fails with a duplicate key, rolling back its own notices).
 */
@Service
public class OverdueNotices {

    static final String TASK = "TASK";
    static final String DEADLINE = "DEADLINE";
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(OverdueNotices.class);

    private final TaskLists lists;
    private final TaskInbox inbox;
    private final Deadlines deadlines;
    private final OrganizationDirectory directory;
    private final Notifications notifications;
    private final OverdueNoticeMapper markers;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    OverdueNotices(
            TaskLists lists,
            TaskInbox inbox,
            Deadlines deadlines,
            OrganizationDirectory directory,
            Notifications notifications,
            OverdueNoticeMapper markers,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.lists = lists;
        this.inbox = inbox;
        this.deadlines = deadlines;
        this.directory = directory;
        this.notifications = notifications;
        this.markers = markers;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Announces every item overdue now and not announced yet; returns how many items this call announced. */
    public int scan() {
        Instant now = Instant.now(clock);
        int announced = 0;
        // tasks: every open task due before now (wf_task_open_due_ix), earliest first
        List<TaskView> overdue = lists.openDueBefore(null, now, Integer.MAX_VALUE);
        for (TaskView task : overdue) {
            if (announceTask(task, now)) {
                announced++;
            }
        }
        // deadlines: open and due before today (a deadline is met until the end of its due day)
        LocalDate lastDay = BeijingTime.today(clock).minusDays(1);
        List<DeadlineView> page;
        int offset = 0;
        do {
            page = deadlines.openDueBy(lastDay, offset, BATCH);
            for (DeadlineView deadline : page) {
                if (announceDeadline(deadline, now)) {
                    announced++;
                }
            }
            offset += BATCH;
        } while (page.size() == BATCH);
        return announced;
    }

    private boolean announceTask(TaskView task, Instant now) {
        if (!markers.announced(TASK, List.of(task.id()), task.dueAt()).isEmpty()) {
            return false;
        }
        String subject = "「" + task.name() + "」" + (task.caseTitle() == null ? "" : "（" + task.caseTitle() + "）");
        return announce(TASK, task.id(), task.dueAt(), task, "任务已超期：" + subject, "督办：本机构任务已超期 " + subject, now);
    }

    private boolean announceDeadline(DeadlineView deadline, Instant now) {
        String id = Long.toString(deadline.id().value());
        if (deadline.dueAt() == null
                || deadline.processInstanceId() == null
                || !markers.announced(DEADLINE, List.of(id), deadline.dueAt()).isEmpty()) {
            return false;
        }
        List<TaskView> open = inbox.openTasks(deadline.processInstanceId());
        if (open.isEmpty()) {
            return false;
        }
        TaskView task = open.get(0);
        String subject =
                "「" + deadline.ruleName() + "」" + (task.caseTitle() == null ? "" : "（" + task.caseTitle() + "）");
        return announce(DEADLINE, id, deadline.dueAt(), task, "法定期限已届满：" + subject, "督办：本机构法定期限已届满 " + subject, now);
    }

    /** One item in its own transaction: the marker first (the guard), then the notices. */
    private boolean announce(
            String type, String id, Instant dueAt, TaskView task, String holderTitle, String leaderTitle, Instant now) {
        Set<String> holders = new LinkedHashSet<>();
        if (task.assignee() != null) {
            holders.add(task.assignee());
        } else {
            directory.colleagues(task.candidateGroups(), null).stream()
                    .map(Colleague::username)
                    .forEach(holders::add);
        }
        Set<String> leaders = new LinkedHashSet<>();
        if (task.officeCode() != null) {
            directory.colleagues(List.of(GroupIds.officeLeaders(task.officeCode())), null).stream()
                    .map(Colleague::username)
                    .filter(u -> !holders.contains(u))
                    .forEach(leaders::add);
        }
        String link = "/tasks/" + task.id();
        try {
            ownTransaction.executeWithoutResult(tx -> {
                markers.insert(
                        type, id, dueAt, task.officeCode(), cut(holderTitle), now, holders.size() + leaders.size());
                holders.forEach(u -> notifications.notifyStaff(u, cut(holderTitle), link));
                leaders.forEach(u -> notifications.notifyStaff(u, cut(leaderTitle), link));
            });
            return true;
        } catch (DuplicateKeyException e) {
            log.debug("{} {} was announced by another scan", type, id);
            return false;
        }
    }

    private static String cut(String title) {
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }
}
