package cn.laborcase.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.intake.ComplaintAccepted;
import cn.laborcase.intake.ComplaintCategory;
import cn.laborcase.intake.Route;
import cn.laborcase.intake.WageEmergencyReported;
import cn.laborcase.support.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V9 on a database with intake data written by V8's tables: the timeline, the counters and the pending events move
 * into the kernel's tables, and the events' stored JSON still reads as the records (what Modulith will deserialise
 * when it delivers them to the track's listener).
 */
class KernelMigrationIT {

    private static final String DATABASE = "v9";

    @AfterAll
    static void dropDatabase() {
        TestDatabase.get().dropDatabase(DATABASE);
    }

    @Test
    void movesIntakesTimelineCountersAndPendingEventsIntoTheKernel() throws Exception {
        TestDatabase db = TestDatabase.get();
        String url = db.createDatabase(DATABASE);
        // V8's intake rows exist only in stock-PostgreSQL installs: the Oracle-compatible mode is supported from the
        // release that brings V9, so there is no V8 data to move there (and this test writes V8 rows in PostgreSQL's
        // own literal syntax)
        org.junit.jupiter.api.Assumptions.assumeFalse(oracleMode(url, db), "no V8 data on an Oracle-mode database");
        FluentConfiguration flyway =
                Flyway.configure().dataSource(url, db.username(), db.password()).locations("classpath:db/migration");
        flyway.target("8").load().migrate();
        SingleConnectionDataSource data = new SingleConnectionDataSource(url, db.username(), db.password(), true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(data);
            // rows as V8's code wrote them; the complaints they point to are not needed for the move
            jdbc.execute("set session_replication_role = replica");
            jdbc.update("insert into complaint_counter (office_code, year, last_seq) values ('D1', 2026, 12)");
            jdbc.update("insert into complaint_timeline (complaint_id, occurred_at, step, actor, actor_name, detail)"
                    + " values (7, timestamp with time zone '2026-03-02 09:30:00+08', 'REGISTERED', 'clerk1', '王芳',"
                    + " '经窗口登记投诉'), (7, timestamp with time zone '2026-03-02 09:30:01+08', 'EMERGENCY_REPORTED',"
                    + " 'system', '系统', null)");
            jdbc.update(
                    "insert into intake_event (event_type, complaint_id, occurred_at, office_code, grid_code, payload)"
                            + " values ('WageEmergencyReported', 7, timestamp with time zone '2026-03-02 09:30:01+08',"
                            + " 'D1', 'G01', ?), ('ComplaintAccepted', 7, timestamp with time zone"
                            + " '2026-03-05 10:00:00+08', 'D1', 'G01', ?)",
                    "{\"complaintId\":7,\"complaintNumber\":\"东湖投诉〔2026〕12号\",\"employerId\":3,"
                            + "\"employerName\":\"某建筑公司\",\"creditCode\":\"91330100MA00000001\",\"officeCode\":\"D1\","
                            + "\"gridCode\":\"G01\",\"workersAffected\":30,\"amountOwed\":240000.00,"
                            + "\"employerAbsconded\":false,\"reportedAt\":\"2026-03-02T01:30:01Z\"}",
                    "{\"complaintId\":7,\"complaintNumber\":\"东湖投诉〔2026〕12号\",\"employerId\":3,\"officeCode\":\"D1\","
                            + "\"gridCode\":\"G01\",\"category\":\"WAGE_ARREARS\",\"route\":\"EMERGENCY\",\"complainants\":2,"
                            + "\"acceptedOn\":\"2026-03-05\",\"acceptedBy\":\"inspector1\","
                            + "\"occurredAt\":\"2026-03-05T02:00:00Z\"}");
            jdbc.execute("set session_replication_role = origin");

            flyway.target("9").load().migrate();

            assertThat(jdbc.queryForList(
                            "select case_type, case_id, step, step_label, actor_name from case_timeline order by id"))
                    .extracting(r -> r.get("case_type") + ":" + r.get("case_id") + " " + r.get("step") + " "
                            + r.get("step_label") + " " + r.get("actor_name"))
                    .containsExactly("COMPLAINT:7 REGISTERED 登记 王芳", "COMPLAINT:7 EMERGENCY_REPORTED 欠薪应急上报 系统");
            assertThat(jdbc.queryForMap("select series, office_code, year, last_seq from case_number_counter"))
                    .containsEntry("series", "COMPLAINT")
                    .containsEntry("last_seq", 12);
            List<Map<String, Object>> publications = jdbc.queryForList(
                    "select listener_id, event_type, serialized_event, completion_date from event_publication"
                            + " order by publication_date");
            assertThat(publications)
                    .extracting(p -> p.get("listener_id"))
                    .containsExactly(WageEmergencyReported.EMERGENCY_LISTENER, ComplaintAccepted.INSPECTION_LISTENER);
            assertThat(publications)
                    .allSatisfy(p -> assertThat(p.get("completion_date")).isNull());

            ObjectMapper json = new ObjectMapper().findAndRegisterModules();
            Object reported =
                    json.readValue((String) publications.get(0).get("serialized_event"), Class.forName((String)
                            publications.get(0).get("event_type")));
            assertThat(reported).isInstanceOfSatisfying(WageEmergencyReported.class, e -> {
                assertThat(e.complaint().key()).isEqualTo("COMPLAINT:7");
                assertThat(e.amountOwed()).isEqualByComparingTo(new BigDecimal("240000"));
                assertThat(e.reportedAt()).isEqualTo(Instant.parse("2026-03-02T01:30:01Z"));
            });
            Object accepted =
                    json.readValue((String) publications.get(1).get("serialized_event"), Class.forName((String)
                            publications.get(1).get("event_type")));
            assertThat(accepted).isInstanceOfSatisfying(ComplaintAccepted.class, e -> {
                assertThat(e.category()).isEqualTo(ComplaintCategory.WAGE_ARREARS);
                assertThat(e.route()).isEqualTo(Route.EMERGENCY);
                assertThat(e.acceptedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
            });
            assertThat(jdbc.queryForObject(
                            "select count(*) from information_schema.tables where table_name in"
                                    + " ('complaint_timeline', 'complaint_counter', 'intake_event')",
                            Long.class))
                    .isZero();
        } finally {
            data.destroy();
        }
    }

    private static boolean oracleMode(String url, TestDatabase db) {
        SingleConnectionDataSource probe = new SingleConnectionDataSource(url, db.username(), db.password(), true);
        try {
            return "oracle"
                    .equalsIgnoreCase(
                            new JdbcTemplate(probe).queryForObject("show ivorysql.compatible_mode", String.class));
        } catch (org.springframework.dao.DataAccessException stockPostgreSql) {
            return false;
        } finally {
            probe.destroy();
        }
    }
}
