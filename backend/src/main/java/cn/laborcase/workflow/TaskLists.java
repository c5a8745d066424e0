package cn.laborcase.workflow;

import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.Page;
import cn.laborcase.shared.PageRequest;
import cn.laborcase.workflow.persistence.ProcessStartMapper;
import cn.laborcase.workflow.persistence.QueueCountRow;
import cn.laborcase.workflow.persistence.TaskMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task lists around the inbox: the queues of a home page (待办 per queue), 已办 (what I completed), 我发起的
 * (what I started), the open tasks due before an instant (the leader's home, the overdue scan), and bulk claim and
 * transfer. Each task of a bulk action goes through {@link TaskInbox} on its own, in its own transaction, checked
 * against the user's right on that task: one refused task does not undo the others.
 */
@Service
public class TaskLists {

    /** At most this many tasks in one bulk action. */
    public static final int MAX_BULK = 100;

    private final TaskMapper tasks;
    private final ProcessStartMapper starts;
    private final TaskInbox inbox;
    private final DataScope dataScope;
    private final OrganizationDirectory directory;
    private final CaseLinks caseLinks;

    TaskLists(
            TaskMapper tasks,
            ProcessStartMapper starts,
            TaskInbox inbox,
            DataScope dataScope,
            OrganizationDirectory directory,
            CaseLinks caseLinks) {
        this.caseLinks = caseLinks;
        this.tasks = tasks;
        this.starts = starts;
        this.inbox = inbox;
        this.dataScope = dataScope;
        this.directory = directory;
    }

    /**
     * The user's queues with their counts: his own open tasks, then each of his candidate groups' unclaimed ones, by
     * name (东湖街道网格 · 监察员), not by group id.
     */
    @Transactional(readOnly = true)
    public List<QueueCount> queues(CurrentUser user) {
        var scope = dataScope.inbox(user);
        List<String> groups = List.copyOf(scope.groups());
        Map<String, Long> pools = groups.isEmpty()
                ? Map.of()
                : tasks.countPools(groups).stream()
                        .collect(Collectors.toMap(QueueCountRow::code, QueueCountRow::counted));
        Map<String, String> names = names(groups);
        List<QueueCount> queues = new ArrayList<>();
        queues.add(new QueueCount("MINE", "我的在办", tasks.countHeld(user.username()), "/inbox?filter=MINE"));
        for (String group : groups.stream().sorted().toList()) {
            if (group.startsWith("staff:") && pools.getOrDefault(group, 0L) == 0) {
                // the personal group (tasks drawn for named people, e.g. a patrol's pair) shows only when it has some
                continue;
            }
            queues.add(new QueueCount(
                    group, queueLabel(group, names), pools.getOrDefault(group, 0L), "/inbox?filter=GROUPS"));
        }
        return queues;
    }

    /** 已办: the tasks the user completed, newest first. */
    @Transactional(readOnly = true)
    public Page<TaskView> done(CurrentUser user, PageRequest page) {
        List<TaskView> rows = tasks.findCompletedBy(user.username(), page.offset(), page.size()).stream()
                .map(r -> TaskInbox.view(r, List.of()))
                .toList();
        return Page.of(rows, tasks.countCompletedBy(user.username()), page);
    }

    /** 我发起的: the processes the user started, newest first, with their open steps. */
    @Transactional(readOnly = true)
    public Page<StartedProcess> started(CurrentUser user, PageRequest page) {
        List<StartedProcess> rows = starts.findByStarter(user.username(), page.offset(), page.size()).stream()
                .map(r -> new StartedProcess(
                        r.processInstanceId(),
                        r.processName() != null ? r.processName() : "流程",
                        caseLinks.number(r.processKey(), r.businessKey()),
                        r.caseTitle(),
                        r.startedAt(),
                        r.openSteps(),
                        r.openTasks()))
                .toList();
        return Page.of(rows, starts.countByStarter(user.username()), page);
    }

    /** How many processes the user started (the 我发起的 card of his home). */
    @Transactional(readOnly = true)
    public long startedCount(CurrentUser user) {
        return starts.countByStarter(user.username());
    }

    /** Does the user's role start processes (a 我发起的 list makes sense)? */
    public boolean startsProcesses(CurrentUser user) {
        return dataScope.canRegisterComplaints(user);
    }

    /**
     * Open tasks due before {@code before}, earliest first, of these offices ({@code null}: all offices — for the
     * overdue scan, which acts for the system, not for a user), with their candidate groups.
     */
    @Transactional(readOnly = true)
    public List<TaskView> openDueBefore(Collection<String> officeCodes, Instant before, int limit) {
        if (officeCodes != null && officeCodes.isEmpty()) {
            return List.of();
        }
        return tasks.findOpenDueBefore(officeCodes == null ? null : List.copyOf(officeCodes), before, limit).stream()
                .map(r -> TaskInbox.view(r, tasks.findCandidates(r.id())))
                .toList();
    }

    /** Grid names by code (the leader's home groups by grid by name). */
    @Transactional(readOnly = true)
    public Map<String, String> gridNames(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return tasks.gridNames(List.copyOf(codes)).stream()
                .collect(Collectors.toMap(QueueCountRow::code, QueueCountRow::label));
    }

    /** Office names by code. */
    @Transactional(readOnly = true)
    public Map<String, String> officeNames(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return tasks.officeNames(List.copyOf(codes)).stream()
                .collect(Collectors.toMap(QueueCountRow::code, QueueCountRow::label));
    }

    /** Chinese labels of candidate groups ("东湖街道网格 · 监察员待签收"), by group id. */
    @Transactional(readOnly = true)
    public Map<String, String> queueLabels(Collection<String> groups) {
        List<String> list = List.copyOf(new LinkedHashSet<>(groups));
        Map<String, String> names = names(list);
        return list.stream().collect(Collectors.toMap(g -> g, g -> queueLabel(g, names)));
    }

    /** Whom the user may transfer tasks to in bulk: his groups' members and his office's colleagues, not himself. */
    @Transactional(readOnly = true)
    public List<Colleague> transferTargets(CurrentUser user) {
        return directory.colleagues(user.groups(), user.officeCode()).stream()
                .filter(c -> !c.username().equals(user.username()))
                .toList();
    }

    /** Bulk claim (批量签收): each task checked and claimed on its own; the outcome per task, in the order given. */
    public List<BulkOutcome> claimAll(CurrentUser user, List<String> taskIds) {
        return each(taskIds, id -> inbox.claim(user, id), t -> "已签收");
    }

    /**
     * Bulk transfer (批量转办) to one colleague with one reason; the reason and the colleague are checked first (400
     * naming the field), then each task on its own.
     */
    public List<BulkOutcome> transferAll(CurrentUser user, List<String> taskIds, String toUsername, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (toUsername == null || toUsername.isBlank()) {
            problems.add(new FieldProblem("assignee", "NotBlank", "请选择转办接收人"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "NotBlank", "请填写转办理由"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return each(
                taskIds,
                id -> inbox.transfer(user, id, toUsername.strip(), reason),
                t -> "已转办给 " + (t.assigneeName() != null ? t.assigneeName() : "接收人"));
    }

    private static List<BulkOutcome> each(
            List<String> taskIds, Function<String, TaskView> action, Function<TaskView, String> success) {
        List<String> ids = taskIds == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(taskIds.stream()
                        .filter(id -> id != null && !id.isBlank())
                        .toList()));
        if (ids.isEmpty()) {
            throw new InvalidInputException("taskIds", "NotEmpty", "请至少勾选一项任务");
        }
        if (ids.size() > MAX_BULK) {
            throw new InvalidInputException("taskIds", "Size", "一次最多处理 " + MAX_BULK + " 项任务");
        }
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (String id : ids) {
            try {
                TaskView task = action.apply(id);
                outcomes.add(new BulkOutcome(id, task.name(), task.caseTitle(), true, success.apply(task)));
            } catch (NotFoundException e) {
                // not his task: the same answer as for one that does not exist
                outcomes.add(new BulkOutcome(id, null, null, false, "任务不存在或不在您的范围内"));
            } catch (DomainException e) {
                String message = e instanceof InvalidInputException invalid
                                && !invalid.problems().isEmpty()
                        ? invalid.problems().stream().map(FieldProblem::message).collect(Collectors.joining("；"))
                        : e.getMessage();
                outcomes.add(new BulkOutcome(id, null, null, false, message));
            }
        }
        return outcomes;
    }

    private Map<String, String> names(List<String> groups) {
        List<String> grids = new ArrayList<>();
        List<String> offices = new ArrayList<>();
        for (String g : groups) {
            String[] parts = g.split(":");
            if (parts.length == 3) {
                (parts[0].equals("grid") ? grids : offices).add(parts[1]);
            }
        }
        Map<String, String> names = new java.util.HashMap<>();
        if (!grids.isEmpty()) {
            tasks.gridNames(grids).forEach(r -> names.put("grid:" + r.code(), r.label()));
        }
        if (!offices.isEmpty()) {
            tasks.officeNames(offices).forEach(r -> names.put("office:" + r.code(), r.label()));
        }
        return names;
    }

    private static String queueLabel(String group, Map<String, String> names) {
        String[] parts = group.split(":");
        if (group.startsWith("staff:")) {
            return "指派本人待签收";
        }
        if (parts.length != 3) {
            return "其他待签收";
        }
        String place = names.getOrDefault(parts[0] + ":" + parts[1], parts[0].equals("grid") ? "本网格" : "本机构");
        String who =
                switch (parts[2]) {
                    case "leaders" -> "领导";
                    case "inspectors" -> "监察员";
                    case "assistants" -> "协管员";
                    default ->
                        java.util.Arrays.stream(Role.values())
                                .filter(r -> r.groupName().equals(parts[2]))
                                .map(Role::label)
                                .findFirst()
                                .orElse("人员");
                };
        return place + " · " + who + "待签收";
    }

    /** A queue of the home page: its label, how many tasks wait in it, and the inbox that shows them. */
    public record QueueCount(String key, String label, long count, String link) {}

    /** A process the user started (我发起的), with its open steps now. */
    public record StartedProcess(
            String processInstanceId,
            String processName,
            String caseNumber,
            String caseTitle,
            Instant startedAt,
            String openStep,
            long openTasks) {

        public boolean ended() {
            return openTasks == 0;
        }
    }

    /** One task's outcome of a bulk action: done, or refused with the reason in Chinese. */
    public record BulkOutcome(String taskId, String taskName, String caseTitle, boolean ok, String message) {}
}
