package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.UserAgent;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review task in a real browser: the complaint and its masked parties above the form, only the fields of the
 * decision chosen, and a confirmation before 不予受理 — dismissed, nothing is decided.
 */
class ReviewDecisionBrowserIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    private static boolean shown(Browser b, String css) {
        return b.driver().findElement(By.cssSelector(css)).isDisplayed();
    }

    @Test
    void showsOnlyTheChosenDecisionsFieldsAndAsksBeforeARefusal() throws Exception {
        IntakeFixtures f = new IntakeFixtures(jdbc, users);
        HttpResponse<String> created = UserAgent.basic(port, f.clerk.username(), IntakeFixtures.PASSWORD)
                .postJson("/api/complaints", IntakeFixtures.complaintsJson(f.employer(), 3));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();
        String taskId = jdbc.queryForObject(
                "select id from wf_task where business_key = ? and status = 'OPEN'", String.class, id.group(1));

        Browser b = browser();
        b.resize(1366, 768);
        b.login(f.inspector.username(), IntakeFixtures.PASSWORD);
        b.waitForHome();
        b.get("/tasks/" + taskId);
        assertThat(b.text("#case-summary")).contains("事实和请求", "张");
        assertThat(shown(b, "#field-refusalReason")).isFalse();
        assertThat(shown(b, "#field-correctionItems")).isFalse();

        b.driver()
                .findElement(By.cssSelector("input[name='variables[decision]'][value='REFUSE']"))
                .click();
        assertThat(shown(b, "#field-refusalReason")).isTrue();
        assertThat(shown(b, "#field-correctionItems")).isFalse();
        assertThat(shown(b, "#field-referralTarget")).isFalse();
        new org.openqa.selenium.support.ui.Select(b.find("#field-refusalReason")).selectByValue("OTHER");
        b.find("#field-decisionText").sendKeys("不属于劳动保障监察事项");
        b.screenshot("task-decision");

        b.find("#complete").click();
        var alert = new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        assertThat(alert.getText()).contains("不予受理决定提交后即生效");
        alert.dismiss();
        assertThat(b.path()).isEqualTo("/tasks/" + taskId);
        assertThat(jdbc.queryForObject("select status from wf_task where id = ?", String.class, taskId))
                .isEqualTo("OPEN");

        b.driver()
                .findElement(By.cssSelector("input[name='variables[decision]'][value='REFER']"))
                .click();
        assertThat(shown(b, "#field-refusalReason")).isFalse();
        assertThat(shown(b, "#field-referralTarget")).isTrue();
        b.logout();
    }
}
