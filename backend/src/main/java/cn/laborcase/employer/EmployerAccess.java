package cn.laborcase.employer;

import cn.laborcase.employer.persistence.EmployerMapper;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.NotFoundException;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see and change an employer. Seeing follows {@link DataScope} on the employer's grid and office (an employer
 * the user may not see answers 404, so its existence is not revealed); editing is for the inspectors and assistants
 * of its grid and administrators; moving between grids for administrators; deciding grade proposals for the leaders of
 * its office (or an office above it).
 */
@Component
class EmployerAccess {

    private final EmployerMapper employers;
    private final DataScope dataScope;

    EmployerAccess(EmployerMapper employers, DataScope dataScope) {
        this.employers = employers;
        this.dataScope = dataScope;
    }

    /** The employer if the user may see it; 404 for an unknown or malformed code and for one outside his scope. */
    EmployerView visible(CurrentUser user, String creditCode) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
        EmployerView employer = employers
                .findByCreditCode(code)
                .filter(e -> canSee(user, e))
                .orElseThrow(() -> new NotFoundException("用人单位", creditCode));
        return employer;
    }

    EmployerView visible(CurrentUser user, long id) {
        return employers.findById(id).filter(e -> canSee(user, e)).orElseThrow(() -> new NotFoundException("用人单位", id));
    }

    boolean canSee(CurrentUser user, EmployerView e) {
        return dataScope.canSee(user, new ScopeTarget(e.officeCode(), e.gridCode(), Set.of()));
    }

    boolean canEdit(CurrentUser user, EmployerView e) {
        return user.isAdmin() || ofGrid(user, e.gridCode());
    }

    boolean canMove(CurrentUser user) {
        return user.isAdmin();
    }

    /** 网格员 (and the grid's inspectors) report risks of the employers of their grid. */
    boolean canReportRisk(CurrentUser user, EmployerView e) {
        return ofGrid(user, e.gridCode());
    }

    boolean canDecideGrades(CurrentUser user, String officeCode) {
        return user.isLeader() && officeCode != null && user.officeCodes().contains(officeCode);
    }

    /** May the user register an employer in this grid (API, import)? Administrators, leaders above it, its staff. */
    boolean canRegisterIn(CurrentUser user, String gridCode, String officeCode) {
        return user.isAdmin() || (user.isLeader() && user.officeCodes().contains(officeCode)) || ofGrid(user, gridCode);
    }

    boolean canImport(CurrentUser user) {
        return user.isAdmin() || user.isLeader();
    }

    EmployerView editable(CurrentUser user, String creditCode) {
        EmployerView e = visible(user, creditCode);
        if (!canEdit(user, e)) {
            throw new ForbiddenException("EMPLOYER_EDIT_FORBIDDEN", "只有该网格的监察员、网格员和系统管理员可以修改用人单位信息");
        }
        return e;
    }

    private static boolean ofGrid(CurrentUser user, String gridCode) {
        return (user.has(Role.INSPECTOR) || user.has(Role.GRID_ASSISTANT))
                && user.gridCodes().contains(gridCode);
    }
}
