package cn.laborcase.employer;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseEvents;
import cn.laborcase.employer.persistence.EmployerMapper;
import cn.laborcase.employer.persistence.EmployerStateRow;
import cn.laborcase.employer.persistence.SiteRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the registry by people and integrations: registering an employer, editing its record (optimistic
 * version: a stale edit is a 409), moving it to another grid (administrators; the tracks move its open cases). Every
 * change is journalled with what it was before and after, in words.
 */
@Service
public class EmployerChanges {

    static final String TARGET = "EMPLOYER";

    private final EmployerMapper employers;
    private final EmployerRegistry registry;
    private final EmployerAccess access;
    private final AuditJournal audit;
    private final CaseEvents events;
    private final Clock clock;

    // looked up at a move: the tracks that implement it use the registry themselves
    private final ObjectProvider<EmployerMoveCheck> moveChecks;

    EmployerChanges(
            EmployerMapper employers,
            EmployerRegistry registry,
            EmployerAccess access,
            AuditJournal audit,
            CaseEvents events,
            Clock clock,
            ObjectProvider<EmployerMoveCheck> moveChecks) {
        this.moveChecks = moveChecks;
        this.employers = employers;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Edits the record: 404 outside the scope, 403 without the right, 400 naming each bad field, 409 when stale. */
    @Transactional
    public EmployerView edit(CurrentUser user, String creditCode, EmployerEdit edit) {
        EmployerView before = access.editable(user, creditCode);
        List<FieldProblem> problems = new ArrayList<>();
        if (edit.version() == null) {
            problems.add(new FieldProblem("version", "Required", "缺少版本号，请刷新页面后重试"));
        }
        EmployerFields.text(EmployerFields.NAME, "name", edit.name(), true, problems);
        EmployerFields.text(EmployerFields.ADDRESS, "address", edit.address(), false, problems);
        EmployerFields.text(
                EmployerFields.REPRESENTATIVE, "legalRepresentative", edit.legalRepresentative(), false, problems);
        EmployerFields.text(EmployerFields.INDUSTRY, "industry", edit.industry(), false, problems);
        Integer employees = EmployerFields.employeeCount(edit.employeeCount(), "employeeCount", problems);
        sites(edit.premises(), "premises", "经营场所", problems);
        sites(edit.constructionSites(), "constructionSites", "工地", problems);
        if (edit.premises().size() + edit.constructionSites().size() > EmployerFields.MAX_SITES) {
            problems.add(
                    new FieldProblem("constructionSites", "Size", "经营场所和工地合计最多 " + EmployerFields.MAX_SITES + " 处"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = edit.name().strip();
        List<SiteRow> sitesBefore = employers.sites(before.id());
        int updated = employers.update(
                before.id(),
                edit.version(),
                name,
                EmployerSearchKey.of(name),
                EmployerFields.clean(edit.address()),
                EmployerFields.clean(edit.legalRepresentative()),
                EmployerFields.clean(edit.industry()),
                employees);
        if (updated == 0) {
            throw ConflictException.concurrentEdit("用人单位“" + before.name() + "”");
        }
        employers.deleteSites(before.id());
        int position = 0;
        for (String p : edit.premises()) {
            employers.insertSite(before.id(), "PREMISES", p.strip(), position++);
        }
        for (String s : edit.constructionSites()) {
            employers.insertSite(before.id(), "SITE", s.strip(), position++);
        }
        EmployerView after = employers.findById(before.id()).orElseThrow();
        List<String> was = new ArrayList<>();
        List<String> now = new ArrayList<>();
        compare("单位名称", before.name(), after.name(), was, now);
        compare("地址", before.address(), after.address(), was, now);
        compare("法定代表人", before.legalRepresentative(), after.legalRepresentative(), was, now);
        compare("行业", before.industry(), after.industry(), was, now);
        compare(
                "职工人数",
                before.employeeCount() == null ? null : before.employeeCount() + " 人",
                after.employeeCount() == null ? null : after.employeeCount() + " 人",
                was,
                now);
        compare("经营场所和工地", sitesInWords(sitesBefore), sitesInWords(employers.sites(before.id())), was, now);
        audit.record(
                "EMPLOYER_EDITED",
                TARGET,
                before.id(),
                user.displayName() + " 修改用人单位 " + after.name() + "（" + after.creditCode() + "）的信息"
                        + (was.isEmpty() ? "（无变化）" : ""),
                was.isEmpty() ? null : String.join("；", was),
                now.isEmpty() ? null : String.join("；", now));
        return after;
    }

    /**
     * Registers an employer: the credit code checked (GB 32100), a duplicate is a 409, the grid placed from the
     * address when none is given; the user must be of that grid, a leader above it or an administrator (403).
     */
    @Transactional
    public EmployerView create(CurrentUser user, NewEmployerRequest request) {
        Checked checked = check(request);
        if (!checked.problems().isEmpty()) {
            throw new InvalidInputException(checked.problems());
        }
        if (employers.findByCreditCode(checked.creditCode()).isPresent()) {
            throw new ConflictException("DUPLICATE", "统一社会信用代码 " + checked.creditCode() + " 已登记");
        }
        if (!access.canRegisterIn(
                user, checked.grid().gridCode(), checked.grid().officeCode())) {
            throw new ForbiddenException(
                    "EMPLOYER_GRID_FORBIDDEN", "您无权在" + checked.grid().gridName() + "登记用人单位");
        }
        return insert(user, request, checked, "新增用人单位");
    }

    /** The checks of a new employer; the grid placement when the fields allow it. */
    Checked check(NewEmployerRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = r.creditCode() == null ? null : r.creditCode().strip().toUpperCase(Locale.ROOT);
        if (code == null || code.isEmpty()) {
            problems.add(new FieldProblem("creditCode", "Required", "统一社会信用代码不能为空"));
        } else {
            CreditCode.problemOf(code).ifPresent(p -> problems.add(new FieldProblem("creditCode", "CreditCode", p)));
        }
        EmployerFields.text(EmployerFields.NAME, "name", r.name(), true, problems);
        EmployerFields.text(EmployerFields.ADDRESS, "address", r.address(), false, problems);
        EmployerFields.text(EmployerFields.DISTRICT, "district", r.district(), false, problems);
        EmployerFields.text(
                EmployerFields.REPRESENTATIVE, "legalRepresentative", r.legalRepresentative(), false, problems);
        EmployerFields.text(EmployerFields.INDUSTRY, "industry", r.industry(), false, problems);
        Integer employees = EmployerFields.employeeCount(r.employeeCount(), "employeeCount", problems);
        GridPlacement grid = null;
        Optional<FieldProblem> gridText =
                cn.laborcase.shared.PrintableText.problemOf("gridCode", r.gridCode(), "网格", 20, false);
        if (gridText.isPresent()) {
            problems.add(gridText.get());
        } else if (problems.stream()
                .noneMatch(p -> p.field().equals("address") || p.field().equals("district"))) {
            Optional<GridPlacement> placed = registry.placeNew(r.district(), r.address(), r.gridCode());
            if (placed.isPresent()) {
                grid = placed.get();
            } else if (r.gridCode() != null && !r.gridCode().isBlank()) {
                problems.add(new FieldProblem("gridCode", "UnknownGrid", "网格不存在或已停用"));
            } else {
                problems.add(new FieldProblem("gridCode", "Required", "无法根据地址确定所属网格，请指定网格"));
            }
        }
        return new Checked(code, grid, employees, problems);
    }

    /** A checked new employer: its normalised code, its grid, its employee count, or the problems. */
    record Checked(String creditCode, GridPlacement grid, Integer employees, List<FieldProblem> problems) {}

    EmployerView insert(CurrentUser user, NewEmployerRequest r, Checked checked, String what) {
        String name = r.name().strip();
        GeneratedKey key = new GeneratedKey();
        employers.insertFull(
                key,
                checked.creditCode(),
                name,
                EmployerSearchKey.of(name),
                EmployerFields.clean(r.address()),
                checked.grid().gridCode(),
                EmployerFields.clean(r.legalRepresentative()),
                EmployerFields.clean(r.industry()),
                checked.employees());
        EmployerView added = employers.findById(key.getId()).orElseThrow();
        audit.record(
                "EMPLOYER_REGISTERED",
                TARGET,
                added.id(),
                user.displayName() + " " + what + " " + added.name() + "（" + added.creditCode() + "），所属网格 "
                        + added.gridName() + "（" + checked.grid().basis() + "）",
                null,
                added.gridName());
        return added;
    }

    /**
     * Moves the employer to another grid (administrators): journalled, and {@link EmployerMovedGrid} published in
     * this transaction so the inspection track gives its open cases to the new grid's inspectors.
     */
    @Transactional
    public EmployerView move(CurrentUser user, String creditCode, String gridCode, Integer version) {
        EmployerView before = access.visible(user, creditCode);
        if (!access.canMove(user)) {
            throw new ForbiddenException("EMPLOYER_MOVE_FORBIDDEN", "只有系统管理员可以调整用人单位所属网格");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (version == null) {
            problems.add(new FieldProblem("version", "Required", "缺少版本号，请刷新页面后重试"));
        }
        Optional<GridPlacement> target =
                gridCode == null || gridCode.isBlank() ? Optional.empty() : employers.findGrid(gridCode.strip());
        if (target.isEmpty()) {
            problems.add(new FieldProblem("gridCode", "UnknownGrid", "请选择一个启用中的网格"));
        } else if (target.get().gridCode().equals(before.gridCode())) {
            problems.add(new FieldProblem("gridCode", "SameGrid", "用人单位已在" + before.gridName()));
        } else if (!target.get().officeCode().equals(before.officeCode())) {
            moveChecks
                    .orderedStream()
                    .map(c -> c.objectionToOfficeChange(
                            before.id(), before.officeCode(), target.get().officeCode()))
                    .flatMap(Optional::stream)
                    .forEach(why -> problems.add(new FieldProblem("gridCode", "OpenMattersInOffice", why)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (employers.moveGrid(before.id(), version, target.get().gridCode()) == 0) {
            throw ConflictException.concurrentEdit("用人单位“" + before.name() + "”");
        }
        EmployerView after = employers.findById(before.id()).orElseThrow();
        audit.record(
                "EMPLOYER_MOVED_GRID",
                TARGET,
                before.id(),
                user.displayName() + " 将用人单位 " + before.name() + " 从" + before.gridName() + "调整到" + after.gridName(),
                "所属网格：" + before.gridName() + "（" + before.officeName() + "）",
                "所属网格：" + after.gridName() + "（" + after.officeName() + "）");
        events.publish(
                new EmployerMovedGrid(
                        before.id(), before.gridCode(), after.gridCode(), user.username(), clock.instant()),
                EmployerMovedGrid.INSPECTION_LISTENER,
                EmployerMovedGrid.PATROL_LISTENER);
        return after;
    }

    /** The current version of an employer's row, for forms. */
    int version(long employerId) {
        return employers.findState(employerId).map(EmployerStateRow::version).orElseThrow();
    }

    private static void sites(List<String> sites, String field, String label, List<FieldProblem> problems) {
        for (String s : sites) {
            EmployerFields.SITE
                    .problemOf(field, s)
                    .ifPresent(p -> problems.add(new FieldProblem(p.field(), p.code(), label + "：" + p.message())));
        }
    }

    private static String sitesInWords(List<SiteRow> sites) {
        if (sites.isEmpty()) {
            return null;
        }
        return String.join(
                "、",
                sites.stream()
                        .map(s -> ("SITE".equals(s.kind()) ? "工地 " : "经营场所 ") + s.address())
                        .toList());
    }

    private static void compare(String label, String before, String after, List<String> was, List<String> now) {
        if (!Objects.equals(before, after)) {
            was.add(label + "：" + (before == null ? "（空）" : before));
            now.add(label + "：" + (after == null ? "（空）" : after));
        }
    }
}
