package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The login page and the task inbox in a real browser, as the grid assistant and the inspector use them. */
class InboxBrowserIT extends BrowserTestBase {

    @Autowired
    ProcessStarter processes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loginPageRefusesAWrongPasswordInChinese() throws Exception {
        Browser b = browser();
        b.get("/login");
        b.screenshot("login");
        b.login("inspector2", "wrong-password");
        assertThat(b.text("#login-error")).contains("用户名或密码错误");
    }

    @Test
    void assistantClaimsAndCompletesAReviewAndTheInspectorReceivesIt() throws Exception {
        String title = "浏览器测试网格核查 " + UUID.randomUUID().toString().substring(0, 6);
        Date due = Date.from(TestClock.get().instant().plus(2, ChronoUnit.DAYS));
        processes.start(
                "employer-registry-review",
                "BT-" + UUID.randomUUID(),
                new CaseContext(title, "D1", "G01"),
                Map.of("dueDate", due));

        Browser b = browser();
        b.login("assistant1", "Demo@2026");
        b.waitForHome();
        b.get("/inbox");
        assertThat(b.text("#inbox-heading")).contains("郑强");
        b.screenshot("inbox");

        // htmx tab switch: only the results are replaced and the address follows
        b.find("#tab-OVERDUE").click();
        b.waitForPath("/inbox?filter=OVERDUE");
        b.find("#tab-ALL").click();
        b.waitForPath("/inbox?filter=ALL");

        b.findByText(title);
        b.driver()
                .findElement(By.xpath("//tr[.//div[text()='" + title + "']]//a[text()='办理']"))
                .click();
        b.waitForPath("/tasks/");
        b.find("#claim").click();
        b.waitForText(".flash", "签收");
        assertThat(b.text("#task-assignee")).contains("郑强");
        b.screenshot("task");

        b.find("#field-checkedCount").sendKeys("7");
        b.find("#field-changedCount").sendKeys("1");
        b.find("#comment").sendKeys("湖东路 17 号单位已迁出");
        b.find("#complete").click();
        b.waitForText(".flash", "办结");
        b.logout();

        b.login("inspector1", "Demo@2026");
        b.waitForHome();
        b.get("/inbox");
        new Select(b.find("#sort")).selectByValue("CREATED_DESC");
        b.findByText(title);
        assertThat(jdbc.queryForObject(
                        "select count(*) from wf_task where case_title = ? and task_definition_key = "
                                + "'Task_ConfirmRegistry' and status = 'OPEN'",
                        Long.class,
                        title))
                .isEqualTo(1);
        b.logout();
    }
}
