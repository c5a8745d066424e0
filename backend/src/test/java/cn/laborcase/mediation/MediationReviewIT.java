package cn.laborcase.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.documents.Documents;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The committee's review of a jointly applied mediation agreement (仲裁审查) through the API and the case page: the
 * director told and assigning an arbitrator of the office, the arbitrator's confirmation issuing the 仲裁调解书 (PDF read
 * back) that takes effect when both parties signed for it, a refusal issuing the 不予制作调解书通知书 with its reasons;
 * wrong roles (403), another office (404), hostile input (400 naming each field), a second decision (409). And the
 * correction form on the case page: every wrong field named, two submits against one version → one 409, journalled.
 */
@IntegrationTest
class MediationReviewIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    @Autowired
    MediationCases cases;

    @Autowired
    MediationWork work;

    @Autowired
    Documents documents;

    @Autowired
    WorkingCalendar calendar;

    MediationFixtures f;
    CurrentUser director;
    CurrentUser arbitrator;
    CurrentUser otherArbitrator;
    LocalDate today;

    @BeforeEach
    void setUp() {
        f = new MediationFixtures(jdbc, users);
        director = f.office.staff("仲裁委主任甲", Role.COMMITTEE_DIRECTOR, null);
        arbitrator = f.office.staff("审查仲裁员甲", Role.ARBITRATOR, null);
        otherArbitrator = f.office.staff("仲裁员乙", Role.ARBITRATOR, null);
        today = TestClock.get().today();
    }

    @AfterEach
    void putTheClockBack() {
        TestClock.get().reset();
    }

    @Test
    void theAssignedArbitratorConfirmsTheAgreementAndTheMediationDocumentTakesEffectOnBothReceipts() throws Exception {
        long id = jointlyApplied();
        // the directors of the office are told, with the review's 5 working days
        LocalDate due = calendar.dueDate(today, 5, PeriodUnit.WORKING_DAYS).dueDate();
        assertThat(jdbc.queryForList(
                        "select title from staff_notice where username = ?", String.class, director.username()))
                .anySatisfy(t -> assertThat(t).contains("仲裁审查", due.toString()));
        JsonNode c = read(director, id);
        assertThat(c.at("/review/decision").isNull()).isTrue();
        assertThat(c.at("/review/deadline/dueDate").asText()).isEqualTo(due.toString());
        assertThat(c.at("/review/deadline/legalBasis").asText()).contains("劳动人事争议仲裁办案规则");
        int version = c.at("/review/version").asInt();

        // an arbitrator not assigned does not see the case; the mediator may not assign; another office: 404
        MediationFixtures elsewhere = new MediationFixtures(jdbc, users);
        CurrentUser otherDirector = elsewhere.office.staff("仲裁委主任乙", Role.COMMITTEE_DIRECTOR, null);
        String assign = "/api/mediation/cases/" + id + "/review/assignment";
        String body = "{\"reviewer\":\"" + arbitrator.username() + "\",\"version\":" + version + "}";
        assertThat(agent(arbitrator).get("/api/mediation/cases/" + id).statusCode())
                .isEqualTo(404);
        assertThat(agent(f.mediator).postJson(assign, body).statusCode()).isEqualTo(403);
        assertThat(agent(otherDirector).postJson(assign, body).statusCode()).isEqualTo(404);
        // hostile: the mediator is no arbitrator; no version
        HttpResponse<String> bad = agent(director).postJson(assign, "{\"reviewer\":\"" + f.mediator.username() + "\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("reviewer", "仲裁员", "version");

        assertThat(agent(director).postJson(assign, body).statusCode()).isEqualTo(200);
        // the same form again against the version read: 409
        assertThat(agent(director).postJson(assign, body).statusCode()).isEqualTo(409);
        assertThat(read(arbitrator, id).at("/review/reviewerName").asText()).isEqualTo("审查仲裁员甲");
        // the case on the home page of the assigned arbitrator (and of the director), not of the other arbitrator
        String number = c.get("number").asText();
        assertThat(UserAgent.loggedIn(port, arbitrator.username(), IntakeFixtures.PASSWORD)
                        .get("/")
                        .body())
                .contains("待仲裁审查的调解协议", number);
        assertThat(UserAgent.loggedIn(port, director.username(), IntakeFixtures.PASSWORD)
                        .get("/")
                        .body())
                .contains("待仲裁审查的调解协议", number);
        assertThat(UserAgent.loggedIn(port, otherArbitrator.username(), IntakeFixtures.PASSWORD)
                        .get("/")
                        .body())
                .doesNotContain(number);
        assertThat(jdbc.queryForObject(
                        "select count(*) from staff_notice where username = ? and title like '%仲裁审查%'",
                        Integer.class, arbitrator.username()))
                .isEqualTo(1);

        String decide = "/api/mediation/cases/" + id + "/review";
        String confirm = "{\"decision\":\"CONFIRMED\",\"decidedOn\":\"" + today + "\"}";
        assertThat(agent(otherArbitrator).postJson(decide, confirm).statusCode())
                .isEqualTo(404);
        assertThat(agent(f.mediator).postJson(decide, confirm).statusCode()).isEqualTo(403);
        HttpResponse<String> hostile = agent(arbitrator)
                .postJson(
                        decide,
                        "{\"decision\":\"MAYBE\",\"decidedOn\":\"" + today.plusDays(1) + "\",\"reasons\":\"\\u0000\"}");
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(hostile.body()).contains("decision", "decidedOn", "reasons", "审查结论");

        HttpResponse<String> confirmed = agent(arbitrator).postJson(decide, confirm);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(agent(arbitrator).postJson(decide, confirm).statusCode()).isEqualTo(409);
        c = json.readTree(confirmed.body());
        assertThat(c.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(c.get("statusLabel").asText()).isEqualTo("已出具仲裁调解书");
        assertThat(c.at("/review/deadline/closedOn").asText()).isEqualTo(today.toString());
        assertThat(c.at("/review/effectiveOn").isNull()).isTrue();

        long documentId = documentId(id, "MEDIATION_CONFIRMATION");
        assertThat(pdf(documentId))
                .contains("仲裁调解书", "王小明", "示范市某建筑劳务有限公司", "追索劳动报酬10,000.00元")
                .contains("被申请人于十日内一次性支付工资10000元", "经双方当事人签收后，发生法律效力", "审查仲裁员甲", "调解员甲");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'MEDIATION_CONFIRMED' and target_id = ?",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(1);

        // the page offers the committee's service form to the reviewer (direct service only), not to the mediator
        String reviewerPage = UserAgent.loggedIn(port, arbitrator.username(), IntakeFixtures.PASSWORD)
                .get("/mediation/cases/" + id)
                .body();
        assertThat(reviewerPage).contains("service-form-" + documentId).doesNotContain("value=\"LEFT\"");
        assertThat(UserAgent.loggedIn(port, f.mediator.username(), IntakeFixtures.PASSWORD)
                        .get("/mediation/cases/" + id)
                        .body())
                .contains("仲裁调解书")
                .doesNotContain("service-form-" + documentId);

        // served on both parties the next day by the arbitrator: signed receipt only (left service refused)
        TestClock.get().advance(Duration.ofDays(1));
        LocalDate servedOn = TestClock.get().today();
        JsonNode doc = documentNode(read(arbitrator, id), documentId);
        long applicant = doc.at("/services/0/recipientId").asLong();
        long respondent = doc.at("/services/1/recipientId").asLong();
        String service = "/api/mediation/cases/" + id + "/documents/" + documentId + "/service";
        HttpResponse<String> left = agent(arbitrator)
                .postJson(
                        service,
                        "{\"recipientId\":" + respondent + ",\"method\":\"LEFT\",\"servedOn\":\"" + servedOn
                                + "\",\"servedHour\":0,\"server\":\"审查仲裁员甲\",\"witness1\":\"甲\",\"witness2\":\"乙\"}");
        assertThat(left.statusCode()).isEqualTo(400);
        assertThat(left.body()).contains("签收");
        assertThat(agent(f.mediator)
                        .postJson(service, direct(applicant, servedOn))
                        .statusCode())
                .isEqualTo(403);
        assertThat(agent(arbitrator)
                        .postJson(service, direct(applicant, servedOn))
                        .statusCode())
                .isEqualTo(201);
        assertThat(read(arbitrator, id).at("/review/effectiveOn").isNull()).isTrue();
        assertThat(agent(director)
                        .postJson(service, direct(respondent, servedOn))
                        .statusCode())
                .isEqualTo(201);
        assertThat(read(arbitrator, id).at("/review/effectiveOn").asText()).isEqualTo(servedOn.toString());

        String page = UserAgent.loggedIn(port, arbitrator.username(), IntakeFixtures.PASSWORD)
                .get("/mediation/cases/" + id)
                .body();
        assertThat(page).contains("仲裁审查", "确认调解协议，出具仲裁调解书", "发生法律效力").doesNotContain("CONFIRMED<");
    }

    @Test
    void theDirectorRefusesOnThePageWithReasonsAndThePartiesMayApplyForArbitration() throws Exception {
        long id = jointlyApplied();
        UserAgent page = UserAgent.loggedIn(port, director.username(), IntakeFixtures.PASSWORD);
        String csrf = page.csrfToken("/mediation/cases/" + id);
        String shown = page.get("/mediation/cases/" + id).body();
        assertThat(shown).contains("review-form", "assignment-form", "审查仲裁员甲");

        // refused without reasons, in the future: each field named in Chinese
        HttpResponse<String> wrong = page.postForm(
                "/mediation/cases/" + id + "/review",
                Map.of(
                        "_csrf",
                        csrf,
                        "decision",
                        "REFUSED",
                        "decidedOn",
                        today.plusDays(3).toString()));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("审查意见", "审查决定日期");
        HttpResponse<String> badDate = page.postForm(
                "/mediation/cases/" + id + "/review", Map.of("_csrf", csrf, "decision", "REFUSED", "decidedOn", "明天"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("审查决定日期格式应为");

        Map<String, String> refuse = Map.of(
                "_csrf",
                csrf,
                "decision",
                "REFUSED",
                "decidedOn",
                today.toString(),
                "reasons",
                "协议约定的工资低于当地最低工资标准，违反法律、行政法规的强制性规定");
        HttpResponse<String> done = page.postForm("/mediation/cases/" + id + "/review", refuse);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        // the same form again (a double click): 409 naming the case's state
        HttpResponse<String> again = page.postForm("/mediation/cases/" + id + "/review", refuse);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("不予制作调解书");

        JsonNode c = read(director, id);
        assertThat(c.get("status").asText()).isEqualTo("CONFIRMATION_REFUSED");
        assertThat(c.at("/review/decision").asText()).isEqualTo("REFUSED");
        assertThat(pdf(documentId(id, "MEDIATION_REVIEW_REFUSAL")))
                .contains("不予制作调解书通知书", "王小明", "最低工资标准", "第七十八条", "申请仲裁", "第二十七条");
        assertThat(page.get("/mediation/cases/" + id).body())
                .contains("不予制作调解书", "当事人可以就争议事项依法申请仲裁")
                .doesNotContain("id=\"review-form\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'MEDIATION_CONFIRMATION_REFUSED' and target_id = ?",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void theCorrectionFormNamesEachWrongFieldAndTwoSubmitsAgainstOneVersionLetOneWin() {
        RegisteredMediation r = cases.register(f.mediator, null, MediationFixtures.request(today));
        UserAgent first = UserAgent.loggedIn(port, f.mediator.username(), IntakeFixtures.PASSWORD);
        UserAgent second = UserAgent.loggedIn(port, f.mediator.username(), IntakeFixtures.PASSWORD);
        String page = first.get("/mediation/cases/" + r.id()).body();
        assertThat(page).contains("correction-form", "更正当事人信息和调解请求");
        String csrf1 = first.csrfToken("/mediation/cases/" + r.id());
        String csrf2 = second.csrfToken("/mediation/cases/" + r.id());
        String version = jdbc.queryForObject("select version from mediation_case where id = ?", Integer.class, r.id())
                .toString();
        String path = "/mediation/cases/" + r.id() + "/correction";

        HttpResponse<String> hostile = first.postForm(
                path,
                Map.of(
                        "_csrf", csrf1,
                        "version", version,
                        "applicantName", "王\u0000小明",
                        "applicantIdNumber", "123",
                        "applicantPhone", "12345",
                        "claimType", "NONSENSE",
                        "claimAmount", "-5"));
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(hostile.body()).contains("姓名", "身份证", "电话");
        assertThat(first.postForm(path, Map.of("_csrf", csrf1, "version", version, "claimAmount", "十元"))
                        .body())
                .contains("请求金额应为数字");
        // nothing typed: told what to fill in
        assertThat(first.postForm(path, Map.of("_csrf", csrf1, "version", version))
                        .body())
                .contains("请填写要更正的申请人或调解请求");

        Map<String, String> correction = Map.of(
                "_csrf", csrf1,
                "version", version,
                "applicantName", "王小明",
                "applicantIdNumber", IntakeFixtures.idNumber(),
                "applicantPhone", "13900002222",
                "claimType", "WAGES",
                "claimAmount", "15000");
        HttpResponse<String> won = first.postForm(path, correction);
        assertThat(won.statusCode()).as(won.body()).isEqualTo(302);
        HttpResponse<String> lost = second.postForm(path, new java.util.HashMap<>(correction) {
            {
                put("_csrf", csrf2);
                put("claimAmount", "16000");
            }
        });
        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(jdbc.queryForObject(
                        "select amount from mediation_claim where case_id = ?", BigDecimal.class, r.id()))
                .isEqualByComparingTo("15000");
        assertThat(jdbc.queryForObject(
                        "select summary from audit_entry where action = 'MEDIATION_CORRECTED' and target_id = ?",
                        String.class,
                        String.valueOf(r.id())))
                .contains(r.number(), "调解请求 2 项 → 1 项");
        // another mediator of the office: the case is not found
        UserAgent colleague = UserAgent.loggedIn(port, f.colleague.username(), IntakeFixtures.PASSWORD);
        assertThat(colleague
                        .postForm(path, Map.of("_csrf", colleague.csrfToken("/"), "version", version))
                        .statusCode())
                .isEqualTo(404);
    }

    /** A registered case, agreed and jointly applied for review today. */
    private long jointlyApplied() {
        RegisteredMediation r = cases.register(f.mediator, null, MediationFixtures.request(today));
        work.recordAgreement(
                f.mediator,
                r.id(),
                new AgreementRequest(
                        today,
                        List.of(new ClaimRequest("WAGES", new BigDecimal("10000.00"), null)),
                        "被申请人于十日内一次性支付工资10000元。"));
        work.requestConfirmation(f.mediator, r.id(), new ConfirmationRequest(today, "双方到场共同申请"));
        return r.id();
    }

    private static String direct(long recipient, LocalDate on) {
        return "{\"recipientId\":" + recipient + ",\"method\":\"DIRECT\",\"servedOn\":\"" + on
                + "\",\"servedHour\":0,\"receiverName\":\"本人\",\"signerRelation\":\"本人\",\"server\":\"审查仲裁员甲\"}";
    }

    private JsonNode read(CurrentUser user, long id) throws Exception {
        HttpResponse<String> response = agent(user).get("/api/mediation/cases/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode documentNode(JsonNode c, long documentId) {
        for (JsonNode d : c.get("documents")) {
            if (d.get("id").asLong() == documentId) {
                return d;
            }
        }
        throw new AssertionError("document " + documentId + " not on the case");
    }

    private long documentId(long caseId, String type) {
        return jdbc.queryForObject(
                "select max(id) from document where case_type = 'MEDIATION' and case_id = ? and type_code = ?",
                Long.class,
                String.valueOf(caseId),
                type);
    }

    private String pdf(long documentId) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                org.apache.pdfbox.Loader.loadPDF(documents.pdf(documentId).content())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }

    private UserAgent agent(CurrentUser user) {
        return UserAgent.basic(port, user.username(), IntakeFixtures.PASSWORD);
    }
}
