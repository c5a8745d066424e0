package cn.laborcase.browser;

import static cn.laborcase.inspection.process.InspectionCaseProcess.APPROVE_CLOSING;
import static cn.laborcase.inspection.process.InspectionCaseProcess.APPROVE_FILING;
import static cn.laborcase.inspection.process.InspectionCaseProcess.ASSIGN_INSPECTORS;
import static cn.laborcase.inspection.process.InspectionCaseProcess.CONFIRM_DECISION;
import static cn.laborcase.inspection.process.InspectionCaseProcess.CONFIRM_INVESTIGATION;
import static cn.laborcase.inspection.process.InspectionCaseProcess.CONFLICT;
import static cn.laborcase.inspection.process.InspectionCaseProcess.CORRECTED;
import static cn.laborcase.inspection.process.InspectionCaseProcess.DECLARE;
import static cn.laborcase.inspection.process.InspectionCaseProcess.FILING_DECISION;
import static cn.laborcase.inspection.process.InspectionCaseProcess.INSPECTORS;
import static cn.laborcase.inspection.process.InspectionCaseProcess.INVESTIGATE;
import static cn.laborcase.inspection.process.InspectionCaseProcess.RECHECK_NOTE;
import static cn.laborcase.inspection.process.InspectionCaseProcess.RECHECK_RECTIFICATION;
import static cn.laborcase.inspection.process.InspectionCaseProcess.RECTIFICATION_TIMER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.inspection.InspectionFixtures;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.TaskInbox;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An inspection case from the inspector's inbox to the leader's closing approval, in a real browser: the inspector
 * opens the investigation from his inbox, records the inquiry and chooses 责令改正; the 限期整改指令书 is issued (its PDF
 * read back); after the period and the re-check the leader approves closing from his inbox. The steps between
 * (filing, assignment, 回避 declarations, the partner's confirmation, the re-check) go through the same task inbox.
 */
class InspectionCaseFlowBrowserIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    InspectionCases cases;

    @Autowired
    Documents documents;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline timeline;

    Processes processes;

    @BeforeEach
    void start() {
        processes = new Processes(engine, inbox, timeline).start();
    }

    @AfterEach
    void stop() {
        processes.close();
    }

    private Task task(String pid, String key) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pid)
                .taskDefinitionKey(key)
                .active()
                .list()
                .get(0);
    }

    private void complete(CurrentUser user, String pid, String key, Map<String, ?> values) {
        processes.complete(user, task(pid, key).getId(), null, values);
        processes.runAsyncSteps(pid);
    }

    @Test
    void anInspectorRecordsTheInquiryIssuesTheRectificationOrderAndTheLeaderApprovesClosing() throws Exception {
        InspectionFixtures x = new InspectionFixtures(jdbc, users);
        IntakeFixtures f = x.f;
        long id = cases.openFromFinding(x.finding());
        String pid = cases.get(id).processInstanceId();
        String number = cases.get(id).number();
        complete(f.leader, pid, APPROVE_FILING, Map.of(FILING_DECISION, "APPROVE"));
        complete(
                f.inspector,
                pid,
                ASSIGN_INSPECTORS,
                Map.of(INSPECTORS, f.inspector.username() + "," + f.partner.username()));
        for (CurrentUser u : new CurrentUser[] {f.inspector, f.partner}) {
            Task declaration = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(pid)
                    .taskDefinitionKey(DECLARE)
                    .taskAssignee(u.username())
                    .singleResult();
            processes.complete(u, declaration.getId(), null, Map.of(CONFLICT, "NONE"));
        }
        String investigation = task(pid, INVESTIGATE).getId();

        Browser b = browser();
        b.resize(1366, 900);
        b.login(f.inspector.username(), IntakeFixtures.PASSWORD);
        b.waitForHome();
        b.get("/inbox");
        b.find("a[href='/tasks/" + investigation + "']").click();
        b.waitForPath("/tasks/" + investigation);
        assertThat(b.driver().getPageSource()).contains(number);

        b.driver()
                .findElement(By.cssSelector("input[name='variables[action]'][value='RECORD']"))
                .click();
        String today = TestClock.get().today().toString();
        String rectifyBy = TestClock.get().today().plusDays(10).toString();
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        js.executeScript("document.getElementById('field-inquiryNoticeSentOn').value = arguments[0];", today);
        js.executeScript("document.getElementById('field-replyBy').value = arguments[0];", today);
        // who was asked, when and where: the 询问笔录 is issued from it
        js.executeScript("document.getElementById('field-inquiredOn').value = arguments[0];", today);
        b.find("#field-inquiredTime").sendKeys("14:00");
        b.find("#field-inquiryPlace").sendKeys("区劳动保障监察大队312室");
        b.find("#field-interviewee").sendKeys("王五");
        b.find("#field-intervieweeRole").sendKeys("该单位行政经理");
        b.find("#field-inquiryRecord").sendKeys("法定代表人承认拖欠两名劳动者两个月工资");
        b.find("#field-siteRecord").sendKeys("现场查看工资台账，十月、十一月未发放");
        b.find("#field-workers").sendKeys("张三 5000\n李四 7000");
        b.find("#field-findings").sendKeys("拖欠2名劳动者工资共12000元");
        new Select(b.find("#field-outcome")).selectByValue("RECTIFIED");
        js.executeScript("document.getElementById('field-rectifyBy').value = arguments[0];", rectifyBy);
        b.screenshot("inspection-investigation");
        b.find("#complete").click();
        b.waitForPath("/inbox");

        // the other inspector confirms (一人不能单独完成调查), then the order is issued
        complete(f.partner, pid, CONFIRM_INVESTIGATION, Map.of(CONFIRM_DECISION, "AGREE"));
        long order = jdbc.queryForObject(
                "select id from document where case_type = 'INSPECTION_CASE' and case_id = ?"
                        + " and type_code = 'INSPECTION_RECTIFICATION_ORDER'",
                Long.class,
                String.valueOf(id));
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(order).content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("限期整改指令书", number, "拖欠2名劳动者工资共12000元", "行政复议", "行政诉讼");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from document where case_type = 'INSPECTION_CASE' and case_id = ?"
                                + " and type_code in ('INSPECTION_INQUIRY_RECORD', 'INSPECTION_FILING_APPROVAL')",
                        Long.class,
                        String.valueOf(id)))
                .isEqualTo(2);
        b.get("/inspection-cases/" + id);
        assertThat(b.text("#documents")).contains("限期整改指令书", "询问笔录", "立案审批表");
        b.screenshot("inspection-case-rectifying");
        b.logout();

        processes.reachTimer(pid, RECTIFICATION_TIMER);
        complete(f.partner, pid, RECHECK_RECTIFICATION, Map.of(CORRECTED, "YES", RECHECK_NOTE, "已补发全部工资"));
        String closing = task(pid, APPROVE_CLOSING).getId();

        b.login(f.leader.username(), IntakeFixtures.PASSWORD);
        b.waitForHome();
        b.get("/inbox");
        b.find("a[href='/tasks/" + closing + "']").click();
        b.waitForPath("/tasks/" + closing);
        // the leader reads the 结案审批表's draft next to the case summary before approving
        assertThat(b.text("#case-days-left")).contains("个工作日");
        String href = b.find("#case-drafts a.draft-link").getAttribute("href");
        assertThat(b.text("#case-drafts")).contains("结案审批表（草稿）");
        assertThat(href).endsWith("/inspection-cases/" + id + "/drafts/closing");
        b.screenshot("inspection-closing-approval-task");
        var leaderAgent = cn.laborcase.support.UserAgent.basic(port, f.leader.username(), IntakeFixtures.PASSWORD);
        // the page route (the link, with the session) and the API route (HTTP Basic) give the same draft
        assertThat(cn.laborcase.support.UserAgent.loggedIn(port, f.leader.username(), IntakeFixtures.PASSWORD)
                        .get("/inspection-cases/" + id + "/drafts/closing")
                        .statusCode())
                .isEqualTo(200);
        var draft = leaderAgent.getBytes("/api/inspection-cases/" + id + "/drafts/closing");
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(draft.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("结案审批表", "草稿", number).doesNotContain("劳监结审字〔");
            javax.imageio.ImageIO.write(
                    new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 80),
                    "png",
                    java.nio.file.Path.of(
                                    System.getProperty("laborcase.docs-dir", "../docs"),
                                    "screenshots",
                                    "inspection-closing-approval-draft.png")
                            .toFile());
        }
        // another office's leader does not learn the case exists
        IntakeFixtures elsewhere = new IntakeFixtures(jdbc, users);
        var outsider = cn.laborcase.support.UserAgent.basic(port, elsewhere.leader.username(), IntakeFixtures.PASSWORD);
        assertThat(outsider.getBytes("/api/inspection-cases/" + id + "/drafts/closing")
                        .statusCode())
                .isEqualTo(404);
        b.driver()
                .findElement(By.cssSelector("input[name='variables[closingDecision]'][value='APPROVE']"))
                .click();
        b.find("#complete").click();
        b.waitForPath("/inbox");
        b.logout();

        assertThat(jdbc.queryForObject("select status from inspection_case where id = ?", String.class, id))
                .isEqualTo("CLOSED");
    }
}
