package cn.laborcase.admin;

import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.organization.GridAdministration;
import cn.laborcase.organization.GroupIds;
import cn.laborcase.organization.OfficeAdministration;
import cn.laborcase.organization.Role;
import cn.laborcase.organization.StaffAdministration;
import cn.laborcase.security.DataScope;
import cn.laborcase.workflow.EngineOperations;
import cn.laborcase.workflow.EngineStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's overview: counts for the dashboard and the roles explained. */
@Service
public class AdminConsole {

    private static final String OFFICE = "<机构代码>";
    private static final String GRID = "<网格代码>";

    private final StaffAdministration staff;
    private final OfficeAdministration offices;
    private final GridAdministration grids;
    private final EmployerRegistry employers;
    private final EngineOperations engine;
    private final DataScope dataScope;

    AdminConsole(
            StaffAdministration staff,
            OfficeAdministration offices,
            GridAdministration grids,
            EmployerRegistry employers,
            EngineOperations engine,
            DataScope dataScope) {
        this.staff = staff;
        this.offices = offices;
        this.grids = grids;
        this.employers = employers;
        this.engine = engine;
        this.dataScope = dataScope;
    }

    @Transactional(readOnly = true)
    public DashboardView dashboard() {
        EngineStatus status = engine.status();
        return new DashboardView(
                staff.countActive(),
                offices.countActive(),
                grids.countActive(),
                employers.count(),
                status.openTasks(),
                status.failedJobs(),
                status.openIncidents());
    }

    /** Every role in declaration order, with its candidate groups, its data scope and its active holders. */
    @Transactional(readOnly = true)
    public List<RoleView> roles() {
        Map<Role, Long> holders = staff.countActiveByRole();
        return Arrays.stream(Role.values())
                .map(role -> new RoleView(
                        role, role.label(), groupsOf(role), dataScope.describe(role), holders.getOrDefault(role, 0L)))
                .toList();
    }

    /** The same groups StaffPrincipal gives a holder of the role, with placeholders for the codes. */
    static List<String> groupsOf(Role role) {
        List<String> groups = new ArrayList<>();
        groups.add(GroupIds.office(OFFICE, role));
        if (role.isLeader()) {
            groups.add(GroupIds.officeLeaders(OFFICE));
        }
        if (role == Role.INSPECTOR) {
            groups.add(GroupIds.gridInspectors(GRID));
        }
        if (role == Role.GRID_ASSISTANT) {
            groups.add(GroupIds.gridAssistants(GRID));
        }
        return groups;
    }
}
