package cn.laborcase.organization;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.organization.persistence.GridMapper;
import cn.laborcase.organization.persistence.OfficeMapper;
import cn.laborcase.organization.persistence.StaffMapper;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.Problems;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Office administration (机构管理): the tree of bureaus, inspection offices and arbitration committees. Codes are
 * permanent (they are in candidate groups of running processes); offices are closed, never deleted.
 */
@Service
public class OfficeAdministration {

    static final String TARGET = "OFFICE";

    private final OfficeMapper offices;
    private final StaffMapper staff;
    private final GridMapper grids;
    private final Validator validator;
    private final AuditJournal audit;

    OfficeAdministration(
            OfficeMapper offices, StaffMapper staff, GridMapper grids, Validator validator, AuditJournal audit) {
        this.offices = offices;
        this.staff = staff;
        this.grids = grids;
        this.validator = validator;
        this.audit = audit;
    }

    /** Every office, parents before their children, siblings by code. */
    @Transactional(readOnly = true)
    public List<OfficeNode> tree() {
        List<Office> all = offices.findAll();
        Map<Long, Office> byId = all.stream().collect(Collectors.toMap(Office::id, Function.identity()));
        List<OfficeNode> nodes = new ArrayList<>();
        all.stream()
                .filter(o -> o.parentId() == null || !byId.containsKey(o.parentId()))
                .sorted(Comparator.comparing(Office::code))
                .forEach(root -> walk(root, 0, all, byId, nodes));
        return nodes;
    }

    @Transactional(readOnly = true)
    public List<Office> all() {
        return offices.findAll().stream()
                .sorted(Comparator.comparing(Office::code))
                .toList();
    }

    @Transactional(readOnly = true)
    public Office get(long id) {
        return offices.findById(id).orElseThrow(() -> new NotFoundException("机构", id));
    }

    @Transactional(readOnly = true)
    public long countActive() {
        return offices.countActive();
    }

    @Transactional
    public long create(CreateOfficeRequest request) {
        Problems problems = Problems.of(validator, request);
        Text.line(problems, "name", "机构名称", 100, request.name());
        Text.line(problems, "shortName", "机构简称", 20, request.shortName());
        Text.line(problems, "regionName", "所辖区域", 50, request.regionName());
        if (request.code() != null && offices.findByCode(request.code()).isPresent()) {
            problems.add("code", "Duplicate", "机构代码 " + request.code() + " 已被使用");
        }
        checkShortName(problems, request.shortName(), null);
        if (request.parentId() != null) {
            offices.findById(request.parentId())
                    .ifPresentOrElse(
                            parent -> {
                                if (!parent.active()) {
                                    problems.add("parentId", "Inactive", "上级机构 " + parent.name() + " 已撤销");
                                }
                            },
                            () -> problems.add("parentId", "Unknown", "上级机构不存在"));
        }
        problems.throwIfAny();
        offices.insert(
                request.code(),
                request.name(),
                request.shortName(),
                request.kind().name(),
                request.regionName(),
                request.parentId());
        Office created = offices.findByCode(request.code()).orElseThrow();
        audit.record(
                "OFFICE_CREATED",
                TARGET,
                created.code(),
                "新增机构 " + created.code() + " " + created.name(),
                null,
                describe(created));
        return created.id();
    }

    @Transactional
    public Office update(long id, UpdateOfficeRequest request) {
        Office before = get(id);
        if (before.version() != Problems.requireVersion(request.version())) {
            throw concurrentEdit(before);
        }
        Problems problems = Problems.of(validator, request);
        Text.line(problems, "name", "机构名称", 100, request.name());
        Text.line(problems, "shortName", "机构简称", 20, request.shortName());
        Text.line(problems, "regionName", "所辖区域", 50, request.regionName());
        checkShortName(problems, request.shortName(), id);
        checkParent(problems, before, request);
        if (request.kind() != null && request.kind() != OfficeKind.INSPECTION && grids.countActiveInOffice(id) > 0) {
            problems.add("kind", "HasGrids", "该机构下设有网格，类别须为劳动保障监察机构");
        }
        if (before.active() && !request.active()) {
            checkClosable(problems, before);
        }
        problems.throwIfAny();
        if (offices.update(
                        id,
                        request.version(),
                        request.name(),
                        request.shortName(),
                        request.kind().name(),
                        request.regionName(),
                        request.parentId(),
                        request.active())
                == 0) {
            throw concurrentEdit(before);
        }
        Office after = get(id);
        audit.record(
                "OFFICE_UPDATED",
                TARGET,
                after.code(),
                "修改机构 " + after.code() + " " + after.name(),
                describe(before),
                describe(after));
        return after;
    }

