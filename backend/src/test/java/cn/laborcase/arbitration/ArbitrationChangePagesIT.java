package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
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
 * The case page's forms for joinder, claim change, transfer, 公告送达 and 视为撤回, as the director uses them: done →
 * 302 and the change recorded; wrong input → 400 with every wrong field named beside it and nothing written; another
 * committee's clerk → 404.
 */
@IntegrationTest
class ArbitrationChangePagesIT {

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

    ArbitrationFixtures a;

    @BeforeEach
    void setUp() {
        a = new ArbitrationFixtures(jdbc, users);
        TestClock.get()
                .set(OffsetDateTime.of(LocalDate.of(2026, 8, 17).atTime(10, 0), ZoneOffset.ofHours(8))
                        .toInstant());
    }

    @AfterEach
    void tearDown() {
        TestClock.get().reset();
    }

    @Test
    void theDirectorJoinsAPartyChangesTheClaimsRecordsATransferAndAPublicNotice() throws Exception {
        long id = accepted();
        String path = "/arbitration/cases/" + id;
        UserAgent director = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD);
        assertThat(director.get(path).body())
                .contains("id=\"joinder-form\"", "id=\"claim-change-form\"", "id=\"transfer-form\"")
                .contains("id=\"public-notice-form\"", "id=\"absent-applicant-form\"")
                .contains("name=\"claims[0].amount\" inputmode=\"decimal\" maxlength=\"20\" value=\"18600.00\"");

        TestClock.get()
                .set(OffsetDateTime.of(LocalDate.of(2026, 8, 24).atTime(10, 0), ZoneOffset.ofHours(8))
                        .toInstant());
        Map<String, String> badJoin = new LinkedHashMap<>();
        badJoin.put("kind", "APPLICANT");
        badJoin.put("name", "王五");
        badJoin.put("idNumber", "330102198901011230");
        badJoin.put("on", "2030-01-01");
        badJoin.put("reason", "");
        HttpResponse<String> bad = postAs(director, path + "/joinder", badJoin);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("有 3 处填写有误", "请填写理由", "不能晚于今天").contains("id=\"joinder-box\" open");
        assertThat(parties(id)).isEqualTo(2);

