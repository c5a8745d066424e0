package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A grid inspector finds an employer of his grid by its name written with another company form (有限责任公司 for
 * 有限公司), opens its page with the complaints against it, and his grid assistant files a risk report there; the
 * page is saved as docs/screenshots/employer-page.png.
 */
class EmployerBrowserIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInspectorFindsAnEmployerWhateverItsCompanyFormAndReadsItsPage() throws Exception {
        browser();
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        // the G01 employer with the most complaints: its page has something to show
        String name = jdbc.queryForObject(
                "select e.name from employer e join grid g on g.id = e.grid_id"
                        + " left join complaint c on c.employer_id = e.id"
                        + " where g.code = 'G01' and e.name like '%有限公司'"
                        + " group by e.id, e.name order by count(c.id) desc, e.name fetch first 1 rows only",
                String.class);
        String typed = name.replace("有限公司", "有限责任公司");

        browser.login("assistant1", "Demo@2026");
        browser.waitForHome();
        browser.get("/employers");
        browser.find("#filters input[name='q']").sendKeys(typed);
        browser.find("#filters button[type='submit']").click();
        browser.waitForPath("/employers?");
        assertThat(browser.text("#employers tbody")).contains(name);
        browser.find("#employers tbody td:first-child a").click();
        browser.waitForText("#employer-title", name);
        browser.find("#risk-detail").sendKeys("厂房设备近日陆续搬离，工人反映工资推迟发放");
        browser.find("#risk-report button[type='submit']").click();
        browser.waitForText("#risk-signals", "厂房设备近日陆续搬离");
        browser.logout();

        browser.login("inspector1", "Demo@2026");
        browser.waitForHome();
        browser.get("/employers?q=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8));
        browser.find("#employers tbody td:first-child a").click();
        browser.waitForText("#employer-title", name);
        String page = browser.text("main");
        assertThat(page).contains("基本信息", "守法诚信等级记录", "预警", "投诉举报", "网格员风险报告", "厂房设备近日陆续搬离");
        assertThat(page).doesNotContainPattern("\\bG0\\d\\b").doesNotContain("ASSISTANT_REPORT");
        browser.screenshot("employer-page");
        browser.logout();
    }
}
