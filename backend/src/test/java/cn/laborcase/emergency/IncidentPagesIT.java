package cn.laborcase.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.inspection.InspectionFixtures;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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
 * The incident page's money, progress and closure sections and their forms, through the logged-in pages: a payment,
 * a progress report, an advance and the 局长's approval, the closure report and the section leader's approval; hostile
 * input shown next to its fields (400, nothing written); another office's staff get 404.
 */
@IntegrationTest
class IncidentPagesIT {

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
    JdbcTemplate jdbc;

    @Autowired
    Documents documents;

    @Autowired
    IncidentQueries queries;

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
    void moneyProgressAndClosureAreRecordedAndDecidedThroughThePage() throws Exception {
        long id = activated();
        String path = "/wage-incidents/" + id;
        UserAgent inspector = UserAgent.loggedIn(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        String page = inspector.get(path).body();
        assertThat(page).contains("资金情况", "尚欠工资", "150,000.00 元", "登记工资支付", "报送进展报告", "申请应急周转金垫付", "报送处置情况报告");
        String csrf = inspector.csrfToken(path);

        HttpResponse<String> paid = inspector.postForm(
                path + "/payments",
                Map.of(
                        "_csrf",
                        csrf,
                        "workerName",
                        "张三",
                        "amount",
                        "3000",
                        "paidAt",
                        beijing(10),
                        "source",
                        "CONTRACTOR"));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(302);
        HttpResponse<String> reported = inspector.postForm(
                path + "/progress-reports",
                Map.of(
                        "_csrf",
                        csrf,
                        "actions",
                        "约谈总承包单位，督促清偿",
                        "workersPaid",
                        "1",
                        "amountPaid",
                        "3000",
                        "nextSteps",
                        "继续督促"));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(302);
        HttpResponse<String> asked = inspector.postForm(
                path + "/advances", Map.of("_csrf", csrf, "workers", "5", "amount", "20000", "reason", "工人返乡在即"));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);

        page = inspector.get(path).body();
        assertThat(page)
                .contains("张三", "总承包单位清偿", "3,000.00", "147,000.00 元", "约谈总承包单位，督促清偿", "下次报告截止", "待局长审批")
                .doesNotContain("advance-decision-");

        UserAgent head = UserAgent.loggedIn(port, x.head.username(), IntakeFixtures.PASSWORD);
        String headPage = head.get(path).body();
        assertThat(headPage).contains("advance-decision-", "批准垫付");
        long advanceId =
                jdbc.queryForObject("select id from wage_incident_advance where incident_id = ?", Long.class, id);
        HttpResponse<String> refused = head.postForm(
                path + "/advances/" + advanceId + "/decision",
                Map.of("_csrf", head.csrfToken(path), "decision", "REJECT", "opinion", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("不予垫付时请填写审批意见");
        HttpResponse<String> approved = head.postForm(
                path + "/advances/" + advanceId + "/decision",
                Map.of("_csrf", head.csrfToken(path), "decision", "APPROVE", "opinion", "同意"));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(302);
        assertThat(head.get(path).body()).contains("已批准垫付", "20,000.00 元");

        HttpResponse<String> closure = inspector.postForm(
                path + "/closure-reports",
                Map.of("_csrf", inspector.csrfToken(path), "summary", "总承包单位已清偿部分工资", "amountRecovered", "0"));
        assertThat(closure.statusCode()).as(closure.body()).isEqualTo(302);
        UserAgent leader = UserAgent.loggedIn(port, f.leader.username(), IntakeFixtures.PASSWORD);
        assertThat(leader.get(path).body()).contains("审批处置情况报告", "待领导审批");
        long closureId =
                jdbc.queryForObject("select id from wage_incident_closure where incident_id = ?", Long.class, id);
        HttpResponse<String> closed = leader.postForm(
                path + "/closure-reports/" + closureId + "/decision",
                Map.of("_csrf", leader.csrfToken(path), "decision", "APPROVE", "opinion", "同意结案"));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(302);
        page = leader.get(path).body();
        assertThat(page).contains("已结案", "已批准结案", "同意结案", "尚待追偿 20,000.00 元");
        assertThat(page).doesNotContain(">CONTRACTOR", ">REQUESTED", ">APPROVED", ">EMPLOYER");
        assertThat(inspector.get(path).body()).doesNotContain("id=\"payment-form\"", "id=\"closure-form\"");

        // the approval issued the numbered 处置情况报告, linked on the page, and it reads back
        WageIncidentView view = queries.get(f.leader, id);
        WageIncidentView.Document report = view.documents().stream()
                .filter(d -> d.name().equals("处置情况报告"))
                .findFirst()
                .orElseThrow();
        assertThat(report.number()).contains("欠薪应急结字");
        assertThat(page).contains(report.pdf(), "处置情况报告 " + report.number());
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(report.id()).content())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("处置情况报告", report.number(), view.number(), "总承包单位已清偿部分工资")
                    .contains("1人", "3,000.00元", "20,000.00元", "同意结案", "批准结案");
        }
    }

