package cn.laborcase.workflow;

import cn.laborcase.employer.CreditCode;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.TestClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data of its own for each test: a grid with its staff and registry reviews started in it, so that a test
 * never depends on the demo tasks or on another test's leftovers. Staff get the demo password.
 */
final class WorkflowFixtures {

    static final String PROCESS = "employer-registry-review";
    static final String VERIFY = "Task_VerifyRegistry";
    static final String CONFIRM = "Task_ConfirmRegistry";
    static final String PASSWORD = "Demo@2026";

    private final JdbcTemplate jdbc;
    private final ProcessStarter starter;
    private final UserLookup users;

    WorkflowFixtures(JdbcTemplate jdbc, ProcessStarter starter, UserLookup users) {
        this.jdbc = jdbc;
        this.starter = starter;
        this.users = users;
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** A new grid of the office, with no staff yet. */
    String newGrid(String officeCode) {
        String code = "T" + unique();
        jdbc.update(
                "insert into grid (code, name, office_id, area_description) "
                        + "values (?, ?, (select id from office where code = ?), '测试片区')",
                code,
                "测试网格" + code,
                officeCode);
        return code;
    }

    /** A staff member of the office with one role, member of the grid (if given) as INSPECTOR or ASSISTANT. */
    CurrentUser newStaff(String name, Role role, String officeCode, String gridCode, String kind) {
        String username = "t" + unique().toLowerCase();
        jdbc.update(
                "insert into staff (username, display_name, password_hash, office_id, title, active, demo, created_at) "
                        + "values (?, ?, (select password_hash from staff where username = 'admin'), "
                        + "(select id from office where code = ?), ?, true, true, current_timestamp)",
                username,
                name,
                officeCode,
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
                    kind);
        }
        return user(username);
    }

    CurrentUser user(String username) {
        return users.findActive(username).orElseThrow();
    }

    /** An employer of the grid that has never had its registry entry checked; returns its credit code. */
    String newEmployer(String gridCode) {
        String body =
                "91330199MB" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String code = body + CreditCode.checkCharacter(body);
        jdbc.update(
                "insert into employer (credit_code, name, grid_id, address, employee_count) "
                        + "values (?, ?, (select id from grid where code = ?), '测试路1号', 20)",
                code,
                "测试用人单位" + code,
                gridCode);
        return code;
    }

    /** Starts a registry review of the grid due at the given instant; returns the process instance id. */
    String startReview(String gridCode, String officeCode, Instant due) {
        String businessKey = "IT-" + unique();
        return starter.start(
                PROCESS,
                businessKey,
                new CaseContext("测试核查 " + businessKey, officeCode, gridCode),
                Map.of("dueDate", Date.from(due)));
    }

    String startReview(String gridCode, String officeCode) {
        return startReview(gridCode, officeCode, TestClock.get().instant().plus(7, ChronoUnit.DAYS));
    }

    String businessKey(String processInstanceId) {
        return jdbc.queryForObject(
                "select business_key from wf_task where process_instance_id = ? fetch first 1 rows only",
                String.class,
                processInstanceId);
    }

    /** The id of the one open task of the process instance. */
    String openTask(String processInstanceId) {
        List<String> ids = jdbc.queryForList(
                "select id from wf_task where process_instance_id = ? and status = 'OPEN'",
                String.class,
                processInstanceId);
        if (ids.size() != 1) {
            throw new IllegalStateException("expected one open task, found " + ids);
        }
        return ids.get(0);
    }

    Map<String, Object> row(String taskId) {
        return jdbc.queryForMap("select * from wf_task where id = ?", taskId);
    }

    List<String> candidates(String taskId) {
        return jdbc.queryForList(
                "select group_id from wf_task_candidate where task_id = ? order by group_id", String.class, taskId);
    }

    List<String> auditActions(String taskId) {
        return jdbc.queryForList(
                "select action from audit_entry where target_type = 'TASK' and target_id = ? order by occurred_at, id",
                String.class,
                taskId);
    }

    /** The verify form's values as a page would post them. */
    static Map<String, Object> verifyValues() {
        return Map.of("checkedCount", "7", "changedCount", "1", "verifyComment", "新增 1 户");
    }
}
