package cn.laborcase.patrol;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.patrol.PatrolDraw.Candidate;
import cn.laborcase.patrol.PatrolDraw.Conflict;
import cn.laborcase.patrol.PatrolDraw.DrawnItem;
import cn.laborcase.patrol.persistence.PatrolMapper;
import cn.laborcase.patrol.persistence.PatrolRows.ConflictRow;
import cn.laborcase.patrol.persistence.PatrolRows.GridRow;
import cn.laborcase.patrol.persistence.PatrolRows.HistoryRow;
import cn.laborcase.patrol.persistence.PatrolRows.InputRow;
import cn.laborcase.patrol.persistence.PatrolRows.ItemRow;
import cn.laborcase.patrol.persistence.PatrolRows.PlanRow;
import cn.laborcase.patrol.persistence.PatrolRows.RegistryRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly patrol plans (巡视计划) by 双随机、一公开 (国办发〔2015〕58号): draws a grid's plan for a month (by the monthly
 * timer or by a leader's hand), records everything the draw read so it can be re-run, starts one patrol task per
 * drawn employer for the drawn pair, due at the month's end.
 */
@Service
public class PatrolPlans {

    /** The actor of the monthly timer's draws. */
    public static final String SYSTEM = "system";

    /** The process of one patrol (patrol-plan.bpmn); its business key is the item's id. */
    public static final String PATROL_PROCESS = "patrol-record";

    private static final Logger log = LoggerFactory.getLogger(PatrolPlans.class);

    private final PatrolMapper mapper;
    private final PatrolDraw draw;
    private final PatrolSettings settings;
    private final DataScope scope;
    private final AuditJournal audit;
    private final ProcessStarter starter;
    private final OrganizationNames names;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    PatrolPlans(
            PatrolMapper mapper,
            PatrolDrawSettings drawSettings,
            PatrolSettings settings,
            DataScope scope,
            AuditJournal audit,
            ProcessStarter starter,
            OrganizationNames names,
            Clock clock) {
        this.mapper = mapper;
        this.draw = new PatrolDraw(drawSettings);
        this.settings = settings;
        this.scope = scope;
        this.audit = audit;
        this.starter = starter;
        this.names = names;
        this.clock = clock;
    }

