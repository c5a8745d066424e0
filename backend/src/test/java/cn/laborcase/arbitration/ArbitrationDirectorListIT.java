package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The director's list: overdue first, then by days to the award deadline, then the suspended cases with the day
 * they stood still and for how long; filtered by arbitrator, status and suspended only; paged in the database.
 */
@IntegrationTest
class ArbitrationDirectorListIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    @Autowired
    ArbitrationRegistration registration;

    @Autowired
    ApplicationReview review;

    @Autowired
    AwardPeriod period;

    @Autowired
    ArbitrationQueries queries;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline timeline;

    ArbitrationFixtures a;

    /** Paused job executor: the acceptance reminders of cases received weeks "ago" would fire while a test decides. */
    Processes processes;

    @BeforeEach
    void setUp() {
        a = new ArbitrationFixtures(jdbc, users);
        processes = new Processes(engine, inbox, timeline).start();
    }

    @AfterEach
    void tearDown() {
        processes.close();
        TestClock.get().reset();
    }

    @Test
    void overdueFirstThenByDaysLeftThenTheSuspendedWithTheirDaysPagedAndFiltered() throws Exception {
        long overdue = acceptedOn(LocalDate.of(2026, 7, 1)); // due 08-15, a Saturday → 08-17
        long running = acceptedOn(LocalDate.of(2026, 8, 17)); // due 10-08
        long suspended = acceptedOn(LocalDate.of(2026, 8, 20));
        at(LocalDate.of(2026, 8, 25));
        period.suspend(
                a.director, suspended, new AwardPeriodRequest(null, "PUBLIC_NOTICE", "被申请人下落不明", null, null, null));
        long received = registered(); // not accepted: no award period
        for (long id : new long[] {suspended, received, running, overdue}) {
            sits(a.arbitrator1.username(), id);
        }
        at(LocalDate.of(2026, 9, 1));
        String who = a.arbitrator1.username();

        ArbitrationCasePage all = queries.page(a.director, new ArbitrationCaseFilter(null, who, false, 0, 20));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.items())
                .extracting(ArbitrationCaseListItem::id)
                .containsExactly(overdue, running, suspended, received);
        assertThat(all.items().get(0).overdue()).isTrue();
        assertThat(all.items().get(0).awardDueDate()).isEqualTo(LocalDate.of(2026, 8, 17));
        assertThat(all.items().get(1).awardDaysLeft()).isEqualTo(37);
        ArbitrationCaseListItem paused = all.items().get(2);
        assertThat(paused.suspended()).isTrue();
        assertThat(paused.suspendedSince()).isEqualTo(LocalDate.of(2026, 8, 25));
        assertThat(paused.suspendedDays()).isEqualTo(7);
        assertThat(paused.awardDueDate()).isNull();

        ArbitrationCasePage second = queries.page(a.director, new ArbitrationCaseFilter(null, who, false, 1, 3));
        assertThat(second.items()).extracting(ArbitrationCaseListItem::id).containsExactly(received);
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.pages()).isEqualTo(2);
        assertThat(queries.page(a.director, new ArbitrationCaseFilter(null, who, true, 0, 20))
                        .items())
                .extracting(ArbitrationCaseListItem::id)
                .containsExactly(suspended);
        assertThat(queries.page(a.director, new ArbitrationCaseFilter(ArbitrationStatus.RECEIVED, who, false, 0, 20))
                        .items())
                .extracting(ArbitrationCaseListItem::id)
                .containsExactly(received);
        assertThat(queries.page(a.outsider, new ArbitrationCaseFilter(null, who, false, 0, 20))
                        .total())
                .as("another office sees none of them")
                .isZero();

        UserAgent director = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD);
        String page = director.get("/arbitration/cases?suspended=true&arbitrator=" + who)
                .body();
        assertThat(page)
                .contains("共 1 件")
                .contains("中止中，自 2026-08-25 起已 7 天")
                .contains("value=\"" + who + "\" selected=\"selected\">" + a.arbitrator1.displayName() + "<");
        String paged =
                director.get("/arbitration/cases?page=2&arbitrator=" + who).body();
        assertThat(paged).contains("共 4 件");

        JsonNode api = json.readTree(UserAgent.basic(port, a.director.username(), ArbitrationFixtures.PASSWORD)
                .get("/api/arbitration/cases?suspended=true&arbitrator=" + who)
                .body());
        assertThat(api.size()).isEqualTo(1);
        assertThat(api.get(0).get("suspendedSince").asText()).isEqualTo("2026-08-25");
        assertThat(api.get(0).get("suspendedDays").asLong()).isEqualTo(7);
    }

    private long registered() throws Exception {
        return registration
                .register(
                        a.clerk,
                        json.readValue(
                                ArbitrationFixtures.application(
                                        "2026-06-29T09:00:00+08:00",
                                        ArbitrationFixtures.claim("WAGES", "18600.00", "支付工资")),
                                RegisterApplicationRequest.class),
                        null)
                .id();
    }

    private long acceptedOn(LocalDate day) throws Exception {
        at(day);
        long id = registered();
        review.decide(a.director, id, new AcceptanceDecision("ACCEPT", null));
        return id;
    }

    private void sits(String username, long caseId) {
        jdbc.update(
                "insert into arbitration_tribunal_member (case_id, username, member_role, position) values (?, ?, 'SOLE', 0)",
                caseId,
                username);
    }

    private static void at(LocalDate day) {
        TestClock.get()
                .set(OffsetDateTime.of(day.atTime(10, 0), ZoneOffset.ofHours(8)).toInstant());
    }
}
