package cn.laborcase.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.intake.ComplaintRegistration;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.intake.RegisterComplaintRequest;
import cn.laborcase.intake.Registration;
import cn.laborcase.intake.process.ComplaintIntakeProcess;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registering a mediation application through the API: every wrong field named in one 400, a second submit under the
 * same key answered without a second case, another office's case not found; the case read back with masked parties
 * and its 15 days; a complaint the intake referred to mediation arriving pre-filled and registered without retyping.
 */
@IntegrationTest
class MediationCasesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    @Autowired
    ComplaintRegistration registration;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskInbox inbox;

    MediationFixtures f;

    @org.junit.jupiter.api.AfterEach
    void putTheClockBack() {
        TestClock.get().reset();
    }

    @BeforeEach
    void setUp() {
        f = new MediationFixtures(jdbc, users);
    }

    @Test
    void aWrongApplicationIsRefusedNamingEachField() throws Exception {
        String valid = IntakeFixtures.newCreditCode();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        String body =
                """
                {"applicants":[{"name":"王\\u0000明","idNumber":"110105194912310021","phone":"12"}],
                 "respondent":{"creditCode":"%s","name":""},
                 "claims":[{"type":"BONUS","amount":-5},{"type":"WAGES","amount":1.234}],
                 "facts":" "}"""
                        .formatted(wrongCheck);
        HttpResponse<String> r = agent(f.mediator).postJson("/api/mediation/cases", body);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        List<String> fields = json.readTree(r.body()).get("errors").findValuesAsText("field");
        assertThat(fields)
                .contains(
                        "applicants[0].name",
                        "applicants[0].idNumber",
                        "applicants[0].phone",
                        "respondent.creditCode",
                        "respondent.name",
                        "claims[0].type",
                        "claims[0].amount",
                        "claims[1].amount",
                        "facts");
        assertThat(r.body()).contains("第1名申请人的").contains("第1项的金额不能为负数");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mediation_case where office_code = ?", Integer.class, f.office.office))
                .isZero();
    }

    @Test
    void aSecondSubmitUnderTheSameKeyGetsTheFirstAnswer() throws Exception {
        String body = json.writeValueAsString(
                MediationFixtures.request(TestClock.get().today()));
        String key = "k-" + IntakeFixtures.unique();

        HttpResponse<String> first = agent(f.mediator).postJson("/api/mediation/cases", body, "Idempotency-Key", key);
        HttpResponse<String> second = agent(f.mediator).postJson("/api/mediation/cases", body, "Idempotency-Key", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(json.readTree(second.body()).get("id"))
                .isEqualTo(json.readTree(first.body()).get("id"));
        assertThat(json.readTree(first.body()).get("number").asText()).contains("劳人调字");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mediation_case where office_code = ?", Integer.class, f.office.office))
                .isEqualTo(1);
        String other = body.replace("钢筋工", "木工");
        assertThat(agent(f.mediator)
                        .postJson("/api/mediation/cases", other, "Idempotency-Key", key)
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void theCaseShowsMaskedPartiesItsClaimsAndItsFifteenDaysAndIsNotFoundElsewhere() throws Exception {
        HttpResponse<String> created = agent(f.mediator)
                .postJson(
                        "/api/mediation/cases",
                        json.writeValueAsString(
                                MediationFixtures.request(TestClock.get().today())));
        long id = json.readTree(created.body()).get("id").asLong();

        HttpResponse<String> read = agent(f.mediator).get("/api/mediation/cases/" + id);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode c = json.readTree(read.body());
        assertThat(c.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(c.get("statusLabel").asText()).isEqualTo("调解中");
        assertThat(c.at("/applicants/0/idNumber").asText()).contains("*");
        assertThat(c.at("/applicants/0/phone").asText()).contains("*");
        assertThat(c.at("/claims/0/typeLabel").asText()).isEqualTo("追索劳动报酬");
        assertThat(c.at("/deadline/legalBasis").asText()).contains("第十四条");
        assertThat(c.at("/deadline/daysLeft").asInt()).isBetween(15, 19);
        assertThat(c.at("/deadline/dueDate").asText()).isNotBlank();

        assertThat(agent(f.leader).get("/api/mediation/cases/" + id).statusCode())
                .isEqualTo(200);
        assertThat(agent(f.colleague).get("/api/mediation/cases/" + id).statusCode())
                .isEqualTo(404);
        assertThat(UserAgent.basic(port, "mediator", UserAgent.DEMO_PASSWORD)
                        .get("/api/mediation/cases/" + id)
                        .statusCode())
                .isEqualTo(404);
        assertThat(UserAgent.basic(port, "mediator", UserAgent.DEMO_PASSWORD)
                        .postJson("/api/mediation/cases/" + id + "/sessions", "{\"place\":\"x\"}")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> page = UserAgent.loggedIn(port, f.mediator.username(), IntakeFixtures.PASSWORD)
                .get("/mediation/cases/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("调解中", "王小明", "追索劳动报酬", "调解期限").doesNotContain(">REGISTERED<");
    }

    @Test
    void aComplaintReferredToMediationArrivesPreFilledAndIsRegisteredWithoutRetyping() throws Exception {
        IntakeFixtures intake = f.office;
        String idNumber = IntakeFixtures.idNumber();
        Registration complaint = registration.register(
                intake.clerk,
                new RegisterComplaintRequest(
                        "COMPLAINT",
                        "COUNTER",
                        null,
                        List.of(new RegisterComplaintRequest.ComplainantRequest(
                                "赵六", idNumber, IntakeFixtures.mobile(), "示范市东湖区滨江路2号", null)),
                        new RegisterComplaintRequest.EmployerRequest(intake.employer(), null, null, null, null),
                        "DISMISSAL_DISPUTE",
                        1,
                        new BigDecimal("9000.00"),
                        TestClock.get().today().minusMonths(1),
                        null,
                        false,
                        "被违法解除劳动合同",
                        null,
                        "支付经济补偿9000元"));
        String taskId = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(complaint.id()))
                .taskDefinitionKey(ComplaintIntakeProcess.REVIEW)
                .singleResult()
                .getId();
        Map<String, Object> values = new HashMap<>();
        values.put("decision", "REFER");
        values.put("referralTarget", "MEDIATION");
        inbox.complete(intake.inspector, taskId, null, values);

        Long id = Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> jdbc
                                .queryForList(
                                        "select id from mediation_case where complaint_id = ?",
                                        Long.class,
                                        complaint.id())
                                .stream()
                                .findFirst()
                                .orElse(null),
                        java.util.Objects::nonNull);
        assertThat(jdbc.queryForMap("select status, office_code, facts from mediation_case where id = ?", id))
                .containsEntry("status", "REFERRED")
                .containsEntry("office_code", "A1");
        UserAgent mediator = UserAgent.basic(port, "mediator", UserAgent.DEMO_PASSWORD);
        JsonNode referred =
                json.readTree(mediator.get("/api/mediation/cases/" + id).body());
        assertThat(referred.get("statusLabel").asText()).isEqualTo("待登记");
        assertThat(referred.get("complaintNumber").asText()).isEqualTo(complaint.number());
        assertThat(referred.at("/applicants/0/name").asText()).isEqualTo("赵六");
        assertThat(referred.at("/claims/0/type").asText()).isEqualTo("SEVERANCE");
        assertThat(referred.at("/claims/0/amount").decimalValue()).isEqualByComparingTo("9000");

        HttpResponse<String> registered = mediator.postJson("/api/mediation/cases/" + id + "/registration", "{}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(json.readTree(registered.body()).get("status").asText()).isEqualTo("REGISTERED");
        ArbitrationPrefill prefill = cases.arbitrationPrefill(id);
        assertThat(prefill.applicants()).singleElement().satisfies(a -> assertThat(a.idNumber())
                .isEqualTo(idNumber));
        assertThat(mediator.postJson("/api/mediation/cases/" + id + "/registration", "{}")
                        .statusCode())
                .isEqualTo(409);
    }

    @Autowired
    MediationCases cases;

    @Test
    void theMediatorRecordsServiceOfTheTerminationNoticeOnThePageAndThroughTheApi() throws Exception {
        HttpResponse<String> created = agent(f.mediator)
                .postJson(
                        "/api/mediation/cases",
                        json.writeValueAsString(
                                MediationFixtures.request(TestClock.get().today())));
        long id = json.readTree(created.body()).get("id").asLong();
        assertThat(agent(f.mediator)
                        .postJson("/api/mediation/cases/" + id + "/termination", "{\"reason\":\"被申请人不同意调解\"}")
                        .statusCode())
                .isEqualTo(200);
        // the job executor issues the 终止调解通知书 (asyncBefore)
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> json.readTree(
                        agent(f.mediator).get("/api/mediation/cases/" + id).body())
                .at("/documents/0/id")
                .isNumber());
        // served the next day: after the issue, not in the future
        TestClock.get().advance(Duration.ofDays(1));
        String servedOn = TestClock.get().today().toString();
        JsonNode c = json.readTree(
                agent(f.mediator).get("/api/mediation/cases/" + id).body());
        long documentId = c.at("/documents/0/id").asLong();
        long applicant = c.at("/documents/0/services/0/recipientId").asLong();
        long respondent = c.at("/documents/0/services/1/recipientId").asLong();
        assertThat(c.at("/documents/0/services/0/servedOn").isNull()).isTrue();
        String service = "/api/mediation/cases/" + id + "/documents/" + documentId + "/service";
        String direct = "{\"recipientId\":" + applicant + ",\"method\":\"DIRECT\",\"servedOn\":\"" + servedOn
                + "\",\"servedHour\":0,\"receiverName\":\"王小明\",\"signerRelation\":\"本人\",\"server\":\"调解员甲\"}";

        // others: 404 outside the scope, 403 for the director, 404 for a document not of the case
        assertThat(agent(f.colleague).postJson(service, direct).statusCode()).isEqualTo(404);
        assertThat(agent(f.leader).postJson(service, direct).statusCode()).isEqualTo(403);
        assertThat(agent(f.mediator)
                        .postJson(
                                "/api/mediation/cases/" + id + "/documents/" + (documentId + 100000) + "/service",
                                direct)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> bad = agent(f.mediator)
                .postJson(
                        service, "{\"recipientId\":" + applicant + ",\"method\":\"NONSENSE\",\"server\":\"\\u0000\"}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);

        HttpResponse<String> ok = agent(f.mediator).postJson(service, direct);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(json.readTree(ok.body()).get("receiptNumber").asText()).isNotBlank();
        assertThat(agent(f.mediator).postJson(service, direct).statusCode()).isEqualTo(409);

        // the page: the service date shown, the form for the respondent; a wrong form names its fields in Chinese
        UserAgent page = UserAgent.loggedIn(port, f.mediator.username(), IntakeFixtures.PASSWORD);
        String csrf = page.csrfToken("/mediation/cases/" + id);
        HttpResponse<String> wrong = page.postForm(
                "/mediation/cases/" + id + "/documents/" + documentId + "/service",
                Map.of("_csrf", csrf, "recipientId", String.valueOf(respondent), "method", "", "servedHour", "九"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("送达时间应为0—23时");
        HttpResponse<String> right = page.postForm(
                "/mediation/cases/" + id + "/documents/" + documentId + "/service",
                Map.of(
                        "_csrf", csrf,
                        "recipientId", String.valueOf(respondent),
                        "method", "DIRECT",
                        "servedOn", servedOn,
                        "servedHour", "0",
                        "receiverName", "赵六",
                        "signerRelation", "单位收发室",
                        "server", "调解员甲"));
        assertThat(right.statusCode()).as(right.body()).isEqualTo(302);
        String shown = page.get("/mediation/cases/" + id).body();
        assertThat(shown).contains("直接送达", "送达回证").doesNotContain("尚未送达");
    }

    private UserAgent agent(CurrentUser user) {
        return UserAgent.basic(port, user.username(), IntakeFixtures.PASSWORD);
    }
}
