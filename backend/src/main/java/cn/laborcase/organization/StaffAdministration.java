package cn.laborcase.organization;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.organization.persistence.GridMapper;
import cn.laborcase.organization.persistence.GridMapper.GridRow;
import cn.laborcase.organization.persistence.OfficeMapper;
import cn.laborcase.organization.persistence.StaffMapper;
import cn.laborcase.organization.persistence.StaffMapper.NewStaffRow;
import cn.laborcase.organization.persistence.StaffMapper.StaffGridRow;
import cn.laborcase.organization.persistence.StaffMapper.StaffSearchRow;
import cn.laborcase.organization.persistence.StaffRow;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.Page;
import cn.laborcase.shared.Problems;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff administration (人员管理): accounts, their roles and grids, deactivation (never deletion: staff are named in
 * case history), unlocking and password resets. Every change is audited with a before/after summary.
 */
@Service
public class StaffAdministration {

    static final String TARGET = "STAFF";

    private final StaffMapper staff;
    private final OfficeMapper offices;
    private final GridMapper grids;
    private final PasswordEncoder passwords;
    private final Validator validator;
    private final AuditJournal audit;
    private final Clock clock;

    StaffAdministration(
            StaffMapper staff,
            OfficeMapper offices,
            GridMapper grids,
            PasswordEncoder passwords,
            Validator validator,
            AuditJournal audit,
            Clock clock) {
        this.clock = clock;
        this.staff = staff;
        this.offices = offices;
        this.grids = grids;
        this.passwords = passwords;
        this.validator = validator;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<StaffSummary> search(StaffSearch search) {
        StaffSearchRow criteria = new StaffSearchRow(
                search.officeId(),
                search.role() == null ? null : search.role().name(),
                search.text() == null ? null : "%" + likeEscape(search.text().toLowerCase()) + "%",
                search.active(),
                search.sort(),
                search.descending(),
                search.page() * search.size(),
                search.size());
        List<StaffRow> rows = staff.search(criteria);
        Map<Long, List<Role>> roles = rolesOf(rows.stream().map(StaffRow::id).toList());
        Instant now = Instant.now(clock);
        List<StaffSummary> items = rows.stream()
                .map(r -> new StaffSummary(
                        r.id(),
                        r.username(),
                        r.displayName(),
                        r.officeCode(),
                        r.officeName(),
                        r.title(),
                        cn.laborcase.shared.PersonalData.phone(r.phone()),
                        roles.getOrDefault(r.id(), List.of()),
                        r.active(),
                        r.lockedUntil() != null && r.lockedUntil().isAfter(now),
                        r.lastLoginAt()))
                .toList();
        return new Page<>(items, staff.countSearch(criteria), search.page(), search.size());
    }

    /** Every person the search finds, for an export: refused above the export limit, journaled. */
    @Transactional
    public List<StaffSummary> export(StaffSearch search, int limit) {
        Page<StaffSummary> first = search(search);
        if (first.total() > limit) {
            throw new cn.laborcase.shared.InvalidInputException(
                    "export", "TooManyRows", "导出：一次最多导出 " + limit + " 条，本次查询共 " + first.total() + " 条，请缩小查询条件后再导出");
        }
        List<StaffSummary> all = search(new StaffSearch(
                        search.officeId(),
                        search.role(),
                        search.text(),
                        search.active(),
                        0,
                        (int) Math.max(1, first.total()),
                        search.sort(),
                        search.descending()))
                .items();
        audit.recordExport("人员", describe(search), all.size());
        return all;
    }

    private static String describe(StaffSearch s) {
        List<String> parts = new java.util.ArrayList<>();
        if (s.officeId() != null) parts.add("指定机构");
        if (s.role() != null) parts.add("角色“" + s.role().label() + "”");
        if (s.text() != null) parts.add("姓名或账号含“" + s.text() + "”");
        if (s.active() != null) parts.add(s.active() ? "在岗" : "已停用");
        return parts.isEmpty() ? "全部" : String.join("，", parts);
    }

    @Transactional(readOnly = true)
    public StaffDetails get(long id) {
        StaffRow row = staff.findById(id).orElseThrow(() -> new NotFoundException("人员", id));
        return details(row);
    }

    /** Active staff of an office holding a role, e.g. the inspectors a grid may be given. */
    @Transactional(readOnly = true)
    public List<StaffOption> activeWithRole(long officeId, Role role) {
        return staff.findActiveByOfficeAndRole(officeId, role.name()).stream()
                .map(r -> new StaffOption(r.id(), r.username(), r.displayName(), r.title()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long countActive() {
        return staff.countActive();
    }

    /** How many active staff hold each role (roles nobody holds count 0). */
    @Transactional(readOnly = true)
    public Map<Role, Long> countActiveByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        staff.countActiveByRole().forEach(c -> Role.parse(c.role()).ifPresent(r -> counts.put(r, c.activeStaff())));
        return counts;
    }

    /** Creates the account, its roles and grid memberships; returns its id. */
    @Transactional
    public long create(CreateStaffRequest request) {
        Problems problems = Problems.of(validator, request);
        Text.line(problems, "displayName", "姓名", 50, request.displayName());
        Text.line(problems, "title", "职务", 50, request.title());
        Text.line(problems, "phone", "电话", 20, request.phone());
        Text.line(problems, "email", "电子邮箱", 100, request.email());
        Text.line(problems, "badgeNo", "执法证号", 30, request.badgeNo());
        if (request.username() != null
                && staff.findByUsername(request.username()).isPresent()) {
            problems.add("username", "Duplicate", "用户名 " + request.username() + " 已被使用");
        }
        checkOffice(problems, request.officeId());
        checkGrids(
                problems,
                request.officeId(),
                request.roles(),
                request.inspectorGridIds(),
                request.assistantGridIds(),
                Set.of());
        problems.throwIfAny();

        staff.insert(new NewStaffRow(
                request.username(),
                request.displayName(),
                passwords.encode(request.password()),
                request.officeId(),
                request.title(),
                request.phone(),
                request.email(),
                request.badgeNo(),
                Instant.now(clock)));
        long id = staff.findByUsername(request.username()).orElseThrow().id();
        request.roles().forEach(role -> staff.insertRole(id, role.name()));
        Set<Long> touched = new HashSet<>();
        request.inspectorGridIds().forEach(g -> {
            grids.insertMember(g, id, GridMemberKind.INSPECTOR.name());
            touched.add(g);
        });
        request.assistantGridIds().forEach(g -> {
            grids.insertMember(g, id, GridMemberKind.ASSISTANT.name());
            touched.add(g);
        });
        touchGrids(touched);
        StaffDetails created = get(id);
        audit.record(
                "STAFF_CREATED",
                TARGET,
                created.username(),
                "新增人员 " + created.username() + "（" + created.displayName() + "）",
                null,
                describe(created));
        return id;
    }

    /** Saves the edit form: name, office, contact, roles and grid memberships. */
    @Transactional
    public StaffDetails update(long id, UpdateStaffRequest request) {
        StaffDetails before = get(id);
        requireVersion(before, request.version());
        Problems problems = Problems.of(validator, request);
        Text.line(problems, "displayName", "姓名", 50, request.displayName());
        Text.line(problems, "title", "职务", 50, request.title());
        Text.line(problems, "phone", "电话", 20, request.phone());
        Text.line(problems, "email", "电子邮箱", 100, request.email());
        Text.line(problems, "badgeNo", "执法证号", 30, request.badgeNo());
        if (request.officeId() != null && request.officeId() != before.officeId()) {
            checkOffice(problems, request.officeId());
        }
        if (before.active()
                && before.roles().contains(Role.ADMIN)
                && !request.roles().contains(Role.ADMIN)
                && staff.countOtherActiveWithRole(Role.ADMIN.name(), id) == 0) {
            problems.add("roles", "LastAdmin", "系统至少需要一名在岗的系统管理员，不能取消其系统管理员角色");
        }
        Set<Long> current = new HashSet<>(before.inspectorGridIds());
        current.addAll(before.assistantGridIds());
        checkGrids(
                problems,
                request.officeId(),
                request.roles(),
                request.inspectorGridIds(),
                request.assistantGridIds(),
                current);
        checkResponsibility(problems, before, request);
        problems.throwIfAny();

        if (staff.update(
                        id,
                        request.version(),
                        request.displayName(),
                        request.officeId(),
                        request.title(),
                        request.phone(),
                        request.email(),
                        request.badgeNo())
                == 0) {
            throw concurrentEdit(before);
        }
        for (Role role : Role.values()) {
            boolean had = before.roles().contains(role);
            boolean has = request.roles().contains(role);
            if (has && !had) {
                staff.insertRole(id, role.name());
            } else if (had && !has) {
                staff.deleteRole(id, role.name());
            }
        }
        updateMemberships(id, before, request);
        StaffDetails after = get(id);
        audit.record(
                "STAFF_UPDATED",
                TARGET,
                after.username(),
                "修改人员 " + after.username() + "（" + after.displayName() + "）",
                describe(before),
                describe(after));
        return after;
    }

    /** Deactivates the account (停用): he can no longer log in; his name stays on the cases he worked. */
    @Transactional
    public StaffDetails deactivate(long id, int version) {
        StaffDetails before = get(id);
        requireVersion(before, version);
        if (!before.active()) {
            throw new ConflictException("STAFF_INACTIVE", before.displayName() + " 的账户已停用");
        }
        if (!before.responsibleGridCodes().isEmpty()) {
            throw new ConflictException(
                    "RESPONSIBLE_INSPECTOR",
                    before.displayName() + " 是网格 " + String.join("、", before.responsibleGridCodes())
                            + " 的责任监察员，请先在网格页更换责任监察员再停用");
        }
        if (before.roles().contains(Role.ADMIN) && staff.countOtherActiveWithRole(Role.ADMIN.name(), id) == 0) {
            throw new ConflictException("LAST_ADMIN", "系统至少需要一名在岗的系统管理员，不能停用最后一名管理员");
        }
        if (staff.updateActive(id, version, false) == 0) {
            throw concurrentEdit(before);
        }
        return audited("STAFF_DEACTIVATED", "停用人员", before, "在岗", "已停用");
    }

    /** Reactivates a deactivated account (启用). */
    @Transactional
    public StaffDetails reactivate(long id, int version) {
        StaffDetails before = get(id);
        requireVersion(before, version);
        if (before.active()) {
            throw new ConflictException("STAFF_ACTIVE", before.displayName() + " 的账户已是在岗状态");
        }
        boolean officeActive =
                offices.findById(before.officeId()).map(Office::active).orElse(false);
        if (!officeActive) {
            throw new ConflictException("OFFICE_INACTIVE", before.officeName() + " 已撤销，请先将该人员调至其他机构再启用");
        }
        if (staff.updateActive(id, version, true) == 0) {
            throw concurrentEdit(before);
        }
        return audited("STAFF_REACTIVATED", "启用人员", before, "已停用", "在岗");
    }

    /** Clears the failed logins and the lock (解锁). */
    @Transactional
    public StaffDetails unlock(long id, int version) {
        StaffDetails before = get(id);
        requireVersion(before, version);
        if (staff.unlock(id, version) == 0) {
            throw concurrentEdit(before);
        }
        String was = before.lockedUntil() == null
                ? "未锁定，失败次数 " + before.failedLogins()
                : "锁定至 " + before.lockedUntil() + "，失败次数 " + before.failedLogins();
        return audited("STAFF_UNLOCKED", "解锁人员", before, was, "未锁定，失败次数 0");
    }

    /** Sets a new password chosen by the administrator (重置密码); it also lifts a lock. */
    @Transactional
    public StaffDetails resetPassword(long id, ResetPasswordRequest request) {
        StaffDetails before = get(id);
        requireVersion(before, request.version());
        Problems problems = Problems.of(validator, request);
        if (request.password() != null && !request.password().equals(request.confirmPassword())) {
            problems.add("confirmPassword", "Mismatch", "两次输入的密码不一致");
        }
        problems.throwIfAny();
        if (staff.updatePassword(id, request.version(), passwords.encode(request.password())) == 0) {
            throw concurrentEdit(before);
        }
        // never the password or its hash in the journal
        return audited("STAFF_PASSWORD_RESET", "重置密码", before, null, null);
    }

    /** The personal centre's view of a staff member: office, roles and grids by their Chinese names. */
    @Transactional(readOnly = true)
    public StaffProfile profile(long id) {
        StaffRow row = staff.findById(id).orElseThrow(() -> new NotFoundException("人员", id));
        List<String> roles = staff.findRoles(id).stream()
                .map(Role::parse)
                .flatMap(Optional::stream)
                .sorted()
                .map(Role::label)
                .toList();
        List<String> gridNames = staff.findGridsOfStaff(id).stream()
                .map(m -> m.gridName() + "（" + GridMemberKind.valueOf(m.kind()).label() + "）")
                .toList();
        return new StaffProfile(
                row.id(),
                row.displayName(),
                row.officeName(),
                row.title(),
                row.phone(),
                row.email(),
                row.badgeNo(),
                roles,
                gridNames,
                row.lastLoginAt());
    }

    /**
     * Checks a change of one's own password before anything is compared or written: every wrong field named (400).
     * The current password itself is checked by the security module, which counts wrong guesses like failed logins.
     */
    public void checkNewPassword(ChangePasswordRequest request) {
        Problems problems = Problems.of(validator, request);
        if (request.newPassword() != null && !request.newPassword().equals(request.confirmPassword())) {
            problems.add("confirmPassword", "Mismatch", "两次输入的新密码不一致");
        }
        if (request.newPassword() != null && request.newPassword().equals(request.currentPassword())) {
            problems.add("newPassword", "Unchanged", "新密码不能与当前密码相同");
        }
        problems.throwIfAny();
    }

    /**
     * Sets a staff member's own new password (修改密码), after the security module has checked the current one
     * against {@code expectedHash}. The update is conditional on that hash: of two changes at once (two tabs, two
     * sessions) only the first is written, the second is a 409, so no change is silently lost.
     */
    @Transactional
    public void changeOwnPassword(long id, String expectedHash, ChangePasswordRequest request) {
        checkNewPassword(request);
        StaffDetails before = get(id);
        if (staff.changeOwnPassword(id, expectedHash, passwords.encode(request.newPassword())) == 0) {
            throw new ConflictException("CONCURRENT_EDIT", "密码已在别处被修改，请用新密码重新登录后再试");
        }
        // never the password or its hash in the journal
        audit.record(
                "STAFF_PASSWORD_CHANGED",
                TARGET,
                before.username(),
                "修改本人密码 " + before.username() + "（" + before.displayName() + "）",
                null,
                null);
    }

    private StaffDetails audited(String action, String verb, StaffDetails before, String was, String is) {
        StaffDetails after = get(before.id());
        audit.record(
                action,
                TARGET,
                after.username(),
                verb + " " + after.username() + "（" + after.displayName() + "）",
                was,
                is);
        return after;
    }

    private void checkOffice(Problems problems, Long officeId) {
        if (officeId == null) {
            return;
        }
        offices.findById(officeId)
                .ifPresentOrElse(
                        office -> {
                            if (!office.active()) {
                                problems.add("officeId", "Inactive", office.name() + " 已撤销，不能再调入人员");
                            }
                        },
                        () -> problems.add("officeId", "Unknown", "所选机构不存在"));
    }

    /**
     * A staff member's grids belong to his office; inspectors' grids need the INSPECTOR role, assistants' grids the
     * GRID_ASSISTANT role; a grid is joined in one capacity only; stopped grids take no new members.
     */
    private void checkGrids(
            Problems problems,
            Long officeId,
            Set<Role> roles,
            Set<Long> inspectorGrids,
            Set<Long> assistantGrids,
            Set<Long> current) {
        Set<Long> all = new HashSet<>(inspectorGrids);
        all.addAll(assistantGrids);
        if (all.isEmpty()) {
            return;
        }
        Map<Long, GridRow> found =
                grids.findByIds(all).stream().collect(Collectors.toMap(GridRow::id, Function.identity()));
        if (!inspectorGrids.isEmpty() && !roles.contains(Role.INSPECTOR)) {
            problems.add("inspectorGridIds", "RoleMissing", "只有劳动保障监察员可以作为网格监察员，请先勾选该角色");
        }
        if (!assistantGrids.isEmpty() && !roles.contains(Role.GRID_ASSISTANT)) {
            problems.add("assistantGridIds", "RoleMissing", "只有网格协管员可以作为网格协管员，请先勾选该角色");
        }
        Set<String> both = new TreeSet<>();
        inspectorGrids.stream()
                .filter(assistantGrids::contains)
                .forEach(g -> both.add(found.containsKey(g) ? found.get(g).code() : String.valueOf(g)));
        if (!both.isEmpty()) {
            problems.add("assistantGridIds", "Overlap", "同一网格不能既任监察员又任协管员：" + String.join("、", both));
        }
        checkGridSet(problems, "inspectorGridIds", inspectorGrids, found, officeId, current);
        checkGridSet(problems, "assistantGridIds", assistantGrids, found, officeId, current);
    }

    private static void checkGridSet(
            Problems problems,
            String field,
            Set<Long> ids,
            Map<Long, GridRow> found,
            Long officeId,
            Set<Long> current) {
        for (Long id : new TreeSet<>(ids)) {
            GridRow grid = found.get(id);
            if (grid == null) {
                problems.add(field, "Unknown", "网格不存在（" + id + "）");
            } else if (officeId != null && grid.officeId() != officeId) {
                problems.add(field, "OtherOffice", "网格 " + grid.code() + " 属于 " + grid.officeName() + "，人员只能加入本机构的网格");
            } else if (!grid.active() && !current.contains(id)) {
                problems.add(field, "Inactive", "网格 " + grid.code() + " 已停用，不能加入");
            }
        }
    }

    /** The responsible inspector of a grid keeps the INSPECTOR role, the grid's office and his place in the grid. */
    private void checkResponsibility(Problems problems, StaffDetails before, UpdateStaffRequest request) {
        for (GridRow grid : grids.findActiveByResponsible(before.id())) {
            String why = "是网格 " + grid.code() + " 的责任监察员，请先在网格页更换责任监察员";
            if (!request.roles().contains(Role.INSPECTOR)) {
                problems.add("roles", "Responsible", before.displayName() + why + "，再取消监察员角色");
            }
            if (request.officeId() != null && request.officeId() != grid.officeId()) {
                problems.add("officeId", "Responsible", before.displayName() + why + "，再调动机构");
            }
            if (!request.inspectorGridIds().contains(grid.id())) {
                problems.add("inspectorGridIds", "Responsible", before.displayName() + why + "，再退出该网格");
            }
        }
    }

    private void updateMemberships(long id, StaffDetails before, UpdateStaffRequest request) {
        Map<Long, GridMemberKind> was = new HashMap<>();
        before.inspectorGridIds().forEach(g -> was.put(g, GridMemberKind.INSPECTOR));
        before.assistantGridIds().forEach(g -> was.put(g, GridMemberKind.ASSISTANT));
        Map<Long, GridMemberKind> is = new HashMap<>();
        request.inspectorGridIds().forEach(g -> is.put(g, GridMemberKind.INSPECTOR));
        request.assistantGridIds().forEach(g -> is.put(g, GridMemberKind.ASSISTANT));
        Set<Long> touched = new HashSet<>();
        is.forEach((grid, kind) -> {
            GridMemberKind old = was.get(grid);
            if (old == null) {
                grids.insertMember(grid, id, kind.name());
                touched.add(grid);
            } else if (old != kind) {
                grids.updateMemberKind(grid, id, kind.name());
                touched.add(grid);
            }
        });
        was.keySet().stream().filter(g -> !is.containsKey(g)).forEach(grid -> {
            grids.deleteMember(grid, id);
            touched.add(grid);
        });
        touchGrids(touched);
    }

    /** A grid whose members changed here must not be saved over from a grid page loaded before. */
    private void touchGrids(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            grids.touch(ids);
        }
    }

    private StaffDetails details(StaffRow row) {
        Set<Role> roles = staff.findRoles(row.id()).stream()
                .map(Role::parse)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        List<StaffGridRow> memberships = staff.findGridsOfStaff(row.id());
        Set<Long> inspectorGrids = memberships.stream()
                .filter(m -> GridMemberKind.INSPECTOR.name().equals(m.kind()))
                .map(StaffGridRow::gridId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Long> assistantGrids = memberships.stream()
                .filter(m -> GridMemberKind.ASSISTANT.name().equals(m.kind()))
                .map(StaffGridRow::gridId)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> labels = memberships.stream()
                .map(m -> m.gridCode() + "(" + GridMemberKind.valueOf(m.kind()).label() + ")")
                .toList();
        List<String> responsible = grids.findActiveByResponsible(row.id()).stream()
                .map(GridRow::code)
                .toList();
        Instant now = Instant.now(clock);
        return new StaffDetails(
                row.id(),
                row.username(),
                row.displayName(),
                row.officeId(),
                row.officeCode(),
                row.officeName(),
                row.title(),
                row.phone(),
                row.email(),
                row.badgeNo(),
                roles,
                inspectorGrids,
                assistantGrids,
                labels,
                responsible,
                row.active(),
                row.demo(),
                row.failedLogins(),
                row.lockedUntil(),
                row.lockedUntil() != null && row.lockedUntil().isAfter(now),
                row.lastLoginAt(),
                row.version());
    }

    private Map<Long, List<Role>> rolesOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Role>> roles = new LinkedHashMap<>();
        staff.findRolesOfStaff(ids).forEach(r -> Role.parse(r.role())
                .ifPresent(role -> roles.computeIfAbsent(r.staffId(), k -> new ArrayList<>())
                        .add(role)));
        roles.values().forEach(list -> list.sort(null));
        return roles;
    }

    /** The journal's before/after text: short, with the phone masked (it is personal data). */
    static String describe(StaffDetails s) {
        return "姓名=" + s.displayName() + "；机构=" + s.officeCode() + "；职务=" + nullToDash(s.title()) + "；电话="
                + nullToDash(cn.laborcase.shared.PersonalData.phone(s.phone())) + "；邮箱=" + nullToDash(s.email())
                + "；执法证号="
                + nullToDash(s.badgeNo()) + "；角色="
                + s.roles().stream().map(Role::label).collect(Collectors.joining("、")) + "；网格="
                + (s.gridLabels().isEmpty() ? "—" : String.join("、", s.gridLabels())) + "；状态="
                + (s.active() ? "在岗" : "已停用");
    }

    private static void requireVersion(StaffDetails current, Integer version) {
        if (current.version() != Problems.requireVersion(version)) {
            throw concurrentEdit(current);
        }
    }

    private static ConflictException concurrentEdit(StaffDetails s) {
        return ConflictException.concurrentEdit("人员 " + s.displayName() + "（" + s.username() + "）的信息");
    }

    private static String nullToDash(String s) {
        return s == null ? "—" : s;
    }

    static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
