package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
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
 * The award side's forms on the case page as a logged-in arbitrator uses them: the award through the form (two
 * 裁决书 listed with their PDFs), wrong input back on the page with 400 and each message beside its field and
 * nothing written, another office's user 404, a user who sees the case but does not sit on its tribunal 403.
 */
@IntegrationTest
class ArbitrationAwardPagesIT {

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

    @BeforeEach
    void setUp() {
        a = new ArbitrationFixtures(jdbc, users);
    }

    @AfterEach
    void tearDown() {
        TestClock.get().reset();
    }

    @Test
    void anArbitratorAwardsATwoItemCaseThroughTheFormAndWrongInputComesBackBesideItsFields() throws Exception {
        LocalDate accepted = LocalDate.of(2026, 8, 17);
        TestClock.get()
                .set(OffsetDateTime.of(accepted.atTime(10, 0), ZoneOffset.ofHours(8))
                        .toInstant());
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
            String path = "/arbitration/cases/" + r.id();

            UserAgent arbitrator = UserAgent.loggedIn(port, a.arbitrator1.username(), ArbitrationFixtures.PASSWORD);
            String page = arbitrator.get(path).body();
            assertThat(page)
                    .contains("作出裁决", "缺席裁决", "中止审理", "撤回仲裁申请")
                    .contains("name=\"items[0].outcome\"", "name=\"items[1].reasoning\"")
                    .doesNotContain("批准延长审理期限") // the director's
                    .doesNotContain(">AWARDED<");
            String csrf = arbitrator.csrfToken(path);

            Map<String, String> hostile = new LinkedHashMap<>();
            hostile.put("_csrf", csrf);
            hostile.put("items[0].outcome", "AWARDED");
            hostile.put("items[0].amount", "-1");
            hostile.put("items[0].reasoning", "");
            hostile.put("items[1].outcome", "AWARDED");
            hostile.put("items[1].amount", "1e20<script>");
            hostile.put("items[1].reasoning", "违法解除");
            HttpResponse<String> bad = arbitrator.postForm(path + "/award", hostile);
            assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
            assertThat(bad.body())
                    .contains("请填写裁决理由", "不能为负数", "须为数字")
                    .contains("有 3 处填写有误")
                    .doesNotContain("1e20<script>")
                    .contains("1e20&lt;script&gt;");
            assertThat(awardsOf(r.id())).isZero();
            assertThat(statusOf(r.id())).isEqualTo("TRIBUNAL_COMPOSED");

            Map<String, String> good = Map.of(
                    "_csrf", csrf,
                    "items[0].outcome", "AWARDED",
                    "items[0].amount", "18600.00",
                    "items[0].reasoning", "工资有工资条为证",
                    "items[1].outcome", "AWARDED",
                    "items[1].amount", "36000.00",
                    "items[1].reasoning", "违法解除");

            HttpResponse<String> outsider = postAs(
                    UserAgent.loggedIn(port, a.outsider.username(), ArbitrationFixtures.PASSWORD),
                    path + "/award",
                    good);
            assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(404);

            UserAgent notOnTribunal = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD);
            HttpResponse<String> forbidden = postAs(notOnTribunal, path + "/award", good);
            assertThat(forbidden.statusCode()).as(forbidden.body()).isEqualTo(403);
            assertThat(forbidden.body()).contains("只有本案仲裁庭成员可以作出裁决");
            assertThat(awardsOf(r.id())).isZero();

            HttpResponse<String> done = arbitrator.postForm(path + "/award", good);
            assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
            assertThat(UserAgent.location(done)).endsWith(path);
            assertThat(awardsOf(r.id())).isEqualTo(2);
            String after = arbitrator.get(path).body();
            assertThat(after)
                    .contains("已作出仲裁裁决")
                    .contains("仲裁裁决书（终局裁决）")
                    .contains("仲裁裁决书（非终局裁决）")
                    .contains("工资有工资条为证")
                    .doesNotContain("id=\"award-form\"");
            assertThat(after.split("裁决书 PDF", -1)).hasSize(3);

            HttpResponse<String> again = arbitrator.postForm(path + "/award", good);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
            assertThat(awardsOf(r.id())).isEqualTo(2);
        } finally {
            processes.close();
        }
    }

    @Test
    void theDirectorExtendsSuspendsResumesAndWithdrawsThroughTheForms() throws Exception {
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
        String path = "/arbitration/cases/" + r.id();
        UserAgent director = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD);
        assertThat(director.get(path).body())
                .contains("延长审理期限", "中止审理", "撤回仲裁申请")
                .doesNotContain("id=\"award-form\"")
                .doesNotContain("id=\"resumption-form\"");

        HttpResponse<String> bad = postAs(director, path + "/extension", Map.of("days", "20", "reason", ""));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("1至15日", "请填写理由", "有 2 处填写有误"); // every wrong field at once
        HttpResponse<String> letters = postAs(director, path + "/extension", Map.of("days", "十五", "reason", "案情复杂"));
        assertThat(letters.statusCode()).as(letters.body()).isEqualTo(400);
        assertThat(letters.body()).contains("1至15的整数");

        HttpResponse<String> extended = postAs(director, path + "/extension", Map.of("days", "15", "reason", "案情复杂"));
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(302);
        HttpResponse<String> twice = postAs(director, path + "/extension", Map.of("days", "1", "reason", "仍需鉴定"));
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
        assertThat(twice.body()).contains("不能再次延长");

        HttpResponse<String> noReason = postAs(director, path + "/suspension", Map.of("reason", " "));
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        HttpResponse<String> suspended = postAs(director, path + "/suspension", Map.of("reason", "申请人住院治疗"));
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(302);
        assertThat(director.get(path).body()).contains("中止中，期限暂停计算", "id=\"resumption-form\"");

        TestClock.get()
                .set(OffsetDateTime.of(accepted.plusDays(3).atTime(10, 0), ZoneOffset.ofHours(8))
                        .toInstant());
        HttpResponse<String> resumed = postAs(director, path + "/resumption", Map.of("reason", "申请人已出院"));
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(302);

        HttpResponse<String> outsider = postAs(
                UserAgent.loggedIn(port, a.outsider.username(), ArbitrationFixtures.PASSWORD),
                path + "/withdrawal",
                Map.of("reason", "双方和解"));
        assertThat(outsider.statusCode()).isEqualTo(404);
        HttpResponse<String> withdrawn = postAs(director, path + "/withdrawal", Map.of("reason", "双方和解"));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(302);
        assertThat(statusOf(r.id())).isEqualTo("WITHDRAWN");
        assertThat(director.get(path).body()).doesNotContain("id=\"award-actions\"");
    }

    /** The form as this user would post it, with the user's own CSRF token. */
    private static HttpResponse<String> postAs(UserAgent agent, String path, Map<String, String> fields) {
        Map<String, String> mine = new LinkedHashMap<>(fields);
        mine.put("_csrf", agent.csrfToken("/"));
        return agent.postForm(path, mine);
    }

    private int awardsOf(long id) {
        return jdbc.queryForObject("select count(*) from arbitration_award where case_id = ?", Integer.class, id);
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from arbitration_case where id = ?", String.class, id);
    }
}
