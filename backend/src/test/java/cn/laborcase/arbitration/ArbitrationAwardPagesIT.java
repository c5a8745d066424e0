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

    @Test
    void theTribunalMakesTheMediationDocumentThroughTheFormAndWrongTermsAreNamed() throws Exception {
        TestClock.get()
                .set(OffsetDateTime.of(LocalDate.of(2026, 8, 17).atTime(10, 0), ZoneOffset.ofHours(8))
                        .toInstant());
        Processes processes = new Processes(engine, inbox, caseTimeline).start();
        try {
            RegisteredApplication r = registration.register(
                    a.clerk,
                    json.readValue(
                            ArbitrationFixtures.application(
                                    "2026-08-14T09:00:00+08:00",
                                    ArbitrationFixtures.claim("WAGES", "18600.00", "支付工资")),
                            RegisterApplicationRequest.class),
                    null);
            String path = "/arbitration/cases/" + r.id();
            UserAgent director = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD);
            review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null));
            assertThat(director.get(path).body())
                    .as("no tribunal yet: nobody makes a 调解书")
                    .doesNotContain("id=\"mediation-form\"");
            String pid = jdbc.queryForObject(
                    "select process_instance_id from arbitration_case where id = ?", String.class, r.id());
            processes.runAsyncSteps(pid);
            preparation.composeTribunal(
                    a.director, r.id(), new TribunalRequest("SOLE", null, null, null, a.arbitrator1.username()));
            processes.runAsyncSteps(pid);

            UserAgent arbitrator = UserAgent.loggedIn(port, a.arbitrator1.username(), ArbitrationFixtures.PASSWORD);
            assertThat(arbitrator.get(path).body()).contains("制作仲裁调解书", "id=\"mediation-form\"", "调解协议内容");
            assertThat(director.get(path).body())
                    .as("the 调解书 is the tribunal's")
                    .doesNotContain("id=\"mediation-form\"");

            HttpResponse<String> empty = postAs(arbitrator, path + "/mediation", Map.of("terms", "  "));
            assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
            assertThat(empty.body()).contains("请填写调解协议内容", "id=\"mediation-form\"");
            HttpResponse<String> control = postAs(arbitrator, path + "/mediation", Map.of("terms", "被申请人支付\u0000工资"));
            assertThat(control.statusCode()).as(control.body()).isEqualTo(400);
            assertThat(control.body()).contains("调解协议内容");
            assertThat(mediationsOf(r.id())).isZero();

            String terms = "被申请人于2026年9月10日前支付申请人工资15,000.00元；申请人放弃其余请求。";
            HttpResponse<String> outsider = postAs(
                    UserAgent.loggedIn(port, a.outsider.username(), ArbitrationFixtures.PASSWORD),
                    path + "/mediation",
                    Map.of("terms", terms));
            assertThat(outsider.statusCode()).isEqualTo(404);
            HttpResponse<String> forbidden = postAs(director, path + "/mediation", Map.of("terms", terms));
            assertThat(forbidden.statusCode()).as(forbidden.body()).isEqualTo(403);
            assertThat(forbidden.body()).contains("只有本案仲裁庭成员可以制作仲裁调解书");
            assertThat(mediationsOf(r.id())).isZero();

            HttpResponse<String> done = postAs(arbitrator, path + "/mediation", Map.of("terms", terms));
            assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
            assertThat(mediationsOf(r.id())).isEqualTo(1);
            String after = arbitrator.get(path).body();
            assertThat(after)
                    .contains("已制作仲裁调解书")
                    .contains("调解书 PDF")
                    .contains("尚未生效")
                    .doesNotContain("id=\"mediation-form\"");
            assertThat(statusOf(r.id()))
                    .as("effective only when both sides sign")
                    .isEqualTo("TRIBUNAL_COMPOSED");
            HttpResponse<String> again = postAs(arbitrator, path + "/mediation", Map.of("terms", terms));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
            assertThat(again.body()).contains("已制作仲裁调解书");
            assertThat(mediationsOf(r.id())).isEqualTo(1);
        } finally {
            processes.close();
        }
    }

    @Test
    void theDirectorRecordsAWithdrawalBeforeAcceptanceOnTheCasePage() throws Exception {
        TestClock.get()
                .set(OffsetDateTime.of(LocalDate.of(2026, 8, 17).atTime(10, 0), ZoneOffset.ofHours(8))
                        .toInstant());
        RegisteredApplication received = register();
        RegisteredApplication supplement = register();
        review.requestSupplement(a.clerk, supplement.id(), new SupplementRequest(java.util.List.of("补充身份证复印件")));
        assertThat(statusOf(supplement.id())).isEqualTo("AWAITING_SUPPLEMENT");

        UserAgent director = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD);
        UserAgent clerk = UserAgent.loggedIn(port, a.clerk.username(), ArbitrationFixtures.PASSWORD);
        for (RegisteredApplication r : java.util.List.of(received, supplement)) {
            String page = director.get("/arbitration/cases/" + r.id()).body();
            assertThat(page)
                    .contains("id=\"withdrawal-form\"", "撤回仲裁申请")
                    .as("按撤回处理 needs a hearing: not before acceptance")
                    .doesNotContain("id=\"absent-applicant-form\"")
                    .doesNotContain("id=\"suspension-form\"");
            assertThat(clerk.get("/arbitration/cases/" + r.id()).body()).doesNotContain("id=\"withdrawal-form\"");
        }

        String path = "/arbitration/cases/" + received.id();
        HttpResponse<String> bad = postAs(director, path + "/withdrawal", Map.of("on", "2026-08-18", "reason", ""));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("不能晚于今天", "请填写理由", "有 2 处填写有误");
        HttpResponse<String> byClerk = postAs(clerk, path + "/withdrawal", Map.of("reason", "双方已和解"));
        assertThat(byClerk.statusCode()).as(byClerk.body()).isEqualTo(403);
        assertThat(statusOf(received.id())).isEqualTo("RECEIVED");

        HttpResponse<String> done = postAs(director, path + "/withdrawal", Map.of("reason", "双方已和解"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(statusOf(received.id())).isEqualTo("WITHDRAWN");
        String pid = jdbc.queryForObject(
                "select process_instance_id from arbitration_case where id = ?", String.class, received.id());
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pid)
                        .count())
                .as("the acceptance review ends with the case")
                .isZero();
        assertThat(director.get(path).body()).contains("已准予撤回仲裁申请").doesNotContain("id=\"withdrawal-form\"");

        HttpResponse<String> second =
                postAs(director, "/arbitration/cases/" + supplement.id() + "/withdrawal", Map.of("reason", "申请人不再主张"));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(302);
        assertThat(statusOf(supplement.id())).isEqualTo("WITHDRAWN");
    }

    private RegisteredApplication register() throws Exception {
        return registration.register(
                a.clerk,
                json.readValue(
                        ArbitrationFixtures.application(
                                "2026-08-14T09:00:00+08:00", ArbitrationFixtures.claim("WAGES", "18600.00", "支付工资")),
                        RegisterApplicationRequest.class),
                null);
    }

    private int mediationsOf(long id) {
        return jdbc.queryForObject("select count(*) from arbitration_mediation where case_id = ?", Integer.class, id);
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
