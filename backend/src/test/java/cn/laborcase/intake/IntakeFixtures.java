package cn.laborcase.intake;

import cn.laborcase.employer.CreditCode;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.IdCardNumber;
import cn.laborcase.support.TestClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data of its own for each intake test: an inspection office with its own grid, a pair of inspectors, a clerk
 * and a section leader, and employers on a road of their own, so that numbering, scope, duplicates and notices never
 * depend on the demo data or on another test. Staff get the demo password.
 */
public final class IntakeFixtures {

    public static final String PASSWORD = "Demo@2026";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final UserLookup users;

    public final String office;
    public final String officeShortName;
    public final String district;
    public final String grid;
    public final String road;
    public final CurrentUser inspector;
    public final CurrentUser partner;
    public final CurrentUser clerk;
    public final CurrentUser leader;

    public IntakeFixtures(JdbcTemplate jdbc, UserLookup users) {
        this.jdbc = jdbc;
        this.users = users;
        String u = unique();
        office = "T" + u.substring(0, 6);
        officeShortName = "测" + u.substring(0, 4);
        district = "测" + u + "区";
        road = "测" + u + "路";
        jdbc.update(
                "insert into office (code, name, short_name, kind, region_name, parent_id) "
                        + "values (?, ?, ?, 'INSPECTION', ?, (select id from office where code = 'C0'))",
                office,
                "测试监察大队" + u,
                officeShortName,
                district);
        grid = "G" + u.substring(0, 7);
        jdbc.update(
                "insert into grid (code, name, office_id, area_description) "
                        + "values (?, ?, (select id from office where code = ?), '测试片区')",
                grid,
                "测试网格" + u,
                office);
        inspector = staff("受理监察员", Role.INSPECTOR, grid);
        partner = staff("搭档监察员", Role.INSPECTOR, grid);
        clerk = staff("受理窗口", Role.INTAKE_CLERK, null);
        leader = staff("监察科长", Role.SECTION_LEADER, null);
    }

    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** A staff member of the test office with one role, an inspector of the grid if given. */
    public CurrentUser staff(String name, Role role, String gridCode) {
        String username = "t" + unique().toLowerCase();
        jdbc.update(
                "insert into staff (username, display_name, password_hash, office_id, title, active, demo, created_at) "
                        + "values (?, ?, (select password_hash from staff where username = 'admin'), "
                        + "(select id from office where code = ?), ?, true, true, current_timestamp)",
                username,
                name,
                office,
                role.label());
        jdbc.update(
                "insert into staff_role (staff_id, role) values ((select id from staff where username = ?), ?)",
                username,
                role.name());
        if (gridCode != null) {
            jdbc.update(
                    "insert into grid_member (grid_id, staff_id, kind) values "
                            + "((select id from grid where code = ?), (select id from staff where username = ?), "
                            + "?)",
                    gridCode,
                    username,
                    role == Role.GRID_ASSISTANT ? "ASSISTANT" : "INSPECTOR");
        }
        return users.findActive(username).orElseThrow();
    }

    /** An employer of the test grid, on the test road; its credit code. */
    public String employer() {
        String code = newCreditCode();
        jdbc.update(
                "insert into employer (credit_code, name, grid_id, address, employee_count) "
                        + "values (?, ?, (select id from grid where code = ?), ?, 40)",
                code,
                "测试用人单位" + code.substring(10),
                grid,
                district + road + ThreadLocalRandom.current().nextInt(1, 999) + "号");
        return code;
    }

    /** A valid credit code nobody has registered. */
    public static String newCreditCode() {
        String body =
                "91330199MC" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return body + CreditCode.checkCharacter(body);
    }

    /** A valid ID card number of someone born in the 1980s. */
    public static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(r.nextInt(3650));
        String first17 = "330106" + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    /** A mobile number nobody else in the tests has. */
    public static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The JSON of POST /api/complaints. */
    public static String json(
            String kind, String creditCode, String category, int workers, boolean absconded, List<String[]> people) {
        List<String> complainants = new ArrayList<>();
        for (String[] p : people) {
            complainants.add("{\"name\":\"" + p[0] + "\",\"idNumber\":\"" + p[1] + "\",\"phone\":\"" + p[2]
                    + "\",\"address\":\"测试住址\"" + (p.length > 3 ? ",\"email\":\"" + p[3] + "\"" : "") + "}");
        }
        return """
                {"kind":"%s","channel":"PHONE","complainants":[%s],
                 "employer":{"creditCode":"%s"},
                 "category":"%s","workersAffected":%d,"amountOwed":12500.50,
                 "violationStartedOn":"%s","employerAbsconded":%s,
                 "description":"自上月起拖欠工资，多次催要未果",
                 "claims":"要求支付拖欠的工资"}"""
                .formatted(
                        kind,
                        String.join(",", complainants),
                        creditCode,
                        category,
                        workers,
                        TestClock.get().today().minusMonths(2),
                        absconded);
    }

    /** One complainant: name, ID number, phone. */
    public static String[] person(String name) {
        return new String[] {name, idNumber(), mobile()};
    }

    public static String complaintsJson(String creditCode, int workers) {
        return json("COMPLAINT", creditCode, "WAGE_ARREARS", workers, false, List.<String[]>of(person("张三")));
    }
}
