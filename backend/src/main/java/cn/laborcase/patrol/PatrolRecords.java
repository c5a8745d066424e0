package cn.laborcase.patrol;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.Attachments;
import cn.laborcase.cases.CaseEvents;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.organization.Role;
import cn.laborcase.patrol.ChecklistTopic.Verdict;
import cn.laborcase.patrol.persistence.PatrolMapper;
import cn.laborcase.patrol.persistence.PatrolRows.CheckRow;
import cn.laborcase.patrol.persistence.PatrolRows.ItemRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a patrol (登记巡视检查结果): the checklist, notes, the result — 未发现违法, 当场责令改正 with its 现场检查笔录, or
 * 立案查处, which publishes {@link RoutineFindingReported} for the inspection track in the same transaction. Only the
 * drawn pair or a leader of the grid's office records; an inspector of another grid gets a 404.
 */
@Service
public class PatrolRecords {

    private static final PrintableText NOTES = PrintableText.multiline("检查情况", 2000);
    private static final PrintableText PLACE = PrintableText.singleLine("检查地点", 200);
    private static final PrintableText PRESENT = PrintableText.singleLine("在场人员", 200);
    private static final PrintableText FINDINGS = PrintableText.multiline("检查发现及责令改正事项", 2000);

    private final PatrolMapper mapper;
    private final PatrolPlans plans;
    private final DataScope scope;
    private final AuditJournal audit;
    private final CaseEvents events;
    private final PatrolTaskCompletion tasks;
    private final OrganizationNames names;
    private final Attachments attachments;
    private final Clock clock;

    PatrolRecords(
            PatrolMapper mapper,
            PatrolPlans plans,
            DataScope scope,
            AuditJournal audit,
            CaseEvents events,
            PatrolTaskCompletion tasks,
            OrganizationNames names,
            Attachments attachments,
            Clock clock) {
        this.attachments = attachments;
        this.mapper = mapper;
        this.plans = plans;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.tasks = tasks;
        this.names = names;
        this.clock = clock;
    }

    /** The patrol and its record; 404 outside the viewer's data scope. */
    @Transactional(readOnly = true)
    public PatrolRecordView get(CurrentUser user, long itemId) {
        ItemRow item = visible(user, itemId);
        Map<String, String> verdicts = new java.util.HashMap<>();
        for (CheckRow c : mapper.checks(itemId)) {
            verdicts.put(c.topic(), c.verdict());
        }
        List<PatrolRecordView.Check> checks = new ArrayList<>();
        for (ChecklistTopic t : ChecklistTopic.values()) {
            String v = verdicts.get(t.name());
            checks.add(new PatrolRecordView.Check(
                    t.name(),
                    t.label(),
                    v,
                    v == null ? null : Verdict.valueOf(v).label()));
        }
        return new PatrolRecordView(
                plans.itemView(item),
                names.grid(item.gridCode()),
                item.version(),
                checks,
                item.notes(),
                item.sitePlace(),
                item.sitePresent(),
                item.siteFindings(),
                attachments.of(owner(itemId)),
                "DRAWN".equals(item.state()) && mayRecord(user, item));
    }

    /** Records the patrol (once: a second record is a 409). */
    @Transactional
    public PatrolRecordView record(CurrentUser user, long itemId, PatrolRecordRequest request) {
        ItemRow item = visible(user, itemId);
        if (!mayRecord(user, item)) {
            throw new ForbiddenException("NotDrawn", "只有抽中的监察员或本机构负责人可以登记该巡视检查的结果");
        }
        if (!"DRAWN".equals(item.state())) {
            throw new ConflictException("AlreadyRecorded", plans.itemView(item).label() + "的检查结果已经登记，不能重复登记");
        }
        Checked r = check(request, item);
        if (request.version() != null && request.version() != item.version()) {
            throw ConflictException.concurrentEdit("该巡视检查");
        }
        Instant now = Instant.now(clock);
        int updated = mapper.record(
                itemId,
                item.version(),
                r.result().name(),
                r.notes(),
                r.sitePlace(),
                r.sitePresent(),
                r.siteFindings(),
                r.patrolledOn(),
                user.username(),
                now);
        if (updated != 1) {
            throw ConflictException.concurrentEdit("该巡视检查");
        }
        r.verdicts().forEach((topic, verdict) -> mapper.insertCheck(itemId, topic.name(), verdict.name()));
        PatrolItemView view = plans.itemView(item);
        audit.record(
                "PATROL_RECORDED",
                "PATROL",
                itemId,
                view.label() + "（" + item.employerName() + "）：" + r.result().label());
        if (r.result() == PatrolResult.CASE_OPENED) {
            List<String> violated = r.verdicts().entrySet().stream()
                    .filter(e -> e.getValue() == Verdict.VIOLATION)
                    .map(e -> e.getKey().violation())
                    .toList();
            events.publish(
                    new RoutineFindingReported(
                            RoutineFindingReported.PATROL,
                            itemId,
                            view.label(),
                            item.employerId(),
                            item.officeCode(),
                            item.gridCode(),
                            view.inspectors(),
                            r.notes(),
                            violated,
                            r.amountOwed(),
                            r.workersAffected(),
                            user.username(),
                            now),
                    RoutineFindingReported.INSPECTION_LISTENER);
        }
        tasks.recorded(item.processInstanceId(), user.username());
        return get(user, itemId);
    }

