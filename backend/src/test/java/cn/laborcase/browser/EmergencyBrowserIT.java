package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.emergency.AdvanceDecisionRequest;
import cn.laborcase.emergency.AdvanceRequest;
import cn.laborcase.emergency.DecisionRequest;
import cn.laborcase.emergency.IncidentApprovals;
import cn.laborcase.emergency.IncidentMoney;
import cn.laborcase.emergency.IncidentProgress;
import cn.laborcase.emergency.PaymentRequest;
import cn.laborcase.emergency.ProgressReportRequest;
import cn.laborcase.emergency.ReportIncidentRequest;
import cn.laborcase.emergency.ReportedIncident;
import cn.laborcase.emergency.WageIncidents;
import cn.laborcase.inspection.InspectionFixtures;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A section leader finds the emergency approval first on his home page with the minutes left, opens the incident
 * (grade and its rule, the clock, the timeline), approves; the page then shows his decision and the response tasks
 * of the grid's inspectors. Screenshots for docs/emergency.md.
 */
class EmergencyBrowserIT extends BrowserTestBase {

    @Autowired
    cn.laborcase.workflow.EngineConflicts conflicts;

    @Autowired
    WageIncidents incidents;

    @Autowired
    IncidentApprovals approvals;

    @Autowired
    IncidentMoney money;

    @Autowired
    IncidentProgress progress;