        HttpResponse<String> outsider = postAs(
                UserAgent.loggedIn(port, a.outsider.username(), ArbitrationFixtures.PASSWORD),
                path + "/joinder",
                Map.of(
                        "kind",
                        "RESPONDENT",
                        "name",
                        "示范市宏达建设集团有限公司",
                        "creditCode",
                        ArbitrationFixtures.creditCode(),
                        "reason",
                        "连带责任"));
        assertThat(outsider.statusCode()).isEqualTo(404);
        UserAgent stranger = UserAgent.loggedIn(port, a.outsider.username(), ArbitrationFixtures.PASSWORD);
        for (String form : new String[] {"/claim-change", "/transfer", "/public-notice"}) {
            HttpResponse<String> denied = postAs(
                    stranger,
                    path + form,
                    Map.of("reason", "另一委员会", "claims[0].type", "WAGES", "claims[0].description", "支付工资"));
            assertThat(denied.statusCode()).as(form).isEqualTo(404);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from arbitration_case_change where case_id = ?", Integer.class, id))
                .as("nothing written by another committee's clerk")
                .isZero();

        String code = ArbitrationFixtures.creditCode();
        HttpResponse<String> joined = postAs(
                director,
                path + "/joinder",
                Map.of("kind", "RESPONDENT", "name", "示范市宏达建设集团有限公司", "creditCode", code, "reason", "总承包单位承担连带责任"));
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select credit_code from arbitration_party where case_id = ? and name = ?",
                        String.class,
                        id,
                        "示范市宏达建设集团有限公司"))
                .isEqualTo(code);
        HttpResponse<String> twice = postAs(
                director,
                path + "/joinder",
                Map.of("kind", "RESPONDENT", "name", "宏达建设", "creditCode", code, "reason", "重复"));
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
        assertThat(twice.body()).contains("已是本案当事人");

        Map<String, String> badChange = new LinkedHashMap<>();
        badChange.put("claims[0].type", "WAGES");
        badChange.put("claims[0].amount", "18600.00");
        badChange.put("claims[0].description", "支付工资");
        badChange.put("claims[2].type", "WAGES");
        badChange.put("claims[2].amount", "-5");
        badChange.put("claims[2].description", "");
        badChange.put("reason", "");
        HttpResponse<String> badClaims = postAs(director, path + "/claim-change", badChange);
        assertThat(badClaims.statusCode()).as(badClaims.body()).isEqualTo(400);
        assertThat(badClaims.body())
                .contains("有 3 处填写有误", "不能为负数", "请填写请求事项", "请填写理由")
                .contains("value=\"-5\"");
        assertThat(claims(id)).isEqualTo(1);

        Map<String, String> change = new LinkedHashMap<>();
        change.put("claims[0].type", "WAGES");
        change.put("claims[0].amount", "18600.00");
        change.put("claims[0].description", "支付工资");
        change.put("claims[1].type", "OVERTIME");
        change.put("claims[1].amount", "5200");
        change.put("claims[1].description", "支付加班费");
        change.put("reason", "申请人增加加班费请求");
        HttpResponse<String> changed = postAs(director, path + "/claim-change", change);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        assertThat(claims(id)).isEqualTo(2);

        HttpResponse<String> badTransfer =
                postAs(director, path + "/transfer", Map.of("on", "2026-08-01", "reason", ""));
        assertThat(badTransfer.statusCode()).as(badTransfer.body()).isEqualTo(400);
        assertThat(badTransfer.body()).contains("有 2 处填写有误", "不能早于受理日期");
        HttpResponse<String> transferred = postAs(director, path + "/transfer", Map.of("reason", "由东湖区仲裁委移送"));
        assertThat(transferred.statusCode()).as(transferred.body()).isEqualTo(302);

        HttpResponse<String> noticeBad = postAs(director, path + "/public-notice", Map.of("reason", " "));
        assertThat(noticeBad.statusCode()).isEqualTo(400);
        HttpResponse<String> notice = postAs(director, path + "/public-notice", Map.of("reason", "被申请人下落不明"));
        assertThat(notice.statusCode()).as(notice.body()).isEqualTo(302);
        assertThat(jdbc.queryForList("select kind from arbitration_case_change where case_id = ?", String.class, id))
                .as("identity values are not in insertion order on IvorySQL (cached sequences across connections)")
                .containsExactlyInAnyOrder("JOINDER", "CLAIM_CHANGE", "TRANSFER", "PUBLIC_NOTICE");
        assertThat(director.get(path).body()).contains("中止中，期限暂停计算", "公告送达");
    }

    @Test
    void anApplicantWhoDidNotAppearIsTreatedAsWithdrawnThroughTheForm() throws Exception {
        long id = accepted();
        String path = "/arbitration/cases/" + id;
        UserAgent director = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD);
        HttpResponse<String> outsider = postAs(
                UserAgent.loggedIn(port, a.outsider.username(), ArbitrationFixtures.PASSWORD),
                path + "/absent-applicant",
                Map.of("reason", "未到庭"));
        assertThat(outsider.statusCode()).isEqualTo(404);
        HttpResponse<String> bad = postAs(director, path + "/absent-applicant", Map.of("on", "明天", "reason", ""));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("有 2 处填写有误");
        assertThat(status(id)).isEqualTo("ACCEPTED");
        HttpResponse<String> done = postAs(director, path + "/absent-applicant", Map.of("reason", "经书面通知，申请人无正当理由未到庭"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("WITHDRAWN");
        assertThat(director.get(path).body()).contains("按撤回仲裁申请处理");
    }

    private long accepted() throws Exception {
        RegisteredApplication r = registration.register(
                a.clerk,
                json.readValue(
                        ArbitrationFixtures.application(
                                "2026-08-14T09:00:00+08:00", ArbitrationFixtures.claim("WAGES", "18600.00", "支付工资")),
                        RegisterApplicationRequest.class),
                null);
        review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null));
        return r.id();
    }

    private static HttpResponse<String> postAs(UserAgent agent, String path, Map<String, String> fields) {
        Map<String, String> mine = new LinkedHashMap<>(fields);
        mine.put("_csrf", agent.csrfToken("/"));
        return agent.postForm(path, mine);
    }

    private int parties(long id) {
        return jdbc.queryForObject(
                "select count(*) from arbitration_party where case_id = ? and kind <> 'AGENT'", Integer.class, id);
    }

    private int claims(long id) {
        return jdbc.queryForObject("select count(*) from arbitration_claim where case_id = ?", Integer.class, id);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from arbitration_case where id = ?", String.class, id);
    }
}
