package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.arbitration.AcceptanceDecision;
import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationFixtures;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.AwardPeriod;
import cn.laborcase.arbitration.AwardPeriodRequest;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.arbitration.RegisterApplicationRequest;
import cn.laborcase.arbitration.TribunalRequest;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.Processes;
import cn.laborcase.workflow.TaskInbox;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sole arbitrator of a case with its tribunal composed fills the award form in a real browser (one row per
 * claim item), issues the award and finds the 裁决书 with its PDF link; the director's list shows a suspended case
 * with its days. Screenshots of the award form and the director's list for docs/arbitration.md.
 */
class ArbitrationAwardBrowserIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ArbitrationRegistration registration;

    @Autowired
    ApplicationReview review;

    @Autowired
    CasePreparation preparation;

    @Autowired
    AwardPeriod period;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Test
    void theArbitratorIssuesTheAwardFromTheFormAndSeesThePdfLink() throws Exception {
        ArbitrationFixtures a = new ArbitrationFixtures(jdbc, users);
        long id;
        Processes processes = new Processes(engine, inbox, caseTimeline).start();
        try {
            id = register(a, "李秀英");
            review.decide(a.director, id, new AcceptanceDecision("ACCEPT", null));
            String pid = jdbc.queryForObject(
                    "select process_instance_id from arbitration_case where id = ?", String.class, id);
            processes.runAsyncSteps(pid);
            preparation.composeTribunal(
                    a.director, id, new TribunalRequest("SOLE", null, null, null, a.arbitrator1.username()));
            processes.runAsyncSteps(pid);
            // still with the job executor paused: accepting starts asynchronous steps that would race the decision
            long suspended = register(a, "王建国");
            review.decide(a.director, suspended, new AcceptanceDecision("ACCEPT", null));
            period.suspend(a.director, suspended, new AwardPeriodRequest(null, null, "申请人住院治疗", null, null, null));
        } finally {
            processes.close();
        }

        Browser b = browser();
        b.resize(1366, 1100);
        b.login(a.arbitrator1.username(), ArbitrationFixtures.PASSWORD);
        b.waitForHome();
        b.get("/arbitration/cases/" + id);
        b.waitForText("#case-status", "仲裁庭已组成");
        b.find("#award-form-box summary").click();
        b.find("#award-amount-0").sendKeys("18600.00");
        b.find("#award-reasoning-0").sendKeys("申请人提交的工资条、考勤记录证明欠付工资属实");
        new Select(b.find("#award-outcome-1")).selectByValue("REJECTED");
        b.find("#award-reasoning-1").sendKeys("申请人系主动辞职，不符合支付经济补偿的情形");
        b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1400));
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("document.getElementById('award-actions').scrollIntoView()");
        b.screenshot("arbitration-award-form");
        b.find("#award-submit").click();
        b.waitForText("#case-award", "仲裁裁决书");
        b.waitForText("#case-status", "已裁决");
        List<WebElement> pdfs = b.driver().findElements(By.cssSelector("#case-award a[href$='/pdf']"));
        assertThat(pdfs).extracting(WebElement::getText).anyMatch(t -> t.contains("裁决书 PDF"));
        assertThat(b.text("#case-award")).contains("驳回").contains("18,600.00");

        b.logout();
        b.login(a.director.username(), ArbitrationFixtures.PASSWORD);
        b.waitForHome();
        b.get("/arbitration/cases");
        b.waitForText("#arbitration-cases", "中止中");
        new Select(b.find("#arbitrator")).selectByValue(a.arbitrator1.username());
        b.find("#arbitration-filter button").click();
        b.waitForText("h1", "共 1 件");
        b.get("/arbitration/cases");
        b.waitForText("#arbitration-cases", "中止中");
        b.screenshot("arbitration-director-list");
        assertThat(b.text("#arbitration-cases")).contains("中止中，自");
    }

    private long register(ArbitrationFixtures a, String applicant) throws Exception {
        String body = ArbitrationFixtures.application(
                        "2026-08-14T09:00:00+08:00",
                        ArbitrationFixtures.claim("WAGES", "18600.00", "支付2026年8月至10月工资"),
                        ArbitrationFixtures.claim("SEVERANCE", "36000.00", "支付解除劳动合同经济补偿"))
                .replace("申请人甲", applicant);
        return registration
                .register(a.clerk, json.readValue(body, RegisterApplicationRequest.class), null)
                .id();
    }
}
