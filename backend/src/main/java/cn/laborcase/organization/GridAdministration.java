package cn.laborcase.organization;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.organization.GridSummary.GridMember;
import cn.laborcase.organization.persistence.GridMapper;
import cn.laborcase.organization.persistence.GridMapper.GridMemberRow;
import cn.laborcase.organization.persistence.GridMapper.GridRow;
import cn.laborcase.organization.persistence.OfficeMapper;
import cn.laborcase.organization.persistence.StaffMapper;
import cn.laborcase.organization.persistence.StaffRow;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.Problems;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grid administration (网格管理). Every grid belongs to an inspection office and has one responsible sworn inspector
 * of that office (domain.md, Track 2); its inspectors and assistants come from the same office. Codes are permanent
 * (candidate groups of running processes); grids are stopped, never deleted.
 */
@Service
public class GridAdministration {

    static final String TARGET = "GRID";

    private final GridMapper grids;
    private final OfficeMapper offices;
    private final StaffMapper staff;
    private final Validator validator;
    private final AuditJournal audit;

    GridAdministration(
            GridMapper grids, OfficeMapper offices, StaffMapper staff, Validator validator, AuditJournal audit) {
        this.grids = grids;
        this.offices = offices;
        this.staff = staff;
        this.validator = validator;
        this.audit = audit;
    }

    /** The grids of one office, or all of them, with members and employer counts. */
    @Transactional(readOnly = true)
    public List<GridSummary> list(Long officeId) {
        return summaries(grids.findAll(officeId));
    }

    @Transactional(readOnly = true)
    public GridSummary get(long id) {
        GridRow row = grids.findById(id).orElseThrow(() -> new NotFoundException("网格", id));
        return summaries(List.of(row)).get(0);
    }

