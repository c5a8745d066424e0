package cn.laborcase.emergency;

import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The test office TAGC, whose agencies application-test.yml configures (police and union, no construction authority),
 * created once; each fixture adds a grid of its own with two inspectors, and a section leader.
 */
public final class AgencyOfficeFixtures {

    public static final String OFFICE = "TAGC";

    private final JdbcTemplate jdbc;
    private final UserLookup users;

    public final String grid = "GA" + IntakeFixtures.unique().substring(0, 6);
    public final CurrentUser inspector;
    public final CurrentUser partner;
    public final CurrentUser leader;

    public AgencyOfficeFixtures(JdbcTemplate jdbc, UserLookup users) {
        this.jdbc = jdbc;
        this.users = users;
        jdbc.update("insert into office (code, name, short_name, kind, region_name, parent_id) "
                + "select 'TAGC', '通报测试监察大队', '通测', 'INSPECTION', '通报测试区', (select id from office where code = 'C0') "
                + "where not exists (select 1 from office where code = 'TAGC')");
        jdbc.update(
                "insert into grid (code, name, office_id, area_description) "
                        + "values (?, ?, (select id from office where code = 'TAGC'), '通报测试片区')",
                grid,
                "通报测试网格" + grid.substring(2));
        inspector = staff("通报监察员", Role.INSPECTOR, grid);
        partner = staff("通报搭档", Role.INSPECTOR, grid);
        leader = staff("通报科长", Role.SECTION_LEADER, null);
    }

    /** A staff member of TAGC with one role, an inspector of the grid if given. */
    public CurrentUser staff(String name, Role role, String gridCode) {
        String username = "t" + IntakeFixtures.unique().toLowerCase();
        jdbc.update(
                "insert into staff (username, display_name, password_hash, office_id, title, active, demo, created_at) "
                        + "values (?, ?, (select password_hash from staff where username = 'admin'), "
                        + "(select id from office where code = ?), ?, true, true, current_timestamp)",
                username,
                name,
                OFFICE,
                role.label());
        jdbc.update(
                "insert into staff_role (staff_id, role) values ((select id from staff where username = ?), ?)",
                username,
                role.name());
        if (gridCode != null) {
            jdbc.update(
                    "insert into grid_member (grid_id, staff_id, kind) values "
                            + "((select id from grid where code = ?), (select id from staff where username = ?), "
                            + "'INSPECTOR')",
                    gridCode,
                    username);
        }
        return users.findActive(username).orElseThrow();
    }

    /** An employer of the fixture's grid; its credit code. */
    public String employer() {
        String code = IntakeFixtures.newCreditCode();
        jdbc.update(
                "insert into employer (credit_code, name, grid_id, address, employee_count) "
                        + "values (?, ?, (select id from grid where code = ?), ?, 40)",
                code,
                "通报测试单位" + code.substring(10),
                grid,
                "通报测试区滨江路1号");
        return code;
    }
}
