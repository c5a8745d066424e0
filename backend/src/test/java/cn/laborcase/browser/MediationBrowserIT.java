package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.mediation.MediationCases;
import cn.laborcase.mediation.MediationFixtures;
import cn.laborcase.mediation.RegisteredMediation;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mediator finds her cases in the list with their 15-day due dates, opens one, records a session through the form;
 * the page shows it with the parties masked, the claims, the deadline and the timeline. Before that she finds the case
 * as a 调解 task in her inbox and reaches the case page from the task's summary. Screenshots for
 * docs/mediation.md.
 */
class MediationBrowserIT extends BrowserTestBase {

    @Autowired
    MediationCases cases;

    @Autowired
    UserLookup users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMediatorRecordsASessionOnTheCasePage() throws Exception {
        MediationFixtures f = new MediationFixtures(jdbc, users);
        RegisteredMediation r = cases.register(
                f.mediator,
                null,
                MediationFixtures.request(TestClock.get().today().minusDays(2)));
        Browser b = browser();
        b.resize(1366, 900);
        b.login(f.mediator.username(), cn.laborcase.intake.IntakeFixtures.PASSWORD);
        b.waitForHome();

        b.get("/mediation/cases");
        b.waitForText("#mediation-cases", r.number());
        assertThat(b.text("#mediation-cases"))
                .contains("调解中")
                .contains("王小明")
                .contains(r.dueDate().toString());
        b.screenshot("mediation-list");

        // the mediator's inbox: the 调解 task with the case's number and parties, its page with the case summary
        b.get("/inbox");
        b.waitForText("#inbox-table", r.number());
        assertThat(b.text("#inbox-table")).contains("调解").contains("王小明");
        b.screenshot("mediation-inbox");
        String taskId = jdbc.queryForObject(
                "select t.id_ from act_ru_task t join mediation_case m on m.process_instance_id = t.proc_inst_id_"
                        + " where m.id = ?",
                String.class,
                r.id());
        b.get("/tasks/" + taskId);
        b.waitForText("#case-summary", r.number());
        assertThat(b.text("#case-summary")).contains("示范市某建筑劳务有限公司").contains("案件页");
        // no 办结 that would only answer 409: the task ends with the agreement, the termination or the 15 days
        assertThat(b.text("#task-ends-on-case-page")).contains("不在待办中办结");
        assertThat(b.driver().findElements(By.id("complete"))).isEmpty();
        assertThat(b.driver().findElements(By.id("complete-form"))).isEmpty();
        b.find("#case-page-link").click();

        b.waitForText("#mediation-title", r.number());
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript(
                        "document.getElementById('heldOn').value = arguments[0];",
                        TestClock.get().today().toString());
        b.find("#place").sendKeys("仲裁委调解室一");
        b.find("#attendees").sendKeys("王小明；被申请人代理人");
        b.find("#notes").sendKeys("双方就工资数额基本达成一致");
        b.find("#session-form")
                .findElement(By.cssSelector("button[type=submit]"))
                .click();
        b.waitForText("#mediation-sessions", "仲裁委调解室一");
        assertThat(b.text("#case-parties")).contains("王小明").contains("*");
        assertThat(b.text("#mediation-deadline")).contains("第十四条");
        assertThat(b.text("#timeline")).contains("登记调解申请").contains("调解");
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, 0)");
        b.screenshot("mediation-case");
    }
}
