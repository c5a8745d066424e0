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
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The procedural decisions as a client and a clerk see them: the API's 400 naming each field in Chinese, 403 for a
 * role that may not act, 404 for another office's case, 409 for a repeated 回避 application; the case page's section
 * 程序事项 and its forms (wrong input beside its field and nothing written, done → 302 and the decision shown).
 */
@IntegrationTest
class ArbitrationProcedurePagesIT {

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
    org.camunda.bpm.engine.ProcessEngine engine;

    @Autowired
    cn.laborcase.workflow.TaskInbox inbox;

    @Autowired
    cn.laborcase.cases.CaseTimeline caseTimeline;

    ArbitrationFixtures a;
    Processes processes;

    @BeforeEach
    void setUp() {
        a = new ArbitrationFixtures(jdbc, users);
        processes = new Processes(engine, inbox, caseTimeline).start();
        TestClock.get()
                .set(OffsetDateTime.of(LocalDate.of(2026, 8, 17).atTime(10, 0), ZoneOffset.ofHours(8))
                        .toInstant());
    }

    @AfterEach
    void tearDown() {
        processes.close();
        TestClock.get().reset();
    }

    @Test
    void theChallengeApiNamesEveryRefusalAndAnswersTheProcedureRecord() throws Exception {
        long id = accepted(true);
        String path = "/api/arbitration/cases/" + id;
        UserAgent clerk = UserAgent.basic(port, a.clerk.username(), ArbitrationFixtures.PASSWORD);

        HttpResponse<String> empty = clerk.postJson(
                path + "/challenges",
                "{\"member\":\"" + a.arbitrator2.username() + "\",\"applicant\":\"申请人甲\",\"grounds\":\"\"}");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(empty.body()).contains("\"grounds\"").contains("请填写申请回避的理由");
        HttpResponse<String> nul = clerk.postJson(
                path + "/challenges",
                "{\"member\":\"" + a.arbitrator2.username() + "\",\"applicant\":\"申请人甲\",\"grounds\":\"理由\\u0000\"}");
        assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
        assertThat(nul.body()).contains("\"grounds\"");

        String body =
                "{\"member\":\"" + a.arbitrator2.username() + "\",\"applicant\":\"申请人甲\",\"grounds\":\"系被申请人股东\"}";
        HttpResponse<String> outsider = UserAgent.basic(port, a.outsider.username(), ArbitrationFixtures.PASSWORD)
                .postJson(path + "/challenges", body);
        assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(404);
        HttpResponse<String> arbitrator = UserAgent.basic(port, a.arbitrator1.username(), ArbitrationFixtures.PASSWORD)
                .postJson(path + "/challenges", body);
        assertThat(arbitrator.statusCode()).as(arbitrator.body()).isEqualTo(403);

        HttpResponse<String> created = clerk.postJson(path + "/challenges", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode challenge = json.readTree(created.body()).get("challenges").get(0);
        assertThat(challenge.get("statusLabel").asText()).isEqualTo("待决定");
        assertThat(challenge.get("decisionDueDate").asText()).isEqualTo("2026-08-20");
        HttpResponse<String> again = clerk.postJson(path + "/challenges", body);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("不能重复申请");

        String decide = path + "/challenges/" + challenge.get("id").asLong() + "/decision";
        HttpResponse<String> byClerk = clerk.postJson(decide, "{\"decision\":\"REFUSE\",\"reasons\":\"不成立\"}");
        assertThat(byClerk.statusCode()).as(byClerk.body()).isEqualTo(403);
        UserAgent director = UserAgent.basic(port, a.director.username(), ArbitrationFixtures.PASSWORD);
        HttpResponse<String> stale =
                director.postJson(decide, "{\"decision\":\"REFUSE\",\"reasons\":\"不成立\",\"version\":7}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        HttpResponse<String> huge =
                director.postJson(decide, "{\"decision\":\"MAYBE\",\"reasons\":\"" + "长".repeat(5000) + "\"}");
        assertThat(huge.statusCode()).as(huge.body()).isEqualTo(400);
        assertThat(huge.body()).contains("\"decision\"");
        HttpResponse<String> refused =
                director.postJson(decide, "{\"decision\":\"REFUSE\",\"reasons\":\"所述情形不属于回避事由\",\"version\":0}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        assertThat(json.readTree(refused.body())
                        .get("challenges")
                        .get(0)
                        .get("statusLabel")
                        .asText())
                .isEqualTo("驳回申请");
        assertThat(outsiderGet(path + "/procedure-record")).isEqualTo(404);
    }

    @Test
    void theDirectorDecidesSimpleHandlingOnTheCasePageAndWrongInputComesBackBesideItsField() throws Exception {
        long id = accepted(false);
        String path = "/arbitration/cases/" + id;
        UserAgent director = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD);
        String page = director.get(path).body();
        assertThat(page).contains("程序事项").contains("一般程序").contains("id=\"simple-form\"");

        HttpResponse<String> bad = postAs(director, path + "/simple-procedure", Map.of("reasons", ""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("请选择简易处理的情形");
        assertThat(jdbc.queryForObject(
                        "select count(*) from arbitration_procedure_decision where case_id = ?", Integer.class, id))
                .isZero();

        HttpResponse<String> clerk = postAs(
                UserAgent.loggedIn(port, a.clerk.username(), ArbitrationFixtures.PASSWORD),
                path + "/simple-procedure",
                Map.of("ground", "CLEAR_FACTS", "reasons", "事实清楚"));
        assertThat(clerk.statusCode()).isEqualTo(403);
        HttpResponse<String> outsider = postAs(
                UserAgent.loggedIn(port, a.outsider.username(), ArbitrationFixtures.PASSWORD),
                path + "/simple-procedure",
                Map.of("ground", "CLEAR_FACTS", "reasons", "事实清楚"));
        assertThat(outsider.statusCode()).isEqualTo(404);

        HttpResponse<String> done =
                postAs(director, path + "/simple-procedure", Map.of("ground", "CLEAR_FACTS", "reasons", "欠薪事实有工资条佐证"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        String after = director.get(path).body();
        assertThat(after).contains("简易处理").contains("欠薪事实有工资条佐证").contains("id=\"ordinary-form\"");
        assertThat(after).doesNotContain("id=\"simple-form\"");

        HttpResponse<String> again = postAs(
                director,
                path + "/jurisdiction-objections",
                Map.of("respondent", "示范市东湖恒信建筑工程有限公司", "grounds", "不属本会管辖"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
        assertThat(director.get(path).body())
                .contains("管辖异议")
                .contains("不属本会管辖")
                .contains("id=\"objection-decision-form\"");
    }

    @Test
    void aChallengeIsRegisteredAndDecidedThroughTheCasePageForms() throws Exception {
        long id = accepted(true);
        String path = "/arbitration/cases/" + id;
        UserAgent clerk = UserAgent.loggedIn(port, a.clerk.username(), ArbitrationFixtures.PASSWORD);
        assertThat(clerk.get(path).body()).contains("id=\"challenge-form\"").contains("申请人 申请人甲");

        HttpResponse<String> bad = postAs(
                clerk,
                path + "/challenges",
                Map.of("member", a.arbitrator2.username(), "applicant", "申请人甲", "grounds", " "));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("请填写申请回避的理由");
        HttpResponse<String> filed = postAs(
                clerk,
                path + "/challenges",
                Map.of("member", a.arbitrator2.username(), "applicant", "申请人甲", "grounds", "系被申请人股东"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
        HttpResponse<String> twice = postAs(
                clerk,
                path + "/challenges",
                Map.of("member", a.arbitrator2.username(), "applicant", "申请人甲", "grounds", "系被申请人股东"));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("不能重复申请");

        UserAgent director = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD);
        String page = director.get(path).body();
        assertThat(page).contains("待决定").contains("class=\"challenge-decision-form\"");
        long challengeId =
                jdbc.queryForObject("select id from arbitration_challenge where case_id = ?", Long.class, id);
        HttpResponse<String> decided = postAs(
                director,
                path + "/challenges/" + challengeId + "/decision",
                Map.of("decision", "REFUSE", "reasons", "所述情形不属于回避事由", "version", "0"));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(302);
        assertThat(director.get(path).body()).contains("驳回申请").doesNotContain("class=\"challenge-decision-form\"");
    }

    private int outsiderGet(String path) {
        return UserAgent.basic(port, a.outsider.username(), ArbitrationFixtures.PASSWORD)
                .get(path)
                .statusCode();
    }

    private long accepted(boolean composeTribunal) throws Exception {
        RegisteredApplication r = registration.register(
                a.clerk,
                json.readValue(
                        ArbitrationFixtures.application(
                                "2026-08-14T09:00:00+08:00", ArbitrationFixtures.claim("WAGES", "18600.00", "支付工资")),
                        RegisterApplicationRequest.class),
                null);
        review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null));
        String pid = jdbc.queryForObject(
                "select process_instance_id from arbitration_case where id = ?", String.class, r.id());
        processes.runAsyncSteps(pid);
        if (composeTribunal) {
            preparation.composeTribunal(
                    a.director,
                    r.id(),
                    new TribunalRequest(
                            "THREE",
                            a.arbitrator1.username(),
                            a.arbitrator2.username(),
                            a.arbitrator3.username(),
                            null));
        }
        return r.id();
    }

    private static HttpResponse<String> postAs(UserAgent agent, String path, Map<String, String> fields) {
        Map<String, String> mine = new LinkedHashMap<>(fields);
        mine.put("_csrf", agent.csrfToken("/"));
        return agent.postForm(path, mine);
    }
}
