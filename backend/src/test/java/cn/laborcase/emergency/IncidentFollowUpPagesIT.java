package cn.laborcase.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.inspection.InspectionFixtures;
import cn.laborcase.inspection.NewInspectionCase;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The follow-up forms of the incident page, logged in: a payment corrected (the original shown 已更正), a recovery, the
 * inspection case linked from the select, the referral proposed and approved by the 局长 (the 移送书 linked), the
 * blacklist review proposed and decided; hostile input shown next to its field with nothing written; another office
 * 404, the desk 403, a stale correction 409 on the page; the employer's page lists the incident.
 */
@IntegrationTest
class IncidentFollowUpPagesIT {

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
    IncidentMoney money;

    @Autowired
    InspectionCases inspectionCases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

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
    void theFollowUpIsRecordedAndDecidedThroughThePage() throws Exception {
        String creditCode = f.employer();
        long id = activated(creditCode);
        long caseId = inspectionCases.propose(
                f.inspector,
                new NewInspectionCase("INSTRUCTION", creditCode, "局长批示", "拖欠工资", new BigDecimal("150000"), 45));
        String caseNumber = inspectionCases.get(caseId).number();
        money.recordPayment(f.inspector, id, new PaymentRequest("张三", "3000", beijingOffset(30), "EMPLOYER"));
        long advance = money.requestAdvance(f.inspector, id, new AdvanceRequest("5", "20000", "春节前先行垫付"));
        money.decideAdvance(x.head, id, advance, new AdvanceDecisionRequest("APPROVE", "同意"));
        long payment =
                jdbc.queryForObject("select id from wage_incident_payment where incident_id = ?", Long.class, id);
        String path = "/wage-incidents/" + id;

        UserAgent inspector = UserAgent.loggedIn(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        String page = inspector.get(path).body();
        assertThat(page)
                .contains("更正或撤销", "id=\"recovery-form\"", "id=\"link-form\"", caseNumber, "id=\"referral-form\"")
                .doesNotContain("id=\"blacklist-form\"");
        String csrf = inspector.csrfToken(path);

        Map<String, String> bad = correction(csrf, "0", "CORRECT", "");
        bad.put("amount", "1e20<script>");
        HttpResponse<String> refused = inspector.postForm(path + "/payments/" + payment + "/correction", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("请填写更正或撤销的理由", "支付金额须为数字（元）").doesNotContain("1e20<script>");
        HttpResponse<String> corrected = inspector.postForm(
                path + "/payments/" + payment + "/correction", correction(csrf, "0", "CORRECT", "金额有误"));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(302);
        HttpResponse<String> stale = inspector.postForm(
                path + "/payments/" + payment + "/correction", correction(csrf, "0", "CANCEL", "重复登记"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("不能再次更正或撤销");

        String today = BeijingTime.dateOf(TestClock.get().instant()).toString();
        HttpResponse<String> recovered = inspector.postForm(
                path + "/recoveries",
                Map.of("_csrf", csrf, "amount", "5000", "recoveredOn", today, "method", "REPAID", "note", ""));
        assertThat(recovered.statusCode()).as(recovered.body()).isEqualTo(302);
        HttpResponse<String> over = inspector.postForm(
                path + "/recoveries",
                Map.of("_csrf", csrf, "amount", "15000.01", "recoveredOn", today, "method", "REPAID"));
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(over.body()).contains("追回金额不得超过尚待追偿的 15000.00 元");

        assertThat(inspector
                        .postForm(path + "/inspection-case", Map.of("_csrf", csrf, "caseId", String.valueOf(caseId)))
                        .statusCode())
                .isEqualTo(302);

        LocalDate day = LocalDate.parse(today);
        HttpResponse<String> notDue =
                inspector.postForm(path + "/referrals", referral(csrf, day.minusDays(3), day.plusDays(1)));
        assertThat(notDue.statusCode()).isEqualTo(400);
        assertThat(notDue.body()).contains("尚未届满");
        HttpResponse<String> referred =
                inspector.postForm(path + "/referrals", referral(csrf, day.minusDays(6), day.minusDays(1)));
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(302);

        page = inspector.get(path).body();
        assertThat(page)
                .contains("已更正", "金额有误", "（更正后的记录）", "15,000.00", "用人单位归还")
                .contains("已关联", caseNumber)
                .contains("经责令支付仍不支付", "示范市公安局测试分局", "待局长审批");

        UserAgent head = UserAgent.loggedIn(port, x.head.username(), IntakeFixtures.PASSWORD);
        long referralId =
                jdbc.queryForObject("select id from wage_incident_referral where incident_id = ?", Long.class, id);
        String headCsrf = head.csrfToken(path);
        HttpResponse<String> noOpinion = head.postForm(
                path + "/referrals/" + referralId + "/decision",
                Map.of("_csrf", headCsrf, "decision", "REJECT", "opinion", ""));
        assertThat(noOpinion.statusCode()).isEqualTo(400);
        assertThat(noOpinion.body()).contains("不予移送时请填写审批意见");
        HttpResponse<String> approved = head.postForm(
                path + "/referrals/" + referralId + "/decision",
                Map.of("_csrf", headCsrf, "decision", "APPROVE", "opinion", "同意移送"));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(302);
        assertThat(head.get(path).body()).contains("已批准移送", "涉嫌犯罪案件移送书", "/documents/");

        String inspectorPage = inspector.get(path).body();
        assertThat(inspectorPage).contains("id=\"blacklist-form\"");
        HttpResponse<String> proposed = inspector.postForm(
                path + "/blacklist-reviews",
                Map.of("_csrf", csrf, "ground", "CRIMINAL_AMOUNT", "reason", "拖欠45人工资，逾期仍不支付"));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(302);
        long reviewId =
                jdbc.queryForObject("select id from wage_incident_blacklist where incident_id = ?", Long.class, id);
        HttpResponse<String> listed = head.postForm(
                path + "/blacklist-reviews/" + reviewId + "/decision",
                Map.of("_csrf", headCsrf, "decision", "LIST", "opinion", "同意列入"));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(302);
        assertThat(head.get(path).body()).contains("决定列入名单", "同意列入");

        String employerPage = inspector.get("/employers/" + creditCode).body();
        assertThat(employerPage).contains("欠薪事件", incidents.get(id).incidentNumber(), "失信联合惩戒名单：决定列入名单");
    }

    @Test
    void anotherOfficeGets404AndTheDeskGets403OnTheForms() {
        long id = activated(f.employer());
        money.recordPayment(f.inspector, id, new PaymentRequest("张三", "3000", beijingOffset(30), "EMPLOYER"));
        long payment =
                jdbc.queryForObject("select id from wage_incident_payment where incident_id = ?", Long.class, id);
        String path = "/wage-incidents/" + id;
        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        UserAgent stranger = UserAgent.loggedIn(port, other.inspector.username(), IntakeFixtures.PASSWORD);
        String csrf = stranger.csrfToken("/wage-incidents");
        assertThat(stranger.postForm(
                                path + "/payments/" + payment + "/correction", correction(csrf, "0", "CANCEL", "x"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.postForm(
                                path + "/referrals",
                                referral(
                                        csrf,
                                        BeijingTime.dateOf(TestClock.get().instant()),
                                        BeijingTime.dateOf(TestClock.get().instant())))
                        .statusCode())
                .isEqualTo(404);

        UserAgent clerk = UserAgent.loggedIn(port, f.clerk.username(), IntakeFixtures.PASSWORD);
        String page = clerk.get(path).body();
        assertThat(page)
                .contains("追偿", "监察案件", "移送公安机关")
                .doesNotContain("更正或撤销", "id=\"recovery-form\"", "id=\"referral-form\"", "id=\"link-form\"");
        String clerkCsrf = clerk.csrfToken(path);
        assertThat(clerk.postForm(
                                path + "/payments/" + payment + "/correction",
                                correction(clerkCsrf, "0", "CANCEL", "x"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(clerk.postForm(path + "/inspection-case/proposal", Map.of("_csrf", clerkCsrf))
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_payment where incident_id = ? and status = 'ACTIVE'",
                        Long.class,
                        id))
                .isEqualTo(1);
    }

    private static Map<String, String> correction(String csrf, String version, String action, String reason) {
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", csrf);
        form.put("version", version);
        form.put("action", action);
        form.put("reason", reason);
        form.put("workerName", "张三");
        form.put("amount", "2800");
        form.put("paidAt", beijing(40));
        form.put("source", "EMPLOYER");
        return form;
    }

    private static Map<String, String> referral(String csrf, LocalDate served, LocalDate due) {
        return Map.of(
                "_csrf",
                csrf,
                "ground",
                "ORDER_NOT_COMPLIED",
                "orderServedOn",
                served.toString(),
                "orderDueOn",
                due.toString(),
                "policeOrgan",
                "示范市公安局测试分局",
                "facts",
                "该单位有能力支付而不支付劳动者的劳动报酬");
    }

    private static String beijing(int minutesAgo) {
        return LocalDateTime.now(TestClock.get().withZone(ZoneId.of("Asia/Shanghai")))
                .minusMinutes(minutesAgo)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    private static String beijingOffset(int minutesAgo) {
        return TestClock.get().instant().minusSeconds(60L * minutesAgo).toString();
    }

    private long activated(String creditCode) {
        long id = incidents
                .report(
                        f.inspector,
                        new ReportIncidentRequest(
                                new ReportIncidentRequest.EmployerRequest(creditCode, null, null, null, null),
                                "某工地",
                                "45",
                                "150000",
                                "2026年9月至11月",
                                false,
                                false,
                                TestClock.get().instant().minusSeconds(600).toString(),
                                "工人聚集讨要工资"))
                .id();
        approvals.decide(f.leader, id, new DecisionRequest("APPROVE", "同意启动"));
        return id;
    }
}