    /**
     * Adds a photo of the patrol (现场照片) — the drawn pair or the office's leader, while it is not recorded; type
     * and size are checked by the evidence store (400 naming {@code file}).
     */
    @Transactional
    public Attachments.Attachment addPhoto(
            CurrentUser user, long itemId, String fileName, String contentType, byte[] content) {
        ItemRow item = visible(user, itemId);
        if (!mayRecord(user, item)) {
            throw new ForbiddenException("NotDrawn", "只有抽中的监察员或本机构负责人可以上传现场照片");
        }
        if (!"DRAWN".equals(item.state())) {
            throw new ConflictException("AlreadyRecorded", plans.itemView(item).label() + "的检查结果已经登记，不能再上传照片");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "Required", "请选择要上传的照片");
        }
        return attachments.store(owner(itemId), fileName, contentType, content, user.username());
    }

    /** A photo of the patrol with its bytes; outside the viewer's scope or of another patrol: 404. */
    @Transactional(readOnly = true)
    public Attachments.AttachmentContent photo(CurrentUser user, long itemId, long photoId) {
        visible(user, itemId);
        return attachments.content(owner(itemId), photoId).orElseThrow(() -> new NotFoundException("照片", photoId));
    }

    private static Attachments.AttachmentOwner owner(long itemId) {
        return new Attachments.AttachmentOwner("PATROL", itemId);
    }

    /** Is the patrol recorded? (The task form's rule: the task ends by the record, not by hand.) */
    @Transactional(readOnly = true)
    public boolean isRecorded(long itemId) {
        return mapper.findItem(itemId).map(i -> "RECORDED".equals(i.state())).orElse(false);
    }

    /** The user's drawn patrols not yet recorded (本月巡视任务), due first. */
    @Transactional(readOnly = true)
    public List<PatrolItemView> openOf(CurrentUser user) {
        return mapper.openItemsOf(user.username()).stream().map(plans::itemView).toList();
    }

    /** An employer's patrols the viewer may see (the employer page's section), newest first. */
    @Transactional(readOnly = true)
    public List<PatrolItemView> ofEmployer(CurrentUser user, long employerId, int limit) {
        return mapper.itemsOfEmployer(employerId, limit).stream()
                .filter(i -> scope.canSee(user, target(i)))
                .map(plans::itemView)
                .toList();
    }

    private ItemRow visible(CurrentUser user, long itemId) {
        return mapper.findItem(itemId)
                .filter(i -> scope.canSee(user, target(i)))
                .orElseThrow(() -> new NotFoundException("巡视检查", itemId));
    }

    private static ScopeTarget target(ItemRow i) {
        Set<String> pair = new java.util.HashSet<>();
        if (i.moved()) {
            // followed its employer to another grid: that grid's inspectors, not the pair drawn in the old one
            return new ScopeTarget(i.officeCode(), i.gridCode(), pair);
        }
        if (i.inspector1() != null) {
            pair.add(i.inspector1());
        }
        if (i.inspector2() != null) {
            pair.add(i.inspector2());
        }
        return new ScopeTarget(i.officeCode(), i.gridCode(), pair);
    }

    private static boolean mayRecord(CurrentUser user, ItemRow i) {
        boolean drawn = i.moved()
                ? user.has(Role.INSPECTOR) && user.gridCodes().contains(i.gridCode())
                : user.username().equals(i.inspector1()) || user.username().equals(i.inspector2());
        return drawn || (user.isLeader() && user.officeCodes().contains(i.officeCode()));
    }

    private Checked check(PatrolRecordRequest in, ItemRow item) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<ChecklistTopic, Verdict> verdicts = new EnumMap<>(ChecklistTopic.class);
        for (ChecklistTopic t : ChecklistTopic.values()) {
            String v = in.checks().get(t.name());
            if (v == null || v.isBlank()) {
                problems.add(new FieldProblem(t.field(), "Required", "请选择“" + t.label() + "”的检查结论"));
                continue;
            }
            try {
                verdicts.put(t, Verdict.valueOf(v.strip()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(t.field(), "Unknown", "“" + t.label() + "”的检查结论无效"));
            }
        }
        PatrolResult result = null;
        if (in.result() == null || in.result().isBlank()) {
            problems.add(new FieldProblem("result", "Required", "请选择检查结果"));
        } else {
            try {
                result = PatrolResult.valueOf(in.result().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("result", "Unknown", "检查结果无效"));
            }
        }
        LocalDate patrolledOn = null;
        if (in.patrolledOn() == null || in.patrolledOn().isBlank()) {
            problems.add(new FieldProblem("patrolledOn", "Required", "请填写检查日期"));
        } else {
            try {
                patrolledOn = LocalDate.parse(in.patrolledOn().strip());
                if (patrolledOn.isAfter(BeijingTime.today(clock))) {
                    problems.add(new FieldProblem("patrolledOn", "Future", "检查日期不能晚于今天"));
                } else if (patrolledOn.isBefore(
                        YearMonth.parse(item.planMonth()).atDay(1))) {
                    problems.add(new FieldProblem("patrolledOn", "BeforePlan", "检查日期不能早于巡视计划所在月份"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("patrolledOn", "Format", "检查日期格式不正确"));
            }
        }
        String notes = text(NOTES, "notes", in.notes(), problems);
        String place = text(PLACE, "sitePlace", in.sitePlace(), problems);
        String present = text(PRESENT, "sitePresent", in.sitePresent(), problems);
        String findings = text(FINDINGS, "siteFindings", in.siteFindings(), problems);
        BigDecimal amount = null;
        if (in.amountOwed() != null && !in.amountOwed().isBlank()) {
            try {
                amount = new BigDecimal(in.amountOwed().strip());
                if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
                    problems.add(new FieldProblem("amountOwed", "Range", "拖欠工资金额应为不小于 0 的金额（元，至多两位小数）"));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("amountOwed", "Format", "拖欠工资金额应为数字（元）"));
            }
        }
        int workers = 0;
        if (in.workersAffected() != null && !in.workersAffected().isBlank()) {
            try {
                workers = Integer.parseInt(in.workersAffected().strip());
                if (workers < 0 || workers > 100_000) {
                    problems.add(new FieldProblem("workersAffected", "Range", "涉及人数应在 0 到 100000 之间"));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("workersAffected", "Format", "涉及人数应为整数"));
            }
        }
        boolean anyViolation = verdicts.containsValue(Verdict.VIOLATION);
        if (result == PatrolResult.NO_VIOLATION && anyViolation) {
            problems.add(new FieldProblem("result", "Contradiction", "检查项中有“不符合”，不能选择“未发现违法”"));
        }
        if ((result == PatrolResult.CORRECTED || result == PatrolResult.CASE_OPENED)
                && !anyViolation
                && verdicts.size() == ChecklistTopic.values().length) {
            problems.add(new FieldProblem("result", "NoViolation", "“" + result.label() + "”需要至少一项检查结论为“不符合”"));
        }
        if (result == PatrolResult.CORRECTED) {
            // 现场检查笔录: where, who was present, what was found and ordered corrected
            if (place == null) {
                problems.add(new FieldProblem("sitePlace", "Required", "当场责令改正须填写现场检查笔录的检查地点"));
            }
            if (present == null) {
                problems.add(new FieldProblem("sitePresent", "Required", "当场责令改正须填写现场检查笔录的在场人员"));
            }
            if (findings == null) {
                problems.add(new FieldProblem("siteFindings", "Required", "当场责令改正须填写检查发现及责令改正事项"));
            }
        }
        if (result == PatrolResult.CASE_OPENED && notes == null) {
            problems.add(new FieldProblem("notes", "Required", "立案查处须填写检查情况（作为案情摘要）"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(verdicts, result, patrolledOn, notes, place, present, findings, amount, workers);
    }

    private static String text(PrintableText rule, String field, String value, List<FieldProblem> problems) {
        String normalized = PrintableText.normalizeNewlines(value);
        rule.problemOf(field, normalized).ifPresent(problems::add);
        return normalized == null || normalized.isBlank() ? null : normalized.strip();
    }

    private record Checked(
            Map<ChecklistTopic, Verdict> verdicts,
            PatrolResult result,
            LocalDate patrolledOn,
            String notes,
            String sitePlace,
            String sitePresent,
            String siteFindings,
            BigDecimal amountOwed,
            int workersAffected) {}
}
