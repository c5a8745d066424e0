package cn.laborcase.organization;

import cn.laborcase.organization.StaffAccount.GridMembership;
import cn.laborcase.organization.persistence.OfficeMapper;
import cn.laborcase.organization.persistence.StaffMapper;
import cn.laborcase.organization.persistence.StaffRow;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
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

    OrganizationDirectory(StaffMapper staff, OfficeMapper offices) {
        this.staff = staff;
        this.offices = offices;
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> findAccount(String username) {
        return staff.findByUsername(username).map(this::account);
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
}
