package cn.laborcase.inspection;

import cn.laborcase.intake.IntakeFixtures;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inspection cases written straight into the V17 tables for the read side's tests, in the demo grids (so that demo
 * users log in to read them): the read side must show whatever the write side stored, without depending on it.
 */
public final class InspectionReadFixtures {

    private final JdbcTemplate jdbc;

    public InspectionReadFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An employer of the grid whose name contains the marker; its id. */
    public long employer(String gridCode, String name) {
        String code = IntakeFixtures.newCreditCode();
        jdbc.update(
                "insert into employer (credit_code, name, grid_id, address, employee_count, legal_representative) "
                        + "values (?, ?, (select id from grid where code = ?), ?, 40, '王建国')",
                code,
                name,
                gridCode,
                "示范市测试路" + ThreadLocalRandom.current().nextInt(1, 999) + "号");
        return jdbc.queryForObject("select id from employer where credit_code = ?", Long.class, code);
    }

    /** A case of the office and grid against the employer; its id. */
    public long inspectionCase(
            String number,
            String officeCode,
            String gridCode,
            long employerId,
            String origin,
            String status,
            LocalDate filedOn,
            LocalDate dueDate,
            boolean extended) {
        jdbc.update(
                """
                insert into inspection_case (case_number, office_code, grid_code, employer_id, origin, origin_label,
                    status, facts, amount_owed, workers_affected, proposed_by, opened_at, filed_on, filed_by, due_date,
                    extended)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                number,
                officeCode,
                gridCode,
                employerId,
                origin,
                null,
                status,
                "拖欠 3 名劳动者 2026 年 6 月至 8 月工资",
                new BigDecimal("36000.00"),
                3,
                "inspector1",
                Timestamp.from(Instant.parse("2026-09-01T01:00:00Z")),
                filedOn == null ? null : Date.valueOf(filedOn),
                filedOn == null ? null : "leader1",
                dueDate == null ? null : Date.valueOf(dueDate),
                extended);
        return jdbc.queryForObject("select id from inspection_case where case_number = ?", Long.class, number);
    }

    public void inspector(long caseId, String username, boolean lead, boolean declared) {
        jdbc.update(
                "insert into inspection_case_inspector (case_id, username, lead, assigned_at, assigned_by, declared_at) "
                        + "values (?, ?, ?, ?, 'leader1', ?)",
                caseId,
                username,
                lead,
                Timestamp.from(Instant.parse("2026-09-01T02:00:00Z")),
                declared ? Timestamp.from(Instant.parse("2026-09-01T03:00:00Z")) : null);
    }

    public void worker(long caseId, String name, String idNumber, String amount) {
        jdbc.update(
                "insert into inspection_case_worker (case_id, name, id_number, amount_owed, period_from, period_to) "
                        + "values (?, ?, ?, ?, date '2026-06-01', date '2026-08-31')",
                caseId,
                name,
                idNumber,
                new BigDecimal(amount));
    }

    /** Links a complaint (an id no real complaint has: the unique key is the write side's guard). */
    public long complaint(long caseId, String number) {
        long id = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        jdbc.update(
                "insert into inspection_case_complaint (case_id, complaint_id, complaint_number, linked_at) "
                        + "values (?, ?, ?, current_timestamp)",
                caseId,
                id,
                number);
        return id;
    }

    public static String unique() {
        return IntakeFixtures.unique().substring(0, 6);
    }
}