    /** The month as {@code yyyy-MM}, or a 400 naming 月份. */
    public static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("month", "Required", "请选择月份");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "Format", "月份格式不正确，应为“2026-12”");
        }
    }

    /** The current month in Beijing time. */
    public YearMonth currentMonth() {
        return YearMonth.from(BeijingTime.today(clock));
    }

    /**
     * A leader (of the grid's office or an office above it) or an administrator starts a grid's plan by hand. A
     * second start of the same month is a 409; a grid of another office is a 404.
     */
    @Transactional
    public PatrolPlanView start(CurrentUser user, String gridCode, YearMonth month) {
        GridRow grid = gridOf(gridCode)
                .filter(g ->
                        user.isAdmin() || (user.isLeader() && user.officeCodes().contains(g.officeCode())))
                .orElseThrow(() -> new NotFoundException("网格", gridCode));
        if (month.isBefore(currentMonth())) {
            throw new InvalidInputException("month", "Past", "不能为已经过去的月份抽取巡视计划");
        }
        if (mapper.findPlan(grid.code(), month.toString()).isPresent()) {
            throw new ConflictException("PlanExists", names.grid(grid.code()) + label(month) + "的巡视计划已经抽取，不能重复抽取");
        }
        PlanRow plan = drawAndRecord(grid, month, user.username());
        return view(plan, grid);
    }

    /**
     * The monthly timer: draws the month's plan of every active grid of the offices the timer serves, once — a grid
     * that already has the month's plan keeps it (a retried job draws nothing twice). A grid with fewer than two
     * inspectors or without employers is skipped (logged): its leader draws by hand once it has them.
     *
     * @return the ids of the month's plans (new and existing)
     */
    @Transactional
    public List<Long> drawMonth(YearMonth month) {
        List<Long> plans = new ArrayList<>();
        for (GridRow grid : mapper.activeGrids()) {
            if (!settings.timerDraws(grid.officeCode())) {
                continue;
            }
            Optional<PlanRow> existing = mapper.findPlan(grid.code(), month.toString());
            if (existing.isPresent()) {
                plans.add(existing.get().id());
                continue;
            }
            if (mapper.pool(grid.code()).size() < 2
                    || mapper.registry(grid.code()).isEmpty()) {
                log.info(
                        "patrol plan of grid {} for {} not drawn: fewer than two inspectors or no employers",
                        grid.code(),
                        month);
                continue;
            }
            plans.add(drawAndRecord(grid, month, SYSTEM).id());
        }
        return plans;
    }

    /** The recorded draw of a grid's month and its results so far; another office's grid or no plan: 404. */
    @Transactional(readOnly = true)
    public PatrolPlanView plan(CurrentUser user, String gridCode, YearMonth month) {
        GridRow grid = visibleGrid(user, gridCode);
        PlanRow plan = mapper.findPlan(grid.code(), month.toString())
                .orElseThrow(() -> new NotFoundException("巡视计划", gridCode + " " + month));
        return view(plan, grid);
    }

    /** {@link #plan(CurrentUser, String, YearMonth)} with the month as text (default: this month), read after the scope. */
    @Transactional(readOnly = true)
    public PatrolPlanView plan(CurrentUser user, String gridCode, String month) {
        visibleGrid(user, gridCode);
        return plan(user, gridCode, month == null || month.isBlank() ? currentMonth() : month(month));
    }

    /** {@link #rerun(CurrentUser, String, YearMonth)} with the month as text (default: this month). */
    @Transactional
    public DrawAudit rerun(CurrentUser user, String gridCode, String month) {
        visibleGrid(user, gridCode);
        return rerun(user, gridCode, month == null || month.isBlank() ? currentMonth() : month(month));
    }

    /** The plan of a grid's month if there is one (the plan page shows the start button otherwise). */
    @Transactional(readOnly = true)
    public Optional<PatrolPlanView> find(CurrentUser user, String gridCode, YearMonth month) {
        GridRow grid = visibleGrid(user, gridCode);
        return mapper.findPlan(grid.code(), month.toString()).map(p -> view(p, grid));
    }

    /**
     * Re-runs the recorded draw from its seed and its recorded inputs (the registry, the pool and the conflicts as the
     * draw read them) and compares it with what was recorded.
     */
    @Transactional
    public DrawAudit rerun(CurrentUser user, String gridCode, YearMonth month) {
        PatrolPlanView plan = plan(user, gridCode, month);
        List<Candidate> registry =
                mapper.inputs(plan.id()).stream().map(PatrolPlans::candidate).toList();
        Set<Conflict> conflicts = mapper.planConflicts(plan.id()).stream()
                .map(c -> new Conflict(c.inspector(), c.employerId()))
                .collect(Collectors.toSet());
        List<DrawnItem> again = draw.draw(plan.seed(), month, registry, plan.pool(), conflicts);
        List<DrawnItem> recorded = plan.items().stream()
                .map(i -> new DrawnItem(i.employerId(), i.grade(), DrawReason.valueOf(i.reason()), i.inspectors()))
                .toList();
        Map<Long, String> employerNames = plan.items().stream()
                .collect(Collectors.toMap(PatrolItemView::employerId, PatrolItemView::employerName));
        List<DrawAudit.Line> lines = new ArrayList<>();
        for (DrawnItem item : again) {
            lines.add(new DrawAudit.Line(
                    employerNames.getOrDefault(item.employerId(), "（未在计划中）"),
                    item.reason().label(),
                    item.inspectors().stream().map(names::staff).toList(),
                    recorded.contains(item)));
        }
        audit.record(
                "PATROL_DRAW_RERUN",
                "PATROL_PLAN",
                plan.id(),
                "复核" + names.grid(plan.gridCode()) + plan.monthLabel() + "巡视计划的抽取："
                        + (again.equals(recorded) ? "结果一致" : "结果不一致"));
        return new DrawAudit(plan, registry.size(), conflicts.size(), again.equals(recorded), lines);
    }

    /**
     * 一公开: the month's patrols of an office and the offices below it — the employers checked and the results, no
     * personal data (no inspectors, no notes). For the public page.
     */
    @Transactional(readOnly = true)
    public List<PublicResult> publicResults(List<String> offices, YearMonth month) {
        List<PublicResult> rows = new ArrayList<>();
        for (PlanRow plan : mapper.plansOfOffices(offices, month.toString())) {
            for (ItemRow item : mapper.items(plan.id())) {
                rows.add(new PublicResult(
                        names.grid(plan.gridCode()),
                        item.employerName(),
                        item.patrolledOn(),
                        item.result() == null ? "检查中" : PatrolResult.labelOf(item.result())));
            }
        }
        return rows;
    }

    private PlanRow drawAndRecord(GridRow grid, YearMonth month, String startedBy) {
        List<String> pool = mapper.pool(grid.code());
        if (pool.size() < 2) {
            throw new ConflictException("PoolTooSmall", names.grid(grid.code()) + "的监察员不足两名，无法抽取巡视人员（劳动保障监察条例第十六条）");
        }
        List<Candidate> registry = registryOf(grid.code(), month);
        List<ConflictRow> conflictRows = mapper.conflicts(grid.code());
        Set<Conflict> conflicts = conflictRows.stream()
                .map(c -> new Conflict(c.inspector(), c.employerId()))
                .collect(Collectors.toSet());
        long seed = seeds.nextLong();
        List<DrawnItem> drawn = draw.draw(seed, month, registry, pool, conflicts);

        GeneratedKey key = new GeneratedKey();
        PlanRow plan = new PlanRow(
                null,
                grid.officeCode(),
                grid.code(),
                month.toString(),
                seed,
                String.join(",", pool),
                startedBy,
                Instant.now(clock),
                "OPEN");
        try {
            mapper.insertPlan(plan, key);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("PlanExists", names.grid(grid.code()) + label(month) + "的巡视计划已经抽取，不能重复抽取");
        }
        long planId = key.getId();
        for (Candidate c : registry) {
            mapper.insertInput(
                    planId,
                    new InputRow(
                            c.employerId(),
                            c.grade(),
                            c.watchList(),
                            c.since() == null ? null : c.since().toString(),
                            c.previousPair().isEmpty() ? null : String.join(",", c.previousPair())));
        }
        conflictRows.forEach(c -> mapper.insertPlanConflict(planId, c));

        LocalDate due = month.atEndOfMonth();
        int seq = 0;
        for (DrawnItem item : drawn) {
            seq++;
            GeneratedKey itemKey = new GeneratedKey();
            List<String> pair = item.inspectors();
            mapper.insertItem(
                    new ItemRow(
                            null,
                            planId,
                            seq,
                            item.employerId(),
                            null,
                            item.grade(),
                            item.reason().name(),
                            pair.size() > 0 ? pair.get(0) : null,
                            pair.size() > 1 ? pair.get(1) : null,
                            null,
                            due,
                            "DRAWN",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            0,
                            null,
                            null,
                            null,
                            null),
                    itemKey);
            ItemRow saved = mapper.findItem(itemKey.getId()).orElseThrow();
            String process = starter.start(
                    PATROL_PROCESS,
                    PatrolTasks.businessKey(saved.id()),
                    new CaseContext(itemLabel(month, seq) + " " + saved.employerName(), grid.officeCode(), grid.code()),
                    Map.of(
                            "patrolGroups",
                            PatrolTasks.candidateGroups(pair, grid.officeCode()),
                            "dueDate",
                            Date.from(BeijingTime.endOf(due))));
            mapper.setProcessInstance(saved.id(), process);
        }
        audit.recordAs(
                startedBy,
                "PATROL_PLAN_STARTED",
                "PATROL_PLAN",
                planId,
                "抽取" + names.grid(grid.code()) + label(month) + "巡视计划：随机种子 " + seed + "，抽中 " + drawn.size() + " 户，监察员 "
                        + pool.size() + " 名",
                null,
                null);
        return mapper.findPlanById(planId).orElseThrow();
    }

    /** The registry as the draw reads it: grade, watch list, last patrolled month, previous pair. */
    private List<Candidate> registryOf(String gridCode, YearMonth month) {
        Map<Long, String> lastRecorded = new HashMap<>();
        Map<Long, List<String>> lastPair = new HashMap<>();
        for (HistoryRow h : mapper.history(gridCode)) {
            if ("RECORDED".equals(h.state())) {
                lastRecorded.put(h.employerId(), h.planMonth());
            }
            List<String> pair = new ArrayList<>();
            if (h.inspector1() != null) {
                pair.add(h.inspector1());
            }
            if (h.inspector2() != null) {
                pair.add(h.inspector2());
            }
            lastPair.put(h.employerId(), pair);
        }
        String first = mapper.firstMonth(gridCode);
        YearMonth began = first == null ? month : YearMonth.parse(first);
        List<Candidate> registry = new ArrayList<>();
        for (RegistryRow r : mapper.registry(gridCode)) {
            String last = lastRecorded.get(r.employerId());
            registry.add(new Candidate(
                    r.employerId(),
                    r.grade(),
                    r.watchList(),
                    last == null ? began : YearMonth.parse(last),
                    lastPair.getOrDefault(r.employerId(), List.of())));
        }
        return registry;
    }

    private static Candidate candidate(InputRow row) {
        return new Candidate(
                row.employerId(),
                row.grade(),
                row.watchList(),
                row.sinceMonth() == null ? null : YearMonth.parse(row.sinceMonth()),
                row.previousPair() == null
                        ? List.of()
                        : Arrays.asList(row.previousPair().split(",")));
    }

    private Optional<GridRow> gridOf(String gridCode) {
        return gridCode == null || gridCode.isBlank() ? Optional.empty() : mapper.findGrid(gridCode.strip());
    }

    /** The grid, if the user may see its plans (its office's leaders, its inspectors and assistants, admins). */
    GridRow visibleGrid(CurrentUser user, String gridCode) {
        return gridOf(gridCode)
                .filter(g -> scope.canSee(user, new ScopeTarget(g.officeCode(), g.code(), Set.of())))
                .orElseThrow(() -> new NotFoundException("网格", gridCode));
    }

    /** The grids whose plans the user may see, for the plan page's choice. */
    @Transactional(readOnly = true)
    public List<GridChoice> gridsOf(CurrentUser user) {
        return mapper.activeGrids().stream()
                .filter(g -> scope.canSee(user, new ScopeTarget(g.officeCode(), g.code(), Set.of())))
                .map(g -> new GridChoice(
                        g.code(),
                        g.name(),
                        names.office(g.officeCode()),
                        user.isAdmin() || (user.isLeader() && user.officeCodes().contains(g.officeCode()))))
                .toList();
    }

    PatrolPlanView view(PlanRow plan, GridRow grid) {
        YearMonth month = YearMonth.parse(plan.planMonth());
        List<String> pool = Arrays.asList(plan.pool().split(","));
        List<PatrolItemView> items =
                mapper.items(plan.id()).stream().map(this::itemView).toList();
        return new PatrolPlanView(
                plan.id(),
                plan.officeCode(),
                grid.officeName(),
                plan.gridCode(),
                grid.name(),
                plan.planMonth(),
                label(month),
                plan.seed(),
                pool,
                pool.stream().map(names::staff).toList(),
                plan.startedBy(),
                SYSTEM.equals(plan.startedBy()) ? "系统（每月定时抽取）" : names.staff(plan.startedBy()),
                plan.startedAt(),
                items);
    }

    PatrolItemView itemView(ItemRow i) {
        YearMonth month = YearMonth.parse(i.planMonth());
        List<String> pair = new ArrayList<>();
        if (i.inspector1() != null) {
            pair.add(i.inspector1());
        }
        if (i.inspector2() != null) {
            pair.add(i.inspector2());
        }
        return new PatrolItemView(
                i.id(),
                i.seq(),
                itemLabel(month, i.seq()),
                i.employerId(),
                i.employerName(),
                i.gridCode(),
                i.grade(),
                i.reason(),
                DrawReason.valueOf(i.reason()).label(),
                List.copyOf(pair),
                pair.stream().map(names::staff).toList(),
                i.dueOn(),
                i.state(),
                "RECORDED".equals(i.state()) ? "已检查" : "待检查",
                i.result(),
                PatrolResult.labelOf(i.result()),
                i.patrolledOn(),
                i.recordedBy() == null ? null : names.staff(i.recordedBy()),
                i.recordedAt());
    }

    static String label(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    static String itemLabel(YearMonth month, int seq) {
        return label(month) + "巡视检查 第" + seq + "号";
    }

    /** The usernames of a plan's pool, as a set (for the leader's checks). */
    static Set<String> poolOf(PatrolPlanView plan) {
        return new LinkedHashSet<>(plan.pool());
    }

    /**
     * The plan page: the grids the user may open, the chosen grid's plan of the month (if drawn), and whether he may
     * draw it by hand. Without a grid, the first of his grids.
     */
    @Transactional(readOnly = true)
    public PlanPage page(CurrentUser user, String gridCode, String month) {
        YearMonth chosenMonth = month == null || month.isBlank() ? currentMonth() : month(month);
        List<GridChoice> grids = gridsOf(user);
        String code = gridCode == null || gridCode.isBlank()
                ? grids.stream().findFirst().map(GridChoice::code).orElse(null)
                : gridCode.strip();
        if (code == null) {
            return new PlanPage(grids, null, chosenMonth.toString(), label(chosenMonth), null, false);
        }
        GridRow grid = visibleGrid(user, code);
        PatrolPlanView plan = mapper.findPlan(grid.code(), chosenMonth.toString())
                .map(p -> view(p, grid))
                .orElse(null);
        boolean mayStart = plan == null
                && !chosenMonth.isBefore(currentMonth())
                && (user.isAdmin() || (user.isLeader() && user.officeCodes().contains(grid.officeCode())));
        return new PlanPage(grids, grid.code(), chosenMonth.toString(), label(chosenMonth), plan, mayStart);
    }

    /** What the plan page shows. */
    public record PlanPage(
            List<GridChoice> grids,
            String gridCode,
            String month,
            String monthLabel,
            PatrolPlanView plan,
            boolean mayStart) {}

    /** A grid the user may open the plans of; {@code mayStart}: he may draw its plans by hand. */
    public record GridChoice(String code, String name, String officeName, boolean mayStart) {}

    /** An employer checked in a month and its result, as the public listing shows it. */
    public record PublicResult(String gridName, String employerName, LocalDate patrolledOn, String result) {}

    /**
     * A re-run of a recorded draw.
     *
     * @param matches the re-run gives exactly the recorded employers, reasons and pairs
     */
    public record DrawAudit(PatrolPlanView plan, int registrySize, int conflicts, boolean matches, List<Line> lines) {

        /** One employer of the re-run, and whether the recorded plan has it with the same reason and pair. */
        public record Line(
                String employerName, String reasonLabel, List<String> inspectorNames, boolean sameAsRecorded) {}
    }

    /** The patrol item of a task's business key ({@code PATROL:<id>}); a {@link NumberFormatException} otherwise. */
    public static long itemIdOf(String businessKey) {
        if (businessKey == null || !businessKey.startsWith("PATROL:")) {
            throw new NumberFormatException("not a patrol's key: " + businessKey);
        }
        return Long.parseLong(businessKey.substring("PATROL:".length()));
    }
}