    /** Every grid, for the staff page's grid pickers. */
    @Transactional(readOnly = true)
    public List<GridOption> options() {
        return grids.findAll(null).stream()
                .map(g -> new GridOption(g.id(), g.code(), g.name(), g.officeId(), g.officeName(), g.active()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long countActive() {
        return grids.countActive();
    }

    @Transactional
    public long create(CreateGridRequest request) {
        Problems problems = Problems.of(validator, request);
        Text.line(problems, "name", "网格名称", 100, request.name());
        Text.lines(problems, "areaDescription", "区域说明", 500, request.areaDescription());
        if (request.code() != null && grids.findByCode(request.code()).isPresent()) {
            problems.add("code", "Duplicate", "网格代码 " + request.code() + " 已被使用");
        }
        Office office = null;
        if (request.officeId() != null) {
            office = offices.findById(request.officeId()).orElse(null);
            if (office == null) {
                problems.add("officeId", "Unknown", "所选机构不存在");
            } else if (!office.active()) {
                problems.add("officeId", "Inactive", office.name() + " 已撤销");
            } else if (office.kind() != OfficeKind.INSPECTION) {
                problems.add("officeId", "NotInspection", "网格只能设在劳动保障监察机构，" + office.name() + " 不是");
            }
        }
        Set<Long> inspectors = withResponsible(request.inspectorIds(), request.responsibleInspectorId());
        if (office != null) {
            checkMembers(
                    problems, office, request.responsibleInspectorId(), inspectors, request.assistantIds(), Set.of());
        }
        problems.throwIfAny();

        grids.insert(
                request.code(),
                request.name(),
                request.officeId(),
                request.areaDescription(),
                request.responsibleInspectorId());
        long id = grids.findByCode(request.code()).orElseThrow().id();
        Set<Long> touched = new HashSet<>();
        inspectors.forEach(s -> {
            grids.insertMember(id, s, GridMemberKind.INSPECTOR.name());
            touched.add(s);
        });
        request.assistantIds().forEach(s -> {
            grids.insertMember(id, s, GridMemberKind.ASSISTANT.name());
            touched.add(s);
        });
        touchStaff(touched);
        GridSummary created = get(id);
        audit.record(
                "GRID_CREATED",
                TARGET,
                created.code(),
                "新增网格 " + created.code() + " " + created.name() + "（" + created.officeName() + "）",
                null,
                describe(created));
        return id;
    }

    @Transactional
    public GridSummary update(long id, UpdateGridRequest request) {
        GridSummary before = get(id);
        if (before.version() != Problems.requireVersion(request.version())) {
            throw concurrentEdit(before);
        }
        Problems problems = Problems.of(validator, request);
        Text.line(problems, "name", "网格名称", 100, request.name());
        Text.lines(problems, "areaDescription", "区域说明", 500, request.areaDescription());
        Office office = offices.findById(before.officeId()).orElseThrow();
        Set<Long> inspectors = withResponsible(request.inspectorIds(), request.responsibleInspectorId());
        Set<Long> current = new HashSet<>(
                request.inspectorIds().size() + request.assistantIds().size());
        before.inspectors().forEach(m -> current.add(m.staffId()));
        before.assistants().forEach(m -> current.add(m.staffId()));
        checkMembers(problems, office, request.responsibleInspectorId(), inspectors, request.assistantIds(), current);
        if (before.active() && !request.active() && before.employerCount() > 0) {
            problems.add("active", "HasEmployers", "网格内仍有 " + before.employerCount() + " 户用人单位，请先将其划入其他网格再停用");
        }
        problems.throwIfAny();

        if (grids.update(
                        id,
                        request.version(),
                        request.name(),
                        request.areaDescription(),
                        request.responsibleInspectorId(),
                        request.active())
                == 0) {
            throw concurrentEdit(before);
        }
        updateMembers(id, before, inspectors, request.assistantIds());
        GridSummary after = get(id);
        audit.record(
                "GRID_UPDATED",
                TARGET,
                after.code(),
                "修改网格 " + after.code() + " " + after.name(),
                describe(before),
                describe(after));
        return after;
    }

    /**
     * The responsible inspector is an active INSPECTOR of the grid's office; inspectors hold the INSPECTOR role and
     * assistants the GRID_ASSISTANT role, all of the grid's office; nobody is both; new members are active.
     */
    private void checkMembers(
            Problems problems,
            Office office,
            Long responsibleId,
            Set<Long> inspectors,
            Set<Long> assistants,
            Set<Long> current) {
        Set<Long> ids = new HashSet<>(inspectors);
        ids.addAll(assistants);
        if (responsibleId != null) {
            ids.add(responsibleId);
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, StaffRow> people =
                staff.findByIds(ids).stream().collect(Collectors.toMap(StaffRow::id, Function.identity()));
        Map<Long, Set<Role>> roles = new HashMap<>();
        staff.findRolesOfStaff(ids).forEach(r -> Role.parse(r.role())
                .ifPresent(role ->
                        roles.computeIfAbsent(r.staffId(), k -> new HashSet<>()).add(role)));

        if (responsibleId != null) {
            StaffRow r = people.get(responsibleId);
            if (r == null) {
                problems.add("responsibleInspectorId", "Unknown", "所选责任监察员不存在");
            } else if (!roles.getOrDefault(r.id(), Set.of()).contains(Role.INSPECTOR)) {
                problems.add("responsibleInspectorId", "NotInspector", r.displayName() + " 不是劳动保障监察员，不能担任责任监察员");
            } else if (r.officeId() != office.id()) {
                problems.add(
                        "responsibleInspectorId",
                        "OtherOffice",
                        r.displayName() + " 属于 " + r.officeName() + "，责任监察员须为本机构（" + office.name() + "）人员");
            } else if (!r.active()) {
                problems.add("responsibleInspectorId", "Inactive", r.displayName() + " 已停用，不能担任责任监察员");
            }
        }
        checkPeople(problems, "inspectorIds", inspectors, Role.INSPECTOR, people, roles, office, current);
        checkPeople(problems, "assistantIds", assistants, Role.GRID_ASSISTANT, people, roles, office, current);
        Set<String> both = new TreeSet<>();
        inspectors.stream()
                .filter(assistants::contains)
                .forEach(s -> both.add(people.containsKey(s) ? people.get(s).displayName() : String.valueOf(s)));
        if (!both.isEmpty()) {
            problems.add("assistantIds", "Overlap", "同一人不能在同一网格既任监察员又任协管员：" + String.join("、", both));
        }
    }

    private static void checkPeople(
            Problems problems,
            String field,
            Set<Long> ids,
            Role role,
            Map<Long, StaffRow> people,
            Map<Long, Set<Role>> roles,
            Office office,
            Set<Long> current) {
        for (Long id : new TreeSet<>(ids)) {
            StaffRow s = people.get(id);
            if (s == null) {
                problems.add(field, "Unknown", "人员不存在（" + id + "）");
            } else if (!roles.getOrDefault(id, Set.of()).contains(role)) {
                problems.add(field, "RoleMissing", s.displayName() + " 不是" + role.label());
            } else if (s.officeId() != office.id()) {
                problems.add(field, "OtherOffice", s.displayName() + " 属于 " + s.officeName() + "，网格成员须为本机构人员");
            } else if (!s.active() && !current.contains(id)) {
                problems.add(field, "Inactive", s.displayName() + " 已停用，不能加入网格");
            }
        }
    }

    private void updateMembers(long gridId, GridSummary before, Set<Long> inspectors, Set<Long> assistants) {
        Map<Long, GridMemberKind> was = new HashMap<>();
        before.inspectors().forEach(m -> was.put(m.staffId(), GridMemberKind.INSPECTOR));
        before.assistants().forEach(m -> was.put(m.staffId(), GridMemberKind.ASSISTANT));
        Map<Long, GridMemberKind> is = new HashMap<>();
        inspectors.forEach(s -> is.put(s, GridMemberKind.INSPECTOR));
        assistants.forEach(s -> is.put(s, GridMemberKind.ASSISTANT));
        Set<Long> touched = new HashSet<>();
        is.forEach((person, kind) -> {
            GridMemberKind old = was.get(person);
            if (old == null) {
                grids.insertMember(gridId, person, kind.name());
                touched.add(person);
            } else if (old != kind) {
                grids.updateMemberKind(gridId, person, kind.name());
                touched.add(person);
            }
        });
        was.keySet().stream().filter(p -> !is.containsKey(p)).forEach(person -> {
            grids.deleteMember(gridId, person);
            touched.add(person);
        });
        touchStaff(touched);
    }

    /** A staff member whose grids changed here must not be saved over from a staff page loaded before. */
    private void touchStaff(Set<Long> ids) {
        if (!ids.isEmpty()) {
            staff.touch(ids);
        }
    }

    private List<GridSummary> summaries(List<GridRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<GridMemberRow>> members = grids
                .findMembers(rows.stream().map(GridRow::id).toList())
                .stream()
                .collect(Collectors.groupingBy(GridMemberRow::gridId));
        List<GridSummary> out = new ArrayList<>(rows.size());
        for (GridRow g : rows) {
            List<GridMemberRow> of = members.getOrDefault(g.id(), List.of());
            out.add(new GridSummary(
                    g.id(),
                    g.code(),
                    g.name(),
                    g.officeId(),
                    g.officeCode(),
                    g.officeName(),
                    g.areaDescription(),
                    g.responsibleId(),
                    g.responsibleUsername(),
                    g.responsibleName(),
                    membersOf(of, GridMemberKind.INSPECTOR),
                    membersOf(of, GridMemberKind.ASSISTANT),
                    g.employerCount(),
                    g.active(),
                    g.version()));
        }
        return out;
    }

    private static List<GridMember> membersOf(List<GridMemberRow> rows, GridMemberKind kind) {
        return rows.stream()
                .filter(m -> kind.name().equals(m.kind()))
                .map(m -> new GridMember(m.staffId(), m.username(), m.displayName(), m.active()))
                .toList();
    }

    private static Set<Long> withResponsible(Set<Long> inspectors, Long responsibleId) {
        Set<Long> all = new LinkedHashSet<>(inspectors);
        if (responsibleId != null) {
            all.add(responsibleId);
        }
        return all;
    }

    static String describe(GridSummary g) {
        return "名称=" + g.name() + "；区域=" + (g.areaDescription() == null ? "—" : g.areaDescription()) + "；责任监察员="
                + (g.responsibleUsername() == null ? "—" : g.responsibleUsername()) + "；监察员="
                + usernames(g.inspectors()) + "；协管员=" + usernames(g.assistants()) + "；状态=" + (g.active() ? "启用" : "停用");
    }

    private static String usernames(List<GridMember> members) {
        return members.isEmpty()
                ? "—"
                : members.stream().map(GridMember::username).collect(Collectors.joining("、"));
    }

    private static ConflictException concurrentEdit(GridSummary g) {
        return ConflictException.concurrentEdit("网格 " + g.code() + " " + g.name() + " 的信息");
    }
}
