package cn.laborcase.patrol;

import cn.laborcase.employer.CreditCode;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data of its own: the office TPAT (the one the monthly timer serves in tests, application-test.yml), a new grid
 * in it with its inspectors, employers. Staff get the demo password.
 */
public final class PatrolFixtures {

    public static final String OFFICE = "TPAT";

    private final JdbcTemplate jdbc;
    private final UserLookup users;

    public PatrolFixtures(JdbcTemplate jdbc, UserLookup users) {
        this.jdbc = jdbc;
        this.users = users;
        jdbc.update("insert into office (code, name, short_name, kind, region_name, parent_id) "
                + "select 'TPAT', '巡视测试监察大队', '巡测', 'INSPECTION', '巡视测试区', (select id from office where code = 'C0') "
                + "where not exists (select 1 from office where code = 'TPAT')");
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    public String newGrid() {
        String code = "P" + unique();
        jdbc.update(
                "insert into grid (code, name, office_id, area_description) "
                        + "values (?, ?, (select id from office where code = ?), '巡视测试片区')",
                code,
                "巡视测试网格" + code.substring(1, 5),
                OFFICE);
        return code;
    }

    public CurrentUser newStaff(String name, Role role, String gridCode) {
        String username = "p" + unique().toLowerCase();
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
                            + "((select id from grid where code = ?), (select id from staff where username = ?), ?)",
                    gridCode,
                    username,
                    role == Role.GRID_ASSISTANT ? "ASSISTANT" : "INSPECTOR");
        }
        return users.findActive(username).orElseThrow();
    }

    /** An employer of the grid; returns its id. */
    public long newEmployer(String gridCode, String name, String grade, boolean watchList) {
        String body =
                "91330199MC" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String code = body + CreditCode.checkCharacter(body);
        jdbc.update(
                "insert into employer (credit_code, name, grid_id, address, employee_count, integrity_grade, watch_list) "
                        + "values (?, ?, (select id from grid where code = ?), '巡视路1号', 20, ?, ?)",
                code,
                name,
                gridCode,
                grade,
                watchList);
        return jdbc.queryForObject("select id from employer where credit_code = ?", Long.class, code);
    }
}
