package cn.laborcase.calendar;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.persistence.DeadlineMapper;
import cn.laborcase.calendar.persistence.DeadlineRow;
import cn.laborcase.calendar.process.DeadlineDependents;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory deadlines for every module: open one under a configured rule, extend, pause, resume, restart, close,
 * and read its due date, days left and status. The due date is derived and recomputed whenever an input changes
 * (including the calendar itself); linked user tasks and timer jobs follow in the same transaction, and every change
 * is audited.
 */
@Service
public class Deadlines {

    static final String TARGET = "DEADLINE";

    private final DeadlineMapper mapper;
    private final WorkingCalendar calendar;
    private final DeadlineDependents dependents;
    private final AuditJournal audit;
    private final ApplicationEventPublisher events;
    private final Map<String, DeadlineRule> rules;
    private final int dueSoonWorkingDays;
    private final ReminderPolicy reminders;
    private final Clock clock;

    Deadlines(
            DeadlineMapper mapper,
            WorkingCalendar calendar,
            DeadlineDependents dependents,
            AuditJournal audit,
            ApplicationEventPublisher events,
            DeadlineSettings settings,
            Clock clock) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.dependents = dependents;
        this.audit = audit;
        this.events = events;
        this.rules = settings.rules().stream()
                .collect(Collectors.toUnmodifiableMap(DeadlineRule::code, Function.identity()));
        this.dueSoonWorkingDays = settings.dueSoonWorkingDays();
        this.reminders = ReminderPolicy.of(settings);
        this.clock = clock;
    }

    /** The configured rules, by code. */
    public List<DeadlineRule> rules() {
        return rules.values().stream()
                .sorted(java.util.Comparator.comparing(DeadlineRule::code))
                .toList();
    }

    public ReminderPolicy reminderPolicy() {
        return reminders;
    }

    @Transactional
    public DeadlineView open(OpenDeadline command) {
        List<FieldProblem> problems = new ArrayList<>();
        DeadlineRule rule = command.ruleCode() == null ? null : rules.get(command.ruleCode());
        if (rule == null) {
            problems.add(new FieldProblem("ruleCode", "UnknownRule", "未配置的期限类型：" + command.ruleCode()));
        }
        if (command.start() == null) {
            problems.add(new FieldProblem("start", "NotNull", "请填写起算日期"));
        }
        if (command.owner() == null) {
            problems.add(new FieldProblem("owner", "NotNull", "请指定期限所属案件"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Deadline deadline = Deadline.open(rule, command);
        PeriodCalculator calc = calendar.calculator();
        deadline.apply(deadline.compute(calc));
        GeneratedKey key = new GeneratedKey();
        mapper.insert(row(deadline, Instant.now(clock), Actor.current()), key);
        long id = key.getId();
        for (String element : command.elementIds()) {
            mapper.insertElement(id, element);
        }
        DeadlineView view = get(new DeadlineId(id));
        audit.record(
                "DEADLINE_OPENED",
                TARGET,
                id,
                deadline.title() + "开始计算（" + command.owner().type() + " "
                        + command.owner().id() + "）",
                null,
                view.summary());
        follow(view, "期限开始计算");
        return view;
    }

    @Transactional(readOnly = true)
    public DeadlineView get(DeadlineId id) {
        return asOf(id, BeijingTime.today(clock));
    }

    /** The deadline as it stands on {@code today}: status and days left are relative to that day. */
    @Transactional(readOnly = true)
    public DeadlineView asOf(DeadlineId id, LocalDate today) {
        Deadline deadline = load(id);
        PeriodCalculator calc = calendar.calculator();
        return deadline.view(deadline.compute(calc), today, calc, dueSoonWorkingDays);
    }

    /**
     * Open deadlines due on or before {@code day}, earliest first, as they stand today: for the leaders' homes and the
     * overdue scan, which decide themselves whose they are (by the deadline's process).
     */
    @Transactional(readOnly = true)
    public List<DeadlineView> openDueBy(LocalDate day, int limit) {
        return openDueBy(day, 0, limit);
    }

    /** One page of {@link #openDueBy(LocalDate, int)}, for a scan over all of them. */
    @Transactional(readOnly = true)
    public List<DeadlineView> openDueBy(LocalDate day, int offset, int limit) {
        LocalDate today = BeijingTime.today(clock);
        return mapper.findOpenDueBy(day, offset, limit).stream()
                .map(id -> asOf(new DeadlineId(id), today))
                .toList();
    }

    /**
     * The owner's first open deadline of the rule, as {@link #forOwner} lists it, with only that deadline's extensions,
     * pauses and restarts read (a case has several deadlines; a caller after one need not assemble them all).
     */
    @Transactional(readOnly = true)
    public Optional<DeadlineView> openOf(DeadlineOwner owner, String ruleCode) {
        return mapper.findByOwner(owner.type(), owner.id()).stream()
                .filter(r -> r.ruleCode().equals(ruleCode) && r.closedOn() == null)
                .findFirst()
                .map(this::assemble)
                .map(d -> {
                    PeriodCalculator calc = calendar.calculator();
                    return d.view(d.compute(calc), BeijingTime.today(clock), calc, dueSoonWorkingDays);
                });
    }

    @Transactional(readOnly = true)
    public List<DeadlineView> forOwner(DeadlineOwner owner) {
        PeriodCalculator calc = calendar.calculator();
        LocalDate today = BeijingTime.today(clock);
        return mapper.findByOwner(owner.type(), owner.id()).stream()
                .map(this::assemble)
                .map(d -> d.view(d.compute(calc), today, calc, dueSoonWorkingDays))
                .toList();
    }

    /** 延期, within what the rule allows: a second extension where the law allows one is refused (409). */
    @Transactional
    public DeadlineView extend(DeadlineId id, int version, Extension extension) {
        Deadline deadline = load(id, version);
        String before = summaryOf(deadline);
        Extension granted = deadline.extend(extension);
        mapper.insertExtension(id.value(), granted, Instant.now(clock), Actor.current());
        return save(
                deadline,
                "DEADLINE_EXTENDED",
                deadline.title() + "延长" + extension.days()
                        + deadline.rule().unit().label() + "，" + extension.approvedBy() + "批准，理由：" + extension.reason(),
                before);
    }

    /** 中止 from a day: the clock stops, the due date is unknown until resumed, linked timers are suspended. */
    @Transactional
    public DeadlineView pause(DeadlineId id, int version, LocalDate from, String reason) {
        Deadline deadline = load(id, version);
        String before = summaryOf(deadline);
        Pause pause = deadline.pause(from, reason);
        mapper.insertPause(id.value(), pause, Instant.now(clock), Actor.current());
        return save(deadline, "DEADLINE_PAUSED", deadline.title() + "自" + from + "中止，理由：" + pause.reason(), before);
    }

    /** 恢复: counting resumes on {@code resumedOn}; the due date moves by the days paused. */
    @Transactional
    public DeadlineView resume(DeadlineId id, int version, LocalDate resumedOn) {
        Deadline deadline = load(id, version);
        String before = summaryOf(deadline);
        Pause pause = deadline.resume(resumedOn);
        mapper.resumePause(id.value(), resumedOn);
        return save(
                deadline,
                "DEADLINE_RESUMED",
                deadline.title() + "于" + resumedOn + "恢复计算，中止" + pause.days() + "日不计入",
                before);
    }

    /** 重新计算: the period begins again from {@code newStart} (办案规则 §46). */
    @Transactional
    public DeadlineView restart(DeadlineId id, int version, LocalDate newStart, String reason) {
        Deadline deadline = load(id, version);
        String before = summaryOf(deadline);
        Restart restart = deadline.restart(newStart, reason);
        mapper.insertRestart(id.value(), restart, Instant.now(clock), Actor.current());
        return save(
                deadline,
                "DEADLINE_RESTARTED",
                deadline.title() + "自" + newStart + "重新计算，理由：" + restart.reason(),
                before);
    }

    /** The step the deadline governs is done (e.g. the award was issued): no more changes. */
    @Transactional
    public DeadlineView close(DeadlineId id, int version, LocalDate closedOn) {
        Deadline deadline = load(id, version);
        String before = summaryOf(deadline);
        deadline.close(closedOn);
        return save(deadline, "DEADLINE_CLOSED", deadline.title() + "于" + closedOn + "结束", before);
    }

    /** Links the process whose user tasks and timer events (by element id) follow this deadline. */
    @Transactional
    public DeadlineView link(DeadlineId id, String processInstanceId, Set<String> elementIds) {
        Deadline deadline = load(id);
        Set<String> known = new LinkedHashSet<>(deadline.elements());
        deadline.link(processInstanceId, elementIds);
        for (String element : elementIds) {
            if (known.add(element)) {
                mapper.insertElement(id.value(), element);
            }
        }
        DeadlineView view = save(
                deadline,
                "DEADLINE_LINKED",
                deadline.title() + "与办理流程关联（" + elementIds.size() + "处期限节点）",
                summaryOf(deadline));
        follow(view, "期限关联流程");
        return view;
    }

    /** The end of the due day (Beijing time). While paused: as if counting resumed tomorrow. */
    @Transactional(readOnly = true)
    public Instant dueAt(DeadlineId id) {
        return BeijingTime.endOf(effectiveDueDate(load(id), calendar.calculator()));
    }

    /** When the assignee is reminded, per {@code laborcase.deadlines.reminder}. */
    @Transactional(readOnly = true)
    public Instant reminderAt(DeadlineId id) {
        PeriodCalculator calc = calendar.calculator();
        return reminders.remindAt(effectiveDueDate(load(id), calc), calc);
    }

    /** The first instant of breach: the start of the day after the due date. */
    @Transactional(readOnly = true)
    public Instant breachAt(DeadlineId id) {
        return reminders.escalateAt(effectiveDueDate(load(id), calendar.calculator()));
    }

    @Transactional(readOnly = true)
    public ReminderPolicy.Plan reminderPlan(DeadlineId id, String officeCode) {
        PeriodCalculator calc = calendar.calculator();
        return reminders.plan(effectiveDueDate(load(id), calc), officeCode, calc);
    }

    /**
     * Recomputes the open deadlines a change of the schedule between {@code from} and {@code to} may move, makes
     * their tasks and timers follow, audits each, and publishes one {@link DeadlinesRecomputed}.
     */
    @Transactional
    RecomputeOutcome recomputeAffected(LocalDate from, LocalDate to, String cause) {
        PeriodCalculator calc = calendar.calculator();
        List<DeadlineId> changed = new ArrayList<>();
        List<MovedTask> moved = new ArrayList<>();
        for (long rawId : mapper.findOpenAffected(from, to)) {
            Deadline deadline = load(new DeadlineId(rawId));
            ComputedPeriod period = deadline.compute(calc);
            if (java.util.Objects.equals(period.dueDate(), deadline.dueDate())
                    && period.provisional() == deadline.provisional()) {
                continue;
            }
            String before = summaryOf(deadline);
            boolean dueMoved = deadline.apply(period);
            write(deadline);
            DeadlineView view = deadline.view(period, BeijingTime.today(clock), calc, dueSoonWorkingDays);
            audit.record(
                    "DEADLINE_RECOMPUTED",
                    TARGET,
                    rawId,
                    deadline.title() + "因" + cause + "重新计算",
                    before,
                    view.summary());
            changed.add(view.id());
            if (dueMoved) {
                moved.addAll(moveTasks(view, cause));
            }
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new DeadlinesRecomputed(cause, changed, moved));
        }
        return new RecomputeOutcome(changed, moved);
    }

    record RecomputeOutcome(List<DeadlineId> deadlines, List<MovedTask> movedTasks) {}

    private DeadlineView save(Deadline deadline, String action, String summary, String before) {
        PeriodCalculator calc = calendar.calculator();
        ComputedPeriod period = deadline.compute(calc);
        boolean moved = deadline.apply(period);
        write(deadline);
        DeadlineView view = deadline.view(period, BeijingTime.today(clock), calc, dueSoonWorkingDays);
        audit.record(action, TARGET, deadline.id(), summary, before, view.summary());
        if (moved) {
            follow(view, summary);
        }
        return view;
    }

    private void follow(DeadlineView view, String cause) {
        List<MovedTask> moved = moveTasks(view, cause);
        if (!moved.isEmpty()) {
            events.publishEvent(new DeadlinesRecomputed(cause, List.of(view.id()), moved));
        }
    }

    private List<MovedTask> moveTasks(DeadlineView view, String cause) {
        List<MovedTask> moved =
                dependents.follow(view.id().value(), view.processInstanceId(), view.linkedElements(), view.dueDate());
        for (MovedTask task : moved) {
            audit.record(
                    "TASK_DUE_MOVED",
                    "TASK",
                    task.taskId(),
                    "任务「" + task.taskName() + "」期限随" + view.ruleName() + "期限调整（" + cause + "），待通知"
                            + (task.assignee() == null ? "候选办理人" : "办理人 " + task.assignee()),
                    String.valueOf(task.oldDueDate()),
                    task.newDueDate() == null ? "中止中" : task.newDueDate().toString());
        }
        return moved;
    }

    private void write(Deadline deadline) {
        int rows = mapper.update(
                deadline.id(),
                deadline.version(),
                deadline.start(),
                deadline.processInstanceId(),
                deadline.dueDate(),
                deadline.provisional(),
                deadline.closedOn() == null ? "OPEN" : "CLOSED",
                deadline.closedOn());
        if (rows == 0) {
            throw ConflictException.concurrentEdit(deadline.title());
        }
        deadline.written();
    }

    private LocalDate effectiveDueDate(Deadline deadline, PeriodCalculator calc) {
        if (deadline.dueDate() != null) {
            return deadline.dueDate();
        }
        return deadline.projectResumingOn(BeijingTime.today(clock).plusDays(1), calc)
                .dueDate();
    }

    private Deadline load(DeadlineId id, int expectedVersion) {
        Deadline deadline = load(id);
        if (deadline.version() != expectedVersion) {
            throw ConflictException.concurrentEdit(deadline.title());
        }
        return deadline;
    }

    private Deadline load(DeadlineId id) {
        return assemble(mapper.findById(id.value()).orElseThrow(() -> new NotFoundException("期限", id)));
    }

    private Deadline assemble(DeadlineRow row) {
        DeadlineRule rule = new DeadlineRule(
                row.ruleCode(),
                row.ruleName(),
                row.legalBasis(),
                PeriodUnit.valueOf(row.unit()),
                row.lengthDays(),
                row.maxExtensions(),
                row.maxExtensionDays(),
                row.extensionBasis(),
                row.pauseBasis(),
                row.restartBasis(),
                List.of());
        // the grounds are not stored with the deadline: they follow the configured rule of the same code
        DeadlineRule configured = rules.get(row.ruleCode());
        if (configured != null) {
            rule = rule.withRestartGrounds(configured.restartGrounds());
        }
        return new Deadline(
                row.id(),
                rule,
                row.originalStart(),
                row.startDate(),
                new DeadlineOwner(row.ownerType(), row.ownerId()),
                row.processInstanceId(),
                new LinkedHashSet<>(mapper.findElements(row.id())),
                mapper.findExtensions(row.id()),
                mapper.findPauses(row.id()),
                mapper.findRestarts(row.id()),
                row.closedOn(),
                row.dueDate(),
                row.provisional(),
                row.version());
    }

    private static DeadlineRow row(Deadline d, Instant now, String actor) {
        DeadlineRule rule = d.rule();
        return new DeadlineRow(
                null,
                rule.code(),
                rule.name(),
                rule.legalBasis(),
                rule.unit().name(),
                rule.length(),
                rule.maxExtensions(),
                rule.maxExtensionDays(),
                rule.extensionBasis(),
                rule.pauseBasis(),
                rule.restartBasis(),
                d.originalStart(),
                d.start(),
                d.owner().type(),
                d.owner().id(),
                d.processInstanceId(),
                d.dueDate(),
                d.provisional(),
                "OPEN",
                null,
                now,
                actor,
                0);
    }

    private static String summaryOf(Deadline d) {
        StringBuilder s = new StringBuilder(d.rule().legalBasis())
                .append("：")
                .append(d.totalDays())
                .append(d.rule().unit().label())
                .append("，自")
                .append(d.start())
                .append("起算，");
        s.append(d.dueDate() == null ? "中止中" : d.dueDate() + "届满");
        if (d.provisional()) {
            s.append("（暂定）");
        }
        return s.toString();
    }
}
