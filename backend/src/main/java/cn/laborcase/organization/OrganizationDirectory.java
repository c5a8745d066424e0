package cn.laborcase.organization;

import cn.laborcase.organization.StaffAccount.GridMembership;
import cn.laborcase.organization.persistence.ColleagueMapper;
import cn.laborcase.organization.persistence.OfficeMapper;
import cn.laborcase.organization.persistence.StaffMapper;
import cn.laborcase.organization.persistence.StaffRow;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to who works where: the accounts used by login and data scope, and the office tree. */
@Service
public class OrganizationDirectory {

    private final StaffMapper staff;
    private final OfficeMapper offices;
    private final ColleagueMapper colleagues;

    OrganizationDirectory(StaffMapper staff, OfficeMapper offices, ColleagueMapper colleagues) {
        this.staff = staff;
        this.offices = offices;
        this.colleagues = colleagues;
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> findAccount(String username) {
        return staff.findByUsername(username).map(this::account);
    }

    /**
     * The display names of the active staff among these usernames, in one query (username → name); the inactive and
     * the unknown are left out, as {@link #findAccount} filtered on {@code active()} would.
     */
    @Transactional(readOnly = true)
    public Map<String, String> activeNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return staff.findByUsernames(usernames).stream()
                .filter(StaffRow::active)
                .collect(Collectors.toMap(StaffRow::username, StaffRow::displayName, (a, b) -> a));
    }

    /** The e-mail address of an active staff member, if his record holds one (staff administration keeps it). */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(String username) {
        return staff.findByUsername(username)
                .filter(StaffRow::active)
                .map(StaffRow::email)
                .filter(e -> !e.isBlank());
    }

    /** The office with this code and every office below it, the office itself first. */
    @Transactional(readOnly = true)
    public List<String> officeSubtree(String officeCode) {
        List<Office> all = offices.findAll();
        List<String> codes = new ArrayList<>();
        Deque<Office> todo = new ArrayDeque<>();
        all.stream().filter(o -> o.code().equals(officeCode)).forEach(todo::add);
        while (!todo.isEmpty()) {
            Office office = todo.poll();
            codes.add(office.code());
            all.stream()
                    .filter(o -> o.parentId() != null && o.parentId() == office.id())
                    .forEach(todo::add);
        }
        return codes;
    }

    @Transactional(readOnly = true)
    public List<Office> offices() {
        return offices.findAll();
    }

    private StaffAccount account(StaffRow row) {
        Set<Role> roles = staff.findRoles(row.id()).stream()
                .map(Role::parse)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        List<GridMembership> grids = staff.findGridMemberships(row.id()).stream()
                .map(g -> new GridMembership(g.gridCode(), g.kind()))
                .toList();
        return new StaffAccount(
                row.id(),
                row.username(),
                row.displayName(),
                row.passwordHash(),
                row.active(),
                row.demo(),
                row.lockedUntil(),
                row.officeCode(),
                row.officeName(),
                officeSubtree(row.officeCode()),
                roles,
                grids);
    }

    /**
     * Counts a failed login; at {@code maxFailures} the account is locked until {@code lockUntil}.
     *
     * @return true when this failure locked the account
     */
    @Transactional
    public boolean recordFailedLogin(String username, int maxFailures, Instant lockUntil) {
        if (staff.incrementFailedLogins(username) == 0) {
            return false;
        }
        int failures =
                staff.findByUsername(username).map(StaffRow::failedLogins).orElse(0);
        if (failures >= maxFailures) {
            staff.lock(username, lockUntil);
            return true;
        }
        return false;
    }

    @Transactional
    public void recordLogin(String username, Instant at) {
        staff.recordLogin(username, at);
    }

    /**
     * Active staff who are members of any of these candidate groups ({@link GroupIds}) or who work in this office,
     * by office and username; group ids of another form are ignored.
     */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(Collection<String> candidateGroups, String officeCode) {
        Map<String, Colleague> found = new LinkedHashMap<>();
        for (String group : candidateGroups) {
            colleaguesIn(group).forEach(c -> found.putIfAbsent(c.username(), c));
        }
        if (officeCode != null) {
            colleagues.findInOffice(officeCode, null).forEach(c -> found.putIfAbsent(c.username(), c));
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Colleague::officeCode).thenComparing(Colleague::username))
                .toList();
    }

    private List<Colleague> colleaguesIn(String group) {
        String[] parts = group.split(":");
        if (parts.length != 3) {
            return List.of();
        }
        if (parts[0].equals("grid")) {
            return switch (parts[2]) {
                case "inspectors" -> colleagues.findInGrid(parts[1], "INSPECTOR");
                case "assistants" -> colleagues.findInGrid(parts[1], "ASSISTANT");
                default -> List.of();
            };
        }
        if (parts[0].equals("office")) {
            List<String> roles = Arrays.stream(Role.values())
                    .filter(r -> parts[2].equals("leaders")
                            ? r.isLeader()
                            : r.groupName().equals(parts[2]))
                    .map(Role::name)
                    .toList();
            return roles.isEmpty() ? List.of() : colleagues.findInOffice(parts[1], roles);
        }
        return List.of();
    }
}