    @Test
    void hostileInputIsShownNextToItsFieldsAndNothingIsWritten() {
        long id = activated();
        String path = "/wage-incidents/" + id;
        UserAgent inspector = UserAgent.loggedIn(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        String csrf = inspector.csrfToken(path);

        HttpResponse<String> bad = inspector.postForm(
                path + "/payments",
                Map.of(
                        "_csrf",
                        csrf,
                        "workerName",
                        "",
                        "amount",
                        "1e20<script>",
                        "paidAt",
                        beijing(-60 * 24),
                        "source",
                        "HACK"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("请填写工人姓名", "支付金额须为数字（元）", "支付时间不能晚于现在", "请选择支付来源", "有 4 处填写有误")
                .contains("1e20&lt;script&gt;")
                .doesNotContain("1e20<script>");
        HttpResponse<String> badReport = inspector.postForm(
                path + "/progress-reports",
                Map.of("_csrf", csrf, "actions", "", "workersPaid", "三", "amountPaid", "-1"));
        assertThat(badReport.statusCode()).isEqualTo(400);
        assertThat(badReport.body()).contains("id=\"progress-form\"", "field-error");
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_payment where incident_id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_progress where incident_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void anotherOfficeGets404AndTheDeskSeesNoMoneyForms() {
        long id = activated();
        String path = "/wage-incidents/" + id;
        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        UserAgent stranger = UserAgent.loggedIn(port, other.inspector.username(), IntakeFixtures.PASSWORD);
        assertThat(stranger.get(path).statusCode()).isEqualTo(404);
        String csrf = stranger.csrfToken("/wage-incidents");
        assertThat(stranger.postForm(
                                path + "/payments",
                                Map.of(
                                        "_csrf",
                                        csrf,
                                        "workerName",
                                        "张三",
                                        "amount",
                                        "1",
                                        "paidAt",
                                        beijing(5),
                                        "source",
                                        "EMPLOYER"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.postForm(path + "/closure-reports", Map.of("_csrf", csrf, "summary", "结案"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_payment where incident_id = ?", Long.class, id))
                .isZero();

        UserAgent clerk = UserAgent.loggedIn(port, f.clerk.username(), IntakeFixtures.PASSWORD);
        String page = clerk.get(path).body();
        assertThat(page).contains("资金情况").doesNotContain("id=\"payment-form\"", "id=\"advance-form\"");
        assertThat(clerk.postForm(
                                path + "/payments",
                                Map.of(
                                        "_csrf",
                                        clerk.csrfToken(path),
                                        "workerName",
                                        "张三",
                                        "amount",
                                        "1",
                                        "paidAt",
                                        beijing(5),
                                        "source",
                                        "EMPLOYER"))
                        .statusCode())
                .isEqualTo(403);
    }

    /** Beijing wall time minutes ago, as a datetime-local field sends it. */
    private static String beijing(int minutesAgo) {
        return LocalDateTime.now(TestClock.get().withZone(ZoneId.of("Asia/Shanghai")))
                .minusMinutes(minutesAgo)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    private long activated() {
        long id = incidents
                .report(
                        f.inspector,
                        new ReportIncidentRequest(
                                new ReportIncidentRequest.EmployerRequest(f.employer(), null, null, null, null),
                                "某工地",
                                "45",
                                "150000",
                                "2026年9月至11月",
                                false,
                                false,
                                TestClock.get().instant().minusSeconds(3600).toString(),
                                "工人聚集讨要工资"))
                .id();
        approvals.decide(f.leader, id, new DecisionRequest("APPROVE", "同意启动"));
        return id;
    }
}
