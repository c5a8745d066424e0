package cn.laborcase.supervision;

import cn.laborcase.calendar.DaysLeft;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.WorkingDays;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.supervision.persistence.OverdueNoticeMapper;
import cn.laborcase.workflow.CaseLinks;
import cn.laborcase.workflow.InboxQuery;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskLists;
import cn.laborcase.workflow.TaskView;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leader's home (领导首页): what in his offices is overdue or due within {@link DaysLeft#AMBER_WORKING_DAYS}
 * working days — open tasks by their due date, statutory deadlines by their due day — who holds each, grouped by grid
 * and by person, overdue first; and what waits for him. Only the offices {@code DataScope} gives a leader (his own and
 * those below it).
 */
@Service
public class OfficeBoard {

    /** Items read per kind: a leader's page is not an export. */
    static final int LIMIT = 200;

    /** How far ahead to read before counting working days: a week holds any 2 working days, holidays included. */
    static final Duration LOOK_AHEAD = Duration.ofDays(12);

    private final TaskLists lists;
    private final TaskInbox inbox;
    private final Deadlines deadlines;
    private final WorkingDays workingDays;
    private final OverdueNoticeMapper notices;
    private final CaseLinks caseLinks;

    OfficeBoard(
            TaskLists lists,
            TaskInbox inbox,
            Deadlines deadlines,
            WorkingDays workingDays,
            OverdueNoticeMapper notices,
            CaseLinks caseLinks) {
        this.caseLinks = caseLinks;
        this.lists = lists;
        this.inbox = inbox;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.notices = notices;
    }

    @Transactional(readOnly = true)
    public BoardView board(CurrentUser leader) {
        if (!leader.isLeader()) {
            return new BoardView(List.of(), Map.of(), Map.of(), List.of(), 0, 0);
        }
        WorkingDays.Counter counter = workingDays.counter();
        Set<String> offices = Set.copyOf(leader.officeCodes());
        List<TaskView> tasks = lists.openDueBefore(offices, counter.now().plus(LOOK_AHEAD), LIMIT);
        List<Located> located = new ArrayList<>();
        for (TaskView t : tasks) {
            located.add(new Located(t, null, t.officeCode(), t.gridCode()));
        }
        LocalDate horizon = counter.today().plusDays(LOOK_AHEAD.toDays());
        for (DeadlineView d : deadlines.openDueBy(horizon, LIMIT)) {
            if (d.processInstanceId() == null) {
                continue; // a deadline of no process has no office to place it in
            }
            List<TaskView> open = inbox.openTasks(d.processInstanceId());
            if (!open.isEmpty() && offices.contains(open.get(0).officeCode())) {
                located.add(new Located(
                        open.get(0), d, open.get(0).officeCode(), open.get(0).gridCode()));
            }
        }
        Set<String> groups = new HashSet<>();
        located.forEach(l -> groups.addAll(l.task().candidateGroups()));
        Map<String, String> queueLabels = lists.queueLabels(groups);
        Map<String, String> gridNames = lists.gridNames(
                located.stream().map(Located::gridCode).filter(g -> g != null).collect(Collectors.toSet()));
        Map<String, String> officeNames = lists.officeNames(
                located.stream().map(Located::officeCode).filter(o -> o != null).collect(Collectors.toSet()));
        Set<String> announcedTasks = Set.copyOf(notices.announcedTasks(located.stream()
                .filter(l -> l.deadline() == null)
                .map(l -> l.task().id())
                .toList()));

        List<BoardItem> items = new ArrayList<>();
        for (Located l : located) {
            TaskView t = l.task();
            String place = l.gridCode() != null
                    ? gridNames.getOrDefault(l.gridCode(), "网格")
                    : officeNames.getOrDefault(l.officeCode(), "本机构");
            String holder = t.assignee() != null
                    ? (t.assigneeName() != null ? t.assigneeName() : "办理人")
                    : "待签收："
                            + t.candidateGroups().stream()
                                    .map(g -> queueLabels.getOrDefault(g, "候选人"))
                                    .map(label -> label.replace("待签收", ""))
                                    .collect(Collectors.joining("、"));
            if (l.deadline() == null) {
                DaysLeft left = counter.until(t.dueAt());
                if (left != null && (left.overdue() || left.dueSoon())) {
                    items.add(new BoardItem(
                            "任务",
                            t.name(),
                            t.caseTitle(),
                            caseLinks.number(t),
                            place,
                            holder,
                            t.dueAt(),
                            left,
                            "/tasks/" + t.id(),
                            announcedTasks.contains(t.id())));
                }
            } else {
                DeadlineView d = l.deadline();
                DaysLeft left = counter.until(d.dueDate());
                if (left != null && (left.overdue() || left.dueSoon())) {
                    items.add(new BoardItem(
                            "期限",
                            d.ruleName(),
                            t.caseTitle(),
                            caseLinks.number(t),
                            place,
                            holder,
                            d.dueAt(),
                            left,
                            "/tasks/" + t.id(),
                            false));
                }
            }
        }
        items.sort(Comparator.comparing((BoardItem i) -> !i.overdue())
                .thenComparingInt(i -> i.daysLeft().workingDays())
                .thenComparing(BoardItem::dueAt));
        Map<String, List<BoardItem>> byGrid = new LinkedHashMap<>();
        Map<String, List<BoardItem>> byPerson = new LinkedHashMap<>();
        for (BoardItem i : items) {
            byGrid.computeIfAbsent(i.place(), k -> new ArrayList<>()).add(i);
            byPerson.computeIfAbsent(i.holder(), k -> new ArrayList<>()).add(i);
        }
        List<TaskView> mine = inbox.page(leader, new InboxQuery(InboxQuery.Filter.ALL, null, null, 0, 10))
                .tasks();
        long overdue = items.stream().filter(BoardItem::overdue).count();
        return new BoardView(items, byGrid, byPerson, mine, overdue, items.size() - overdue);
    }

    private record Located(TaskView task, DeadlineView deadline, String officeCode, String gridCode) {}
}
