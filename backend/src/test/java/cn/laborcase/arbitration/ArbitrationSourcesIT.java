package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.intake.ComplaintReferredToDispute;
import cn.laborcase.intake.ComplaintRegistration;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.intake.ReferralTarget;
import cn.laborcase.intake.RegisterComplaintRequest;
import cn.laborcase.intake.Registration;
import cn.laborcase.intake.process.ComplaintIntakeProcess;
import cn.laborcase.mediation.ClaimRequest;
import cn.laborcase.mediation.MediationCases;
import cn.laborcase.mediation.MediationWork;
import cn.laborcase.mediation.PartyRequest;
import cn.laborcase.mediation.RegisterMediationRequest;
import cn.laborcase.mediation.RespondentRequest;
import cn.laborcase.mediation.TerminationRequest;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applications that arrive without retyping: the arbitration registration page pre-filled from a failed mediation
 * (another office's user: 404) and from a complaint the intake referred to arbitration (recorded once, redelivered or
 * not), and the registered application records where it came from.
 */
@IntegrationTest
class ArbitrationSourcesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Autowired
    UserLookup users;

    @Autowired
    MediationCases mediationCases;

    @Autowired
    MediationWork mediationWork;

    @Autowired
    ArbitrationSources sources;

    @Autowired
    ComplaintRegistration complaintRegistration;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskInbox inbox;

    ArbitrationFixtures a;

    @BeforeEach
    void setUp() {
        a = new ArbitrationFixtures(jdbc, users);
    }

    @Test
    void aFailedMediationPreFillsTheApplicationAndTheCaseRecordsTheMediationsNumber() throws Exception {
        // a mediator of the committee's office A1 of this test's own (the demo accounts' inboxes stay as they were)
        String mediatorName = cn.laborcase.support.TestStaff.uniqueUsername("arbmed-t");
        cn.laborcase.support.TestStaff.insert(jdbc, mediatorName, ArbitrationFixtures.PASSWORD, "A1", "MEDIATOR");
        CurrentUser mediator = users.findActive(mediatorName).orElseThrow();
        String idNumber = ArbitrationFixtures.idNumber();
        String creditCode = ArbitrationFixtures.creditCode();
        long id = mediationCases
                .register(
                        mediator,
                        UUID.randomUUID().toString(),
                        new RegisterMediationRequest(
                                TestClock.get().today(),
                                List.of(new PartyRequest("钱多多", idNumber, "13800001111", "示范市东湖区人民路9号")),
                                new RespondentRequest(creditCode, "示范市预填测试有限公司", "示范市东湖区滨江路9号"),
                                List.of(new ClaimRequest("WAGES", new BigDecimal("12345.00"), "支付拖欠的工资")),
                                "拖欠工资三个月"))
                .id();
        UserAgent director = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD);
        String prefillPath = "/arbitration/applications/new?fromMediation=" + id;
        assertThat(director.get(prefillPath).statusCode())
                .as("while mediating, no arbitration yet")
                .isEqualTo(409);
        mediationWork.terminate(
                mediator, id, new TerminationRequest(TestClock.get().today(), "双方分歧较大"));

        HttpResponse<String> mediationPage = director.get("/mediation/cases/" + id);
        assertThat(mediationPage.statusCode()).as(mediationPage.body()).isEqualTo(200);
        assertThat(mediationPage.body()).contains("申请仲裁（预填）").contains(prefillPath.replace("?", "?"));

        HttpResponse<String> page = director.get(prefillPath);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("钱多多")
                .contains(idNumber)
                .contains(creditCode)
                .contains("示范市预填测试有限公司")
                .contains("12345.00")
                .contains("支付拖欠的工资")
                .contains("已根据调解案件");

        HttpResponse<String> outsider = UserAgent.loggedIn(port, a.outsider.username(), ArbitrationFixtures.PASSWORD)
                .get(prefillPath);
        assertThat(outsider.statusCode()).isEqualTo(404);
        assertThat(outsider.body()).doesNotContain("钱多多");

        RegisteredApplication r = sources.register(
                a.director,
                new RegisterApplicationRequest(
                        TestClock.get()
                                .today()
                                .atTime(0, 1)
                                .atOffset(java.time.ZoneOffset.ofHours(8))
                                .toString(),
                        "IN_PERSON",
                        null,
                        List.of(new RegisterApplicationRequest.Applicant(
                                "钱多多", idNumber, "13800001111", "示范市东湖区人民路9号", null)),
                        new RegisterApplicationRequest.Respondent(creditCode, "示范市预填测试有限公司", "示范市东湖区滨江路9号", null),
                        null,
                        null,
                        List.of(new RegisterApplicationRequest.Claim("WAGES", "12345.00", "支付拖欠的工资"))),
                null,
                id,
                null);
        String number = mediationCases.arbitrationPrefill(id).mediationNumber();
        assertThat(jdbc.queryForObject(
                        "select source_mediation_number from arbitration_case where id = ?", String.class, r.id()))
                .isEqualTo(number);
        HttpResponse<String> casePage = director.get("/arbitration/cases/" + r.id());
        assertThat(casePage.body()).contains("申请来源：调解案件 " + number);
    }

    @Test
    void aComplaintReferredToArbitrationWaitsOnceOnTheListAndPreFillsTheApplication() throws Exception {
        IntakeFixtures intake = new IntakeFixtures(jdbc, users);
        String idNumber = IntakeFixtures.idNumber();
        Registration complaint = complaintRegistration.register(
                intake.clerk,
                new RegisterComplaintRequest(
                        "COMPLAINT",
                        "COUNTER",
                        null,
                        List.of(new RegisterComplaintRequest.ComplainantRequest(
                                "孙移送", idNumber, IntakeFixtures.mobile(), "示范市东湖区滨江路3号", null)),
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
        values.put("referralTarget", "ARBITRATION");
        inbox.complete(intake.inspector, taskId, null, values);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count(complaint.id()) == 1);
        ComplaintReferredToDispute again = new ComplaintReferredToDispute(
                complaint.id(),
                complaint.number(),
                ReferralTarget.ARBITRATION,
                intake.office,
                0L,
                TestClock.get().instant());
        assertThat(sources.record(again)).as("redelivered: nothing new").isFalse();
        assertThat(count(complaint.id())).isEqualTo(1);

        UserAgent director = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD);
        HttpResponse<String> list = director.get("/arbitration/cases");
        assertThat(list.body())
                .contains("待登记的移送案件")
                .contains(complaint.number())
                .contains("/arbitration/applications/new?fromComplaint=" + complaint.id());

        HttpResponse<String> page = director.get("/arbitration/applications/new?fromComplaint=" + complaint.id());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("孙移送").contains(idNumber).contains("支付经济补偿9000元");
        assertThat(UserAgent.loggedIn(port, a.outsider.username(), ArbitrationFixtures.PASSWORD)
                        .get("/arbitration/applications/new?fromComplaint=" + complaint.id())
                        .statusCode())
                .isEqualTo(404);

        // the API takes the source as the page does; a referral registered once → 409
        UserAgent api = UserAgent.basic(port, a.director.username(), ArbitrationFixtures.PASSWORD);
        String body = ArbitrationFixtures.application(
                "2026-08-14T09:00:00+08:00", ArbitrationFixtures.claim("SEVERANCE", "9000", "支付经济补偿"));
        HttpResponse<String> created =
                api.postJson("/api/arbitration/applications?fromComplaint=" + complaint.id(), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long caseId = json.readTree(created.body()).get("id").asLong();
        assertThat(jdbc.queryForObject(
                        "select source_complaint_id from arbitration_case where id = ?", Long.class, caseId))
                .isEqualTo(complaint.id());
        HttpResponse<String> twice =
                api.postJson("/api/arbitration/applications?fromComplaint=" + complaint.id(), body);
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
        assertThat(twice.body()).contains("已登记为仲裁案件");
        assertThat(jdbc.queryForObject(
                        "select count(*) from arbitration_case where source_complaint_id = ?",
                        Integer.class,
                        complaint.id()))
                .isEqualTo(1);
    }

    private int count(long complaintId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from arbitration_referral where complaint_id = ?", Integer.class, complaintId);
        return n == null ? 0 : n;
    }
}
