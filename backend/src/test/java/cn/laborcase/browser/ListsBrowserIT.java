package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.UserAgent;
import cn.laborcase.support.Workbooks;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A list page as the intake clerk uses it at 1366×768: searches complaints by part of an employer's name, exports
 * them, and the .xlsx read back with POI holds exactly the rows the page shows; the administrator then reads that
 * export in the audit journal, in Chinese.
 */
class ListsBrowserIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClerkSearchesComplaintsByPartOfTheEmployersNameAndExportsThem() throws Exception {
        browser();
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        String employer = jdbc.queryForObject(
                "select e.name from complaint c join employer e on e.id = c.employer_id"
                        + " where c.office_code = 'D1' and c.status <> 'MERGED'"
                        + " order by c.received_at fetch first 1 rows only",
                String.class);
        String part = employer.substring(2, Math.min(employer.length(), 5));

        browser.login("clerk1", "Demo@2026");
        browser.waitForHome();
        browser.get("/complaints");
        WebElement field = browser.find("#filters input[name='employer']");
        field.sendKeys(part);
        browser.find("#filters button[type='submit']").click();
        browser.waitForPath("/complaints?");
        List<String> shown =
                browser.driver().findElements(By.cssSelector("#complaints tbody td:first-child a")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(shown).isNotEmpty();
        assertThat(browser.text("#complaints tbody")).contains(part);
        browser.screenshot("complaints-search");

        String href = browser.find("#export-xlsx").getAttribute("href");
        assertThat(href).contains("/complaints/export").contains("employer=");
        UserAgent session = UserAgent.browser(port);
        session.setSessionCookie(
                browser.driver().manage().getCookieNamed("JSESSIONID").getValue());
        HttpResponse<byte[]> export = session.getBytes(href.substring(href.indexOf("/complaints/export")));
        assertThat(export.statusCode()).isEqualTo(200);
        List<List<String>> rows = Workbooks.rows(export.body());
        assertThat(rows.get(0)).startsWith("编号", "类型", "被投诉单位");
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList())
                .as("the .xlsx holds exactly the rows of the page")
                .containsExactlyElementsOf(shown);
        browser.logout();

        browser.login("admin", "Demo@2026");
        browser.waitForPath("/admin");
        // the journal filtered by the action as the page offers it: other tests of the run journal lines dated later
        // (their clock moved ahead), which would push this one off the first page
        browser.get("/admin/audit?action=LIST_EXPORTED");
        String journal = browser.text("#audit-table");
        assertThat(journal).contains("导出列表").contains("列表 举报投诉").doesNotContain("LIST_EXPORTED");
        assertThat(journal).doesNotContainPattern("\\bclerk1\\b").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        browser.screenshot("admin-audit-chinese");
        browser.logout();
    }
}