    @Autowired
    UserLookup users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Test
    void aLeaderSeesTheApprovalFirstWithTheClockAndTheIncidentShowsHisDecision() throws Exception {
        InspectionFixtures x = new InspectionFixtures(jdbc, users);
        IntakeFixtures f = x.f;
        ReportedIncident r = incidents.report(
                f.inspector,
                new ReportIncidentRequest(
                        new ReportIncidentRequest.EmployerRequest(f.employer(), null, null, null, null),
                        "东湖区滨江路安置房项目工地",
                        "120",
                        "1860000",
                        "2026年8月至11月",
                        false,
                        true,
                        TestClock.get().instant().minusSeconds(900).toString(),
                        "120名农民工在项目部聚集讨要8月以来的工资，总包单位称分包单位负责人已失联"));
        Browser b = browser();
        b.resize(1366, 900);

        b.login(f.leader.username(), IntakeFixtures.PASSWORD);
        b.waitForHome();
        b.waitForText("#home-emergency-approvals", r.number());
        assertThat(b.text("#home-emergency-approvals"))
                .contains("Ⅱ级（重大）")
                .contains("剩余")
                .contains("分钟");
        b.screenshot("emergency-home-approvals");

        b.get("/wage-incidents/" + r.id());
        b.waitForText("#incident-title", r.number());
        assertThat(b.text("#incident-clock")).startsWith("剩余");
        assertThat(b.text("#grade-rule")).contains("群体性上访或聚集正在发生，升一级为Ⅱ级（重大）");
        assertThat(b.text("#timeline")).contains("报告事件").contains("事件定级").contains("提请启动审批");
        b.screenshot("emergency-incident-awaiting");

        // the approval through the real pages: the queue, the task page with its clock and PDF, the form
        String taskId = jdbc.queryForObject(
                "select id from wf_task where business_key = ? and task_definition_key = ? and status = 'OPEN'",
                String.class,
                "WAGE_INCIDENT:" + r.id(),
                IncidentApprovals.TASK_APPROVE);
        // the home panel's 审批 goes straight to the task
        b.get("/");
        b.find("#home-approval-task-" + r.id()).click();
        b.waitForPath("/tasks/" + taskId);
        b.get("/inbox");
        b.waitForText("main", r.number());
        b.screenshot("emergency-approval-queue");
        b.find("a[href$='/tasks/" + taskId + "']").click();
        b.waitForPath("/tasks/" + taskId);
        assertThat(b.text("#task-incident-clock")).startsWith("剩余").endsWith("分钟");
        assertThat(b.text("#task-incident-grade")).isEqualTo("Ⅱ级（重大）");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> {
                    b.get("/tasks/" + taskId);
                    return b.text("#task-incident-documents").contains("应急处置启动审批表");
                });
        String pdfHref = b.find("#task-incident-documents a").getAttribute("href");
        cn.laborcase.support.UserAgent session = cn.laborcase.support.UserAgent.browser(port);
        session.setSessionCookie(
                b.driver().manage().getCookieNamed("JSESSIONID").getValue());
        java.net.http.HttpResponse<byte[]> pdf =
                session.getBytes(pdfHref.substring(pdfHref.indexOf('/', pdfHref.indexOf("//") + 2)));
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text)
                    .contains("应急处置启动审批表")
                    .contains(r.number().replaceAll("\\s+", ""))
                    .contains("Ⅱ级")
                    .contains("120人")
                    .contains("1,860,000.00元");
        }
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, 0)");
        b.screenshot("emergency-approval-task");
        b.driver()
                .findElement(By.cssSelector("input[name='variables[approvalDecision]'][value='APPROVE']"))
                .click();
        b.find("#field-approvalOpinion").sendKeys("同意启动Ⅱ级应急响应，通知公安、住建联动");
        b.screenshot("emergency-approval-form");
        b.find("#complete").click();
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(2))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent())
                    .accept();
        } catch (org.openqa.selenium.TimeoutException noConfirmation) {
            // the form asks for no confirmation
        }
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> "COMPLETED"
                        .equals(jdbc.queryForObject("select status from wf_task where id = ?", String.class, taskId)));
        b.get("/wage-incidents/" + r.id());
        b.waitForText("#incident-status", "已启动应急处置");
        assertThat(b.text("#approvals")).contains("批准启动").contains("监察科长").contains("同意启动Ⅱ级应急响应");
        assertThat(b.text("#case-tasks")).contains("赶赴现场核查").contains("约谈用人单位或总承包单位");
        b.screenshot("emergency-incident-activated");

        b.get("/wage-incidents");
        b.waitForText("#incidents", r.number());
        b.get("/wage-incidents/new");
        b.waitForText("h1", "报告欠薪事件");
        b.screenshot("emergency-report-form");
        b.logout();

        b.login(f.inspector.username(), IntakeFixtures.PASSWORD);
        b.waitForHome();
        b.get("/inbox");
        b.waitForText("main", "赶赴现场核查");
        assertThat(b.text("main")).contains("约谈用人单位或总承包单位").contains(r.number());
        b.screenshot("emergency-inspector-inbox");
        b.logout();
    }

    @Test
    void theIncidentPageShowsMoneyAndProgressReports() throws Exception {
        InspectionFixtures x = new InspectionFixtures(jdbc, users);
        IntakeFixtures f = x.f;
        ReportedIncident r = incidents.report(
                f.inspector,
                new ReportIncidentRequest(
                        new ReportIncidentRequest.EmployerRequest(f.employer(), null, null, null, null),
                        "东湖区滨江路安置房项目工地",
                        "45",
                        "360000",
                        "2026年9月至11月",
                        false,
                        false,
                        TestClock.get().instant().minusSeconds(7200).toString(),
                        "45名农民工在项目部聚集讨要工资"));
        long id = r.id();
        // the job executor issues the 审批表 beside the approval task; deciding while that job ends its branch can
        // lose the engine's optimistic lock (a 409 to the leader): decide once it has run, as a leader reading it would
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> engine.getManagementService()
                                .createJobQuery()
                                .processInstanceId(incidents.get(id).processInstanceId())
                                .activityId(
                                        cn.laborcase.emergency.process.WageArrearsEmergencyProcess
                                                .TASK_ISSUE_APPROVAL_FORM)
                                .count()
                        == 0);
        approvals.decide(f.leader, id, new DecisionRequest("APPROVE", "同意启动，立即处置"));
        String paidAt = TestClock.get().instant().minusSeconds(1800).toString();
        money.recordPayment(f.inspector, id, new PaymentRequest("张三", "8000", paidAt, "CONTRACTOR"));
        money.recordPayment(f.inspector, id, new PaymentRequest("李四", "7500", paidAt, "EMPLOYER"));
        long advance = money.requestAdvance(f.inspector, id, new AdvanceRequest("5", "20000", "工人返乡在即，用人单位负责人失联"));
        money.decideAdvance(x.head, id, advance, new AdvanceDecisionRequest("APPROVE", "同意垫付，限期追偿"));
        progress.file(f.inspector, id, new ProgressReportRequest("约谈总承包单位，督促先行清偿", "2", "15500", "继续核对工资表，督促清偿其余工资"));

        Browser b = browser();
        b.resize(1366, 2400);
        b.login(f.inspector.username(), IntakeFixtures.PASSWORD);
        b.waitForHome();
        b.get("/wage-incidents/" + id);
        b.waitForText("#incident-money", "张三");
        assertThat(b.text("#incident-money")).contains("总承包单位清偿", "已批准垫付", "344,500.00 元");
        assertThat(b.text("#incident-progress")).contains("约谈总承包单位", "下次报告截止");
        b.screenshot("emergency-incident-money");
    }

    @Test
    void anInspectorSubmitsThePaymentAndAdvanceFormsAndTheHeadApprovesTheAdvanceFromHisInbox() throws Exception {
        InspectionFixtures x = new InspectionFixtures(jdbc, users);
        IntakeFixtures f = x.f;
        ReportedIncident r = incidents.report(
                f.inspector,
                new ReportIncidentRequest(
                        new ReportIncidentRequest.EmployerRequest(f.employer(), null, null, null, null),
                        "东湖区滨江路安置房项目工地",
                        "45",
                        "360000",
                        "2026年9月至11月",
                        false,
                        false,
                        TestClock.get().instant().minusSeconds(7200).toString(),
                        "45名农民工在项目部聚集讨要工资"));
        long id = r.id();
        // the 审批表 job may end its branch at this instant: decide as the decision endpoint does, run again
        // in a new transaction when the engine's optimistic lock refuses it (EngineConflicts)
        conflicts.retrying("decide", () -> {
            approvals.decide(f.leader, id, new DecisionRequest("APPROVE", "同意启动，立即处置"));
            return null;
        });

        Browser b = browser();
        b.resize(1366, 2400);
        b.login(f.inspector.username(), IntakeFixtures.PASSWORD);
        b.waitForHome();
        b.get("/wage-incidents/" + id);
        b.find("#pay-workerName").sendKeys("王五");
        b.find("#pay-amount").sendKeys("6000");
        String paidAt = java.time.LocalDateTime.ofInstant(
                        TestClock.get().instant().minusSeconds(1800), java.time.ZoneId.of("Asia/Shanghai"))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .toString();
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("document.getElementById('pay-paidAt').value = arguments[0]", paidAt);
        new org.openqa.selenium.support.ui.Select(b.find("#pay-source")).selectByValue("CONTRACTOR");
        b.find("#payment-form button[type='submit']").click();
        b.waitForText("#incident-money", "王五");
        assertThat(b.text("#incident-money")).contains("总承包单位清偿").contains("354,000.00 元");

        b.find("#adv-workers").sendKeys("4");
        b.find("#adv-amount").sendKeys("18000");
        b.find("#adv-reason").sendKeys("工人返乡在即，分包单位负责人失联");
        b.find("#advance-form button[type='submit']").click();
        b.waitForText("#advances", "18,000.00");
        assertThat(b.text("#advances")).contains("待局长审批").contains("4 人");
        b.screenshot("emergency-money-forms");
        b.logout();

        String taskId = jdbc.queryForObject(
                "select id from wf_task where business_key = ? and task_definition_key = ? and status = 'OPEN'",
                String.class,
                "WAGE_INCIDENT:" + id,
                "Task_ApproveAdvance");
        b.resize(1366, 900);
        b.login(x.head.username(), IntakeFixtures.PASSWORD);
        b.waitForHome();
        b.get("/inbox");
        b.waitForText("main", "应急周转金垫付审批（4人，18000.00元）");
        b.screenshot("emergency-advance-inbox");
        b.find("a[href$='/tasks/" + taskId + "']").click();
        b.waitForPath("/tasks/" + taskId);
        assertThat(b.text("#task-pending-advances"))
                .contains("4 人")
                .contains("18,000.00 元")
                .contains("欠薪总额 360000.00 元的 30% 与每人 5000.00 元 × 4 人中的较小者");
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("document.getElementById('case-summary').scrollIntoView()");
        b.screenshot("emergency-advance-task");
        b.driver()
                .findElement(By.cssSelector("input[name='variables[advanceDecision]'][value='APPROVE']"))
                .click();
        b.find("#field-advanceOpinion").sendKeys("同意垫付，限期向总包单位追偿");
        b.find("#complete").click();
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(2))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent())
                    .accept();
        } catch (org.openqa.selenium.TimeoutException noConfirmation) {
            // the form asks for no confirmation
        }
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> "COMPLETED"
                        .equals(jdbc.queryForObject("select status from wf_task where id = ?", String.class, taskId)));

        b.resize(1366, 2400);
        b.get("/wage-incidents/" + id);
        b.waitForText("#advances", "已批准");
        assertThat(b.text("#advances")).contains("同意垫付，限期向总包单位追偿").contains("测试局长");
        assertThat(b.text("#incident-money"))
                .contains("18,000.00 元")
                .contains("王五")
                .contains("354,000.00 元");
        b.screenshot("emergency-advance-approved");
        b.logout();
    }
}
