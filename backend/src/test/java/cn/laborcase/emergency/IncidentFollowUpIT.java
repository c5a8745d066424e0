package cn.laborcase.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.employer.EmployerDirectory;
import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.inspection.InspectionFixtures;
import cn.laborcase.inspection.NewInspectionCase;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What follows an activated incident, through the API: payment corrections and cancellations (the original stays,
 * totals follow, two at once → one 409), recovery of the fund's advances (over-recovery 400), linking or opening the
 * inspection case (another employer 400, another office 404), the criminal referral with its 移送书 PDF, and the
 * blacklist review through the employer registry; hostile input, another office 404, the desk 403.
 */
@IntegrationTest
class IncidentFollowUpIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

    @Autowired
    WageIncidents incidents;

    @Autowired
    IncidentApprovals approvals;

    @Autowired
    IncidentQueries queries;

    @Autowired
    IncidentMoney money;

    @Autowired
    PaymentCorrections corrections;

    @Autowired
    CriminalReferrals referrals;

    @Autowired
    BlacklistReviews blacklist;

    @Autowired
    InspectionCases inspectionCases;

    @Autowired
    EmployerDirectory employerDirectory;

    @Autowired
    Documents documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    Processes processes;
    InspectionFixtures x;
    IntakeFixtures f;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, caseTimeline).start();
        x = new InspectionFixtures(jdbc, users);
        f = x.f;
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    @Test
    void aPaymentIsCorrectedOrCancelledWithAReasonAndTheOriginalStaysVisible() throws Exception {
        long id = activated(false);
        UserAgent inspector = agent(f.inspector);
        assertThat(pay(inspector, id, "张三", "3000").statusCode()).isEqualTo(201);
        assertThat(pay(inspector, id, "李四", "2000").statusCode()).isEqualTo(201);
        JsonNode payments = money(inspector, id).get("payments");
        long first = payments.get(0).get("id").asLong();
        long second = payments.get(1).get("id").asLong();

        HttpResponse<String> corrected = correct(inspector, id, first, 0, "CORRECT", "2500", "金额登记有误，以工资条为准");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        HttpResponse<String> stale = correct(inspector, id, first, 0, "CANCEL", null, "重复");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("不能再次更正或撤销");

        assertThat(correct(agent(f.partner), id, second, 0, "CANCEL", null, "登记错了")
                        .statusCode())
                .as("neither the recorder nor a leader")
                .isEqualTo(403);
        assertThat(correct(agent(f.leader), id, second, 0, "CANCEL", null, "该工人未实际领取")
                        .statusCode())
                .isEqualTo(200);

        JsonNode m = money(inspector, id);
        assertThat(m.get("paidByEmployer").decimalValue()).isEqualByComparingTo("2500");
        assertThat(m.get("paid").decimalValue()).isEqualByComparingTo("2500");
        assertThat(m.get("outstanding").decimalValue()).isEqualByComparingTo("147500");
        assertThat(m.get("payments")).hasSize(3);
        assertThat(payment(m, first).get("statusName").asText()).isEqualTo("已更正");
        assertThat(payment(m, first).get("changeReason").asText()).isEqualTo("金额登记有误，以工资条为准");
        assertThat(payment(m, second).get("statusName").asText()).isEqualTo("已撤销");
        JsonNode replacement = null;
        for (JsonNode p : m.get("payments")) {
            if (p.get("correctsId").asLong() == first) {
                replacement = p;
            }
        }
        assertThat(replacement).isNotNull();
        assertThat(replacement.get("amount").decimalValue()).isEqualByComparingTo("2500");
        assertThat(replacement.get("statusName").asText()).isEqualTo("有效");
        processes.assertTimeline(ref(id)).contains("PAYMENT_RECORDED", "PAYMENT_CORRECTED", "PAYMENT_CANCELLED");

        HttpResponse<String> hostile = inspector.postJson(
                "/api/wage-incidents/" + id + "/payments/"
                        + replacement.get("id").asLong() + "/correction",
                """
                {"action":"CORRECT","version":"x","reason":"理\\u0000由","workerName":"","amount":"1e20","paidAt":"明天","source":"BANK"}""");
        assertThat(hostile.statusCode()).as(hostile.body()).isEqualTo(400);
        assertThat(fields(hostile)).contains("version", "reason", "workerName", "amount", "paidAt", "source");
        assertThat(inspector
                        .postJson(
                                "/api/wage-incidents/" + id + "/payments/" + first + "/correction",
                                "{\"action\":\"DELETE\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(money(inspector, id).get("payments")).hasSize(3);

        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        assertThat(correct(agent(other.leader), id, second, 1, "CANCEL", null, "跨机构")
                        .statusCode())
                .isEqualTo(404);
        assertThat(correct(agent(f.clerk), id, second, 1, "CANCEL", null, "受理员").statusCode())
                .isEqualTo(403);
    }

    @Test
    void twoCorrectionsOfOnePaymentAtTheSameMomentRecordOneAndTheOtherGets409() throws Exception {
        long id = activated(false);
        money.recordPayment(
                f.inspector,
                id,
                new PaymentRequest(
                        "王五", "4000", TestClock.get().instant().minusSeconds(60).toString(), "EMPLOYER"));
        long payment = money.money(incidents.get(id)).payments().get(0).id();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(correction(start, f.inspector, id, payment, "CORRECT"));
            Future<String> b = pool.submit(correction(start, f.leader, id, payment, "CANCEL"));
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("OK", "409");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_payment where id = ? and status <> 'ACTIVE'",
                        Long.class,
                        payment))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_payment where incident_id = ? and status = 'ACTIVE'",
                        Long.class,
                        id))
                .as("either the correction (one active) or the cancellation (none)")
                .isLessThanOrEqualTo(1);
    }

    @Test
    void recoveriesReduceWhatIsLeftToRecoverAndMoreIsRefused() throws Exception {
        long id = activated(false);
        long advance = money.requestAdvance(f.inspector, id, new AdvanceRequest("5", "20000", "春节前先行垫付"));
        money.decideAdvance(x.head, id, advance, new AdvanceDecisionRequest("APPROVE", "同意"));
        UserAgent inspector = agent(f.inspector);
        String today = BeijingTime.dateOf(TestClock.get().instant()).toString();

        HttpResponse<String> first = recover(inspector, id, "5000", today, "REPAID", null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode m = money(inspector, id);
        assertThat(m.get("recovered").decimalValue()).isEqualByComparingTo("5000");
        assertThat(m.get("toRecover").decimalValue()).isEqualByComparingTo("15000");
        assertThat(m.get("recoveries").get(0).get("methodName").asText()).isEqualTo("用人单位归还");

        HttpResponse<String> over = recover(inspector, id, "15000.01", today, "ENFORCED", null);
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(over.body()).contains("amount").contains("追回金额不得超过尚待追偿的 15000.00 元（已批准垫付 20000.00 元，已追回 5000.00 元）");
        String tomorrow = LocalDate.parse(today).plusDays(1).toString();
        HttpResponse<String> hostile = recover(inspector, id, "-1", tomorrow, "GIFT", "说\\u0001明");
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(fields(hostile)).contains("amount", "recoveredOn", "method", "note");
        assertThat(recover(inspector, id, "100", today, "OTHER", null).body()).contains("note");
        assertThat(recover(agent(f.leader), id, "15000", today, "DEPOSIT", null).statusCode())
                .isEqualTo(201);
        assertThat(money(inspector, id).get("toRecover").decimalValue()).isEqualByComparingTo("0");
        assertThat(recover(inspector, id, "0.01", today, "REPAID", null).statusCode())
                .isEqualTo(400);

        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        assertThat(recover(agent(other.inspector), id, "1", today, "REPAID", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(recover(agent(f.clerk), id, "1", today, "REPAID", null).statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_recovery where incident_id = ?", Long.class, id))
                .isEqualTo(2);
        processes.assertTimeline(ref(id)).contains("RECOVERY_RECORDED");
    }

    @Test
    void anOpenInspectionCaseOfTheSameEmployerIsLinkedOnceAndOthersAreRefused() throws Exception {
        long id = activated(false);
        String creditCode = queries.get(f.inspector, id).employer().creditCode();
        long sameEmployer = inspectionCases.propose(f.inspector, newCase(creditCode));
        long otherEmployer = inspectionCases.propose(f.inspector, newCase(f.employer()));
        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        long otherOffice = inspectionCases.propose(other.inspector, newCase(other.employer()));
        UserAgent inspector = agent(f.inspector);

        HttpResponse<String> candidates = inspector.get("/api/wage-incidents/" + id + "/inspection-case-candidates");
        assertThat(candidates.statusCode()).isEqualTo(200);
        assertThat(json.readTree(candidates.body()).findValuesAsText("id"))
                .containsExactly(String.valueOf(sameEmployer));

        assertThat(link(inspector, id, otherEmployer).statusCode()).isEqualTo(400);
        assertThat(link(inspector, id, otherOffice).statusCode()).isEqualTo(404);
        assertThat(link(inspector, id, "\"abc\"").statusCode()).isEqualTo(400);
        assertThat(link(agent(f.clerk), id, sameEmployer).statusCode()).isEqualTo(403);
        assertThat(link(agent(other.inspector), id, sameEmployer).statusCode()).isEqualTo(404);

        HttpResponse<String> linked = link(inspector, id, sameEmployer);
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        JsonNode view = json.readTree(linked.body());
        assertThat(view.get("inspectionCaseId").asLong()).isEqualTo(sameEmployer);
        assertThat(view.get("followUp").get("inspectionCase").get("number").asText())
                .isEqualTo(inspectionCases.get(sameEmployer).number());
        assertThat(link(agent(f.leader), id, sameEmployer).statusCode()).isEqualTo(409);
        assertThat(inspector
                        .postJson("/api/wage-incidents/" + id + "/inspection-case/proposal", "{}")
                        .statusCode())
                .isEqualTo(409);
        processes.assertTimeline(ref(id)).contains("INSPECTION_LINKED");

        long second = activated(false);
        HttpResponse<String> opened =
                inspector.postJson("/api/wage-incidents/" + second + "/inspection-case/proposal", "{}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long caseId = json.readTree(opened.body()).get("inspectionCaseId").asLong();
        assertThat(inspectionCases.get(caseId).originLabel()).contains("突发欠薪事件");
        assertThat(inspectionCases.get(caseId).employerId())
                .isEqualTo(incidents.get(second).employerId());
    }

    @Test
    void theCriminalReferralIsProposedOnItsGroundApprovedByTheHeadAndIssuesTheLetter() throws Exception {
        long id = activated(false);
        UserAgent inspector = agent(f.inspector);
        LocalDate today = BeijingTime.dateOf(TestClock.get().instant());

        HttpResponse<String> notAbsconded = refer(inspector, id, "ABSCONDED", null, null);
        assertThat(notAbsconded.statusCode()).isEqualTo(400);
        assertThat(notAbsconded.body()).contains("ground").contains("未记录用人单位欠薪逃匿");
        HttpResponse<String> notDue = refer(inspector, id, "ORDER_NOT_COMPLIED", today.minusDays(2), today);
        assertThat(notDue.statusCode()).isEqualTo(400);
        assertThat(notDue.body()).contains("orderDueOn").contains("尚未届满");
        HttpResponse<String> hostile = inspector.postJson(
                "/api/wage-incidents/" + id + "/referrals",
                """
                {"ground":"MAYBE","orderServedOn":"昨天","policeOrgan":"公安\\u0000局","facts":""}""");
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(fields(hostile)).contains("ground", "orderServedOn", "policeOrgan", "facts");
        assertThat(refer(agent(f.leader), id, "ORDER_NOT_COMPLIED", today.minusDays(5), today.minusDays(1))
                        .statusCode())
                .as("the inspector proposes")
                .isEqualTo(403);

        HttpResponse<String> proposed =
                refer(inspector, id, "ORDER_NOT_COMPLIED", today.minusDays(5), today.minusDays(1));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonNode referral =
                json.readTree(proposed.body()).get("followUp").get("referrals").get(0);
        assertThat(referral.get("statusName").asText()).isEqualTo("待局长审批");
        long referralId = referral.get("id").asLong();
        assertThat(notices(x.head.username())).anyMatch(t -> t.contains("移送公安机关") && t.contains("待您审批"));
        assertThat(refer(inspector, id, "ORDER_NOT_COMPLIED", today.minusDays(5), today.minusDays(1))
                        .statusCode())
                .isEqualTo(409);

        assertThat(decide(agent(f.leader), id, "referrals", referralId, "APPROVE", "同意")
                        .statusCode())
                .isEqualTo(403);
        assertThat(decide(agent(x.head), id, "referrals", referralId, "REJECT", "")
                        .body())
                .contains("opinion");
        HttpResponse<String> approved = decide(agent(x.head), id, "referrals", referralId, "APPROVE", "同意移送");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode done =
                json.readTree(approved.body()).get("followUp").get("referrals").get(0);
        assertThat(done.get("statusName").asText()).isEqualTo("已批准移送");
        assertThat(done.get("pdf").asText()).startsWith("/documents/");
        assertThat(decide(agent(x.head), id, "referrals", referralId, "REJECT", "再议")
                        .statusCode())
                .isEqualTo(409);
        assertThat(notices(f.inspector.username())).anyMatch(t -> t.contains("已批准移送"));

        byte[] pdf = documents.pdf(done.get("documentId").asLong()).content();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("涉嫌犯罪案件移送书")
                    .contains("示范市公安局测试分局")
                    .contains("欠薪应急移字")
                    .contains(incidents.get(id).incidentNumber())
                    .contains("经责令支付仍不支付")
                    .contains("第二百七十六条之一");
        }
        processes.assertTimeline(ref(id)).containsSubsequence("REFERRAL_PROPOSED", "REFERRAL_APPROVED");

        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        assertThat(refer(agent(other.inspector), id, "ABSCONDED", null, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAbscondedEmployerMayBeReferredAndTwoDecisionsAtOnceRecordOne() throws Exception {
        long id = activated(true);
        long referral = referrals.propose(
                f.inspector, id, new ReferralRequest("ABSCONDED", null, null, "示范市公安局测试分局", "经营者逃匿，电话关机"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(referralDecision(start, id, referral, "APPROVE"));
            Future<String> b = pool.submit(referralDecision(start, id, referral, "REJECT"));
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("OK", "409");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_referral where id = ? and decided_by is not null",
                        Long.class,
                        referral))
                .isEqualTo(1);
    }

    @Test
    void theBlacklistReviewGoesThroughTheEmployerRegistryAndTheHeadDecides() throws Exception {
        long id = activated(false);
        UserAgent inspector = agent(f.inspector);
        HttpResponse<String> early = propose(inspector, id, "SERIOUS_INCIDENT", "引发群体性上访");
        assertThat(early.statusCode()).as("neither referred nor closed").isEqualTo(409);

        LocalDate today = BeijingTime.dateOf(TestClock.get().instant());
        long referral = referrals.propose(
                f.inspector,
                id,
                new ReferralRequest(
                        "ORDER_NOT_COMPLIED",
                        today.minusDays(9).toString(),
                        today.minusDays(2).toString(),
                        "示范市公安局测试分局",
                        "逾期不支付"));
        referrals.decide(x.head, id, referral, new AdvanceDecisionRequest("APPROVE", null));

        assertThat(propose(inspector, id, "NONE", "\u0007").statusCode()).isEqualTo(400);
        assertThat(fields(propose(inspector, id, "NONE", ""))).contains("ground", "reason");
        assertThat(propose(agent(f.clerk), id, "SERIOUS_INCIDENT", "引发群体性上访").statusCode())
                .isEqualTo(403);
        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        assertThat(propose(agent(other.inspector), id, "SERIOUS_INCIDENT", "引发群体性上访")
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<String> proposed = propose(inspector, id, "CRIMINAL_AMOUNT", "拖欠45名农民工工资15万元，逾期仍不支付");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        long reviewId = json.readTree(proposed.body())
                .get("followUp")
                .get("blacklistReviews")
                .get(0)
                .get("id")
                .asLong();
        assertThat(propose(inspector, id, "CRIMINAL_AMOUNT", "再次").statusCode()).isEqualTo(409);
        String creditCode = queries.get(f.inspector, id).employer().creditCode();
        assertThat(employerDirectory.detail(f.leader, creditCode).grades())
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.blacklist()).isTrue();
                    assertThat(g.pending()).isTrue();
                    assertThat(g.reason()).contains("拒不支付劳动报酬罪数额标准");
                    assertThat(g.source()).isEqualTo(incidents.get(id).incidentNumber());
                });

        assertThatThrownBy(() -> blacklist.decide(f.leader, id, reviewId, new AdvanceDecisionRequest("LIST", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(decide(agent(x.head), id, "blacklist-reviews", reviewId, "NOT_LIST", "")
                        .body())
                .contains("opinion");
        HttpResponse<String> listed = decide(agent(x.head), id, "blacklist-reviews", reviewId, "LIST", "同意列入");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(json.readTree(listed.body())
                        .get("followUp")
                        .get("blacklistReviews")
                        .get(0)
                        .get("statusName")
                        .asText())
                .isEqualTo("决定列入名单");
        assertThat(employerDirectory.detail(f.leader, creditCode).blacklist()).hasSize(1);
        assertThatThrownBy(() -> blacklist.decide(x.head, id, reviewId, new AdvanceDecisionRequest("NOT_LIST", "再议")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("测试局长");
        processes.assertTimeline(ref(id)).containsSubsequence("BLACKLIST_PROPOSED", "BLACKLIST_LISTED");
    }

    private Callable<String> correction(CountDownLatch start, CurrentUser user, long id, long payment, String action) {
        return () -> {
            start.await();
            try {
                corrections.correct(
                        user,
                        id,
                        payment,
                        new PaymentCorrectionRequest(
                                "0",
                                action,
                                "并发更正",
                                "王五",
                                "3500",
                                TestClock.get().instant().minusSeconds(120).toString(),
                                "EMPLOYER"));
                return "OK";
            } catch (ConflictException e) {
                return "409";
            }
        };
    }

    private Callable<String> referralDecision(CountDownLatch start, long id, long referral, String decision) {
        return () -> {
            start.await();
            try {
                referrals.decide(x.head, id, referral, new AdvanceDecisionRequest(decision, "并发决定"));
                return "OK";
            } catch (ConflictException e) {
                return "409";
            }
        };
    }

    private long activated(boolean absconded) {
        long id = incidents
                .report(
                        f.inspector,
                        new ReportIncidentRequest(
                                new ReportIncidentRequest.EmployerRequest(f.employer(), null, null, null, null),
                                "某工地",
                                "45",
                                "150000",
                                "2026年9月至11月",
                                absconded,
                                false,
                                TestClock.get().instant().minusSeconds(600).toString(),
                                "工人聚集讨要工资"))
                .id();
        approvals.decide(f.leader, id, new DecisionRequest("APPROVE", "同意启动"));
        return id;
    }

    private static NewInspectionCase newCase(String creditCode) {
        return new NewInspectionCase("INSTRUCTION", creditCode, "局长批示", "拖欠工资", new BigDecimal("150000"), 45);
    }

    private UserAgent agent(CurrentUser user) {
        return UserAgent.basic(port, user.username(), IntakeFixtures.PASSWORD);
    }

    private JsonNode money(UserAgent agent, long id) throws Exception {
        HttpResponse<String> got = agent.get("/api/wage-incidents/" + id);
        assertThat(got.statusCode()).isEqualTo(200);
        return json.readTree(got.body()).get("money");
    }

    private static JsonNode payment(JsonNode money, long id) {
        for (JsonNode p : money.get("payments")) {
            if (p.get("id").asLong() == id) {
                return p;
            }
        }
        throw new AssertionError("no payment " + id);
    }

    private HttpResponse<String> pay(UserAgent agent, long id, String name, String amount) throws Exception {
        return agent.postJson(
                "/api/wage-incidents/" + id + "/payments",
                """
                {"workerName":"%s","amount":"%s","paidAt":"%s","source":"EMPLOYER"}"""
                        .formatted(
                                name,
                                amount,
                                TestClock.get().instant().minusSeconds(60).toString()));
    }

    private HttpResponse<String> correct(
            UserAgent agent, long id, long payment, int version, String action, String amount, String reason)
            throws Exception {
        return agent.postJson(
                "/api/wage-incidents/" + id + "/payments/" + payment + "/correction",
                """
                {"action":"%s","version":%d,"reason":"%s","workerName":"张三","amount":%s,"paidAt":"%s","source":"EMPLOYER"}"""
                        .formatted(
                                action,
                                version,
                                reason,
                                amount == null ? "null" : "\"" + amount + "\"",
                                TestClock.get().instant().minusSeconds(120).toString()));
    }

    private HttpResponse<String> recover(UserAgent agent, long id, String amount, String on, String method, String note)
            throws Exception {
        return agent.postJson(
                "/api/wage-incidents/" + id + "/recoveries",
                """
                {"amount":"%s","recoveredOn":"%s","method":"%s","note":%s}"""
                        .formatted(amount, on, method, note == null ? "null" : "\"" + note + "\""));
    }

    private HttpResponse<String> link(UserAgent agent, long id, Object caseId) throws Exception {
        return agent.postJson("/api/wage-incidents/" + id + "/inspection-case", "{\"caseId\":" + caseId + "}");
    }

    private HttpResponse<String> refer(UserAgent agent, long id, String ground, LocalDate served, LocalDate due)
            throws Exception {
        return agent.postJson(
                "/api/wage-incidents/" + id + "/referrals",
                """
                {"ground":"%s","orderServedOn":%s,"orderDueOn":%s,"policeOrgan":"示范市公安局测试分局",
                 "facts":"该单位以转移财产的方法逃避支付劳动报酬"}"""
                        .formatted(
                                ground,
                                served == null ? "null" : "\"" + served + "\"",
                                due == null ? "null" : "\"" + due + "\""));
    }

    private HttpResponse<String> propose(UserAgent agent, long id, String ground, String reason) throws Exception {
        return agent.postJson(
                "/api/wage-incidents/" + id + "/blacklist-reviews",
                json.writeValueAsString(java.util.Map.of("ground", ground, "reason", reason)));
    }

    private HttpResponse<String> decide(
            UserAgent agent, long id, String what, long itemId, String decision, String opinion) throws Exception {
        return agent.postJson(
                "/api/wage-incidents/" + id + "/" + what + "/" + itemId + "/decision",
                json.writeValueAsString(java.util.Map.of("decision", decision, "opinion", opinion)));
    }

    private List<String> fields(HttpResponse<String> response) throws Exception {
        List<String> fields = new ArrayList<>();
        json.readTree(response.body())
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private List<String> notices(String username) {
        return jdbc.queryForList("select title from staff_notice where username = ?", String.class, username);
    }

    private static CaseRef ref(long id) {
        return CaseRef.of(CaseType.WAGE_INCIDENT, id);
    }
}