    /** Document numbers start with the short name, so two offices sharing one would issue the same 文号. */
    private void checkShortName(Problems problems, String shortName, Long self) {
        if (shortName == null) {
            return;
        }
        offices.findAll().stream()
                .filter(o -> shortName.equals(o.shortName()) && !Objects.equals(o.id(), self))
                .findFirst()
                .ifPresent(o ->
                        problems.add("shortName", "Duplicate", "简称「" + shortName + "」已由 " + o.name() + " 使用，文号前缀须唯一"));
    }

    /** The parent exists, is open, and is neither the office itself nor one below it (no cycles in the tree). */
    private void checkParent(Problems problems, Office office, UpdateOfficeRequest request) {
        Long parentId = request.parentId();
        if (parentId == null) {
            return;
        }
        if (parentId == office.id()) {
            problems.add("parentId", "Self", "上级机构不能是本机构");
            return;
        }
        List<Office> all = offices.findAll();
        if (descendants(office.id(), all).contains(parentId)) {
            problems.add("parentId", "Cycle", "上级机构不能是本机构的下级机构");
            return;
        }
        all.stream()
                .filter(o -> o.id() == parentId)
                .findFirst()
                .ifPresentOrElse(
                        parent -> {
                            if (!parent.active() && request.active()) {
                                problems.add("parentId", "Inactive", "上级机构 " + parent.name() + " 已撤销");
                            }
                        },
                        () -> problems.add("parentId", "Unknown", "上级机构不存在"));
    }

    private void checkClosable(Problems problems, Office office) {
        long people = staff.countActiveInOffice(office.id());
        long openGrids = grids.countActiveInOffice(office.id());
        long children = offices.findAll().stream()
                .filter(o -> o.active() && Objects.equals(o.parentId(), office.id()))
                .count();
        if (people > 0 || openGrids > 0 || children > 0) {
            problems.add(
                    "active",
                    "NotEmpty",
                    "机构下仍有在岗人员 " + people + " 人、网格 " + openGrids + " 个、下级机构 " + children + " 个，请先调出或停用后再撤销");
        }
    }

    private static Set<Long> descendants(long id, List<Office> all) {
        Set<Long> found = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            long current = todo.remove(todo.size() - 1);
            for (Office o : all) {
                if (o.parentId() != null && o.parentId() == current && found.add(o.id())) {
                    todo.add(o.id());
                }
            }
        }
        return found;
    }

    private void walk(Office office, int depth, List<Office> all, Map<Long, Office> byId, List<OfficeNode> out) {
        Office parent = office.parentId() == null ? null : byId.get(office.parentId());
        out.add(new OfficeNode(
                office,
                depth,
                parent == null ? null : parent.name(),
                staff.countActiveInOffice(office.id()),
                grids.countActiveInOffice(office.id())));
        all.stream()
                .filter(o -> o.parentId() != null && o.parentId() == office.id())
                .sorted(Comparator.comparing(Office::code))
                .forEach(child -> walk(child, depth + 1, all, byId, out));
    }

    private String describe(Office o) {
        String parent = o.parentId() == null
                ? "—"
                : offices.findById(o.parentId()).map(Office::code).orElse("—");
        return "名称=" + o.name() + "；简称=" + o.shortName() + "；类别=" + o.kind().label() + "；区域=" + o.regionName() + "；上级="
                + parent + "；状态=" + (o.active() ? "正常" : "已撤销");
    }

    private static ConflictException concurrentEdit(Office o) {
        return ConflictException.concurrentEdit("机构 " + o.name() + " 的信息");
    }
}
