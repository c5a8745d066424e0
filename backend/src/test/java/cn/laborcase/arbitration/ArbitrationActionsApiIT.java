package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The award side's API as a client sees it: 400 naming each field in Chinese, 403 for a role that may not act, 404
 * for another office's case, 409 for a second extension, and the award record with its deadline fields.
 */
@IntegrationTest
class ArbitrationActionsApiIT {

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
    CasePreparation preparation;

    @Autowired
    Awards awards;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Autowired
    cn.laborcase.workflow.TaskInbox inbox;

    @Autowired
    cn.laborcase.cases.CaseTimeline caseTimeline;

    ArbitrationFixtures a;

    @BeforeEach
    void setUp() {
        a = new ArbitrationFixtures(jdbc, users);
    }

    @AfterEach
    void tearDown() {
        TestClock.get().reset();
    }

    @Test
    void theExtensionIsTheDirectorsOnceAndEveryRefusalSaysWhy() throws Exception {
        LocalDate accepted = LocalDate.of(2026, 8, 17);
        TestClock.get()
                .set(OffsetDateTime.of(accepted.atTime(10, 0), ZoneOffset.ofHours(8))
                        .toInstant());
        RegisteredApplication r = registration.register(
                a.clerk,
                json.readValue(
                        ArbitrationFixtures.application(
                                "2026-08-14T09:00:00+08:00", ArbitrationFixtures.claim("WAGES", "18600.00", "支付工资")),
                        RegisterApplicationRequest.class),
                null);
        review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null));
        String path = "/api/arbitration/cases/" + r.id();
        UserAgent director = UserAgent.basic(port, a.director.username(), ArbitrationFixtures.PASSWORD);

        HttpResponse<String> bad = director.postJson(path + "/extension", "{\"days\":20,\"reason\":\"\"}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("\"days\"").contains("1至15日");

        HttpResponse<String> clerk = UserAgent.basic(port, a.clerk.username(), ArbitrationFixtures.PASSWORD)
                .postJson(path + "/extension", "{\"days\":15,\"reason\":\"案情复杂\"}");
        assertThat(clerk.statusCode()).as(clerk.body()).isEqualTo(403);

        HttpResponse<String> outsider = UserAgent.basic(port, a.outsider.username(), ArbitrationFixtures.PASSWORD)
                .postJson(path + "/extension", "{\"days\":15,\"reason\":\"案情复杂\"}");
        assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(404);

        HttpResponse<String> ok = director.postJson(path + "/extension", "{\"days\":15,\"reason\":\"案情复杂\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode period = json.readTree(ok.body()).get("awardPeriod");
        assertThat(period.get("dueDate").asText()).isEqualTo("2026-10-16");
        assertThat(period.get("extended").asBoolean()).isTrue();
        assertThat(period.get("paused").asBoolean()).isFalse();
        assertThat(period.get("legalBasis").asText()).contains("第四十三条");

        HttpResponse<String> again = director.postJson(path + "/extension", "{\"days\":1,\"reason\":\"仍需鉴定\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("不能再次延长");

        HttpResponse<String> record = director.get(path + "/award-record");
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(json.readTree(record.body())
                        .get("changes")
                        .get(0)
                        .get("kind")
                        .asText())
                .isEqualTo("EXTENDED");
    }

    @Test
    void theCaseViewAndPageShowTheAwardSideInChineseWithThePdfLinks() throws Exception {
        LocalDate accepted = LocalDate.of(2026, 8, 17);
        TestClock.get()
                .set(OffsetDateTime.of(accepted.atTime(10, 0), ZoneOffset.ofHours(8))
                        .toInstant());
        // the job executor paused before the acceptance creates the case's asynchronous steps, so that the test runs
        // them alone (an executor thread taking the same job failed the run on the engine's optimistic lock)
        Processes processes = new Processes(engine, inbox, caseTimeline).start();
        try {
            RegisteredApplication r = registration.register(
                    a.clerk,
                    json.readValue(
                            ArbitrationFixtures.application(
                                    "2026-08-14T09:00:00+08:00",
                                    ArbitrationFixtures.claim("WAGES", "18600.00", "支付工资"),
                                    ArbitrationFixtures.claim("SEVERANCE", "36000.00", "经济补偿")),
                            RegisterApplicationRequest.class),
                    null);
            review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null));
            String pid = jdbc.queryForObject(
                    "select process_instance_id from arbitration_case where id = ?", String.class, r.id());
            String path = "/api/arbitration/cases/" + r.id();
            UserAgent director = UserAgent.basic(port, a.director.username(), ArbitrationFixtures.PASSWORD);
            processes.runAsyncSteps(pid);
            preparation.composeTribunal(
                    a.director,
                    r.id(),
                    new TribunalRequest(
                            "THREE",
                            a.arbitrator1.username(),
                            a.arbitrator2.username(),
                            a.arbitrator3.username(),
                            null));
            processes.runAsyncSteps(pid);
            awards.award(
                    a.arbitrator1,
                    r.id(),
                    new AwardRequest(
                            List.of(
                                    new AwardRequest.Item(0, "AWARDED", "18600.00", "工资有工资条为证"),
                                    new AwardRequest.Item(1, "AWARDED", "36000.00", "违法解除")),
                            false));

            HttpResponse<String> view = director.get(path);
            assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
            JsonNode award = json.readTree(view.body()).get("award");
            assertThat(award.get("changes").get(0).get("kindLabel").asText()).isEqualTo("裁决");
            assertThat(award.get("awards")).hasSize(2);
            assertThat(award.get("awardPeriod").get("closedOn").asText()).isEqualTo("2026-08-17");

            HttpResponse<String> page = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD)
                    .get("/arbitration/cases/" + r.id());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("审理期限与结案")
                    .contains("仲裁裁决书（终局裁决）")
                    .contains("仲裁裁决书（非终局裁决）")
                    .contains("工资有工资条为证")
                    .contains("/documents/"
                            + award.get("awards").get(0).get("documentId").asLong() + "/pdf")
                    .contains("裁决")
                    .doesNotContain(">AWARDED<");
        } finally {
            processes.close();
        }
    }
}
