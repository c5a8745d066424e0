package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.OpenDeadline;
import cn.laborcase.inspection.InspectionReadFixtures;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inspection case list and page as a section leader reads them at 1366×768: his office's cases, overdue first,
 * found by part of the employer's name; the case page with its deadline, inspectors, workers and timeline. The
 * screenshots go to docs/screenshots (inspection-cases.png, inspection-case.png).
 */
class InspectionCasesBrowserIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Deadlines deadlines;

    @Test
    void aLeaderFindsHisOfficesCasesOverdueFirstAndOpensOne() throws Exception {
        InspectionReadFixtures f = new InspectionReadFixtures(jdbc);
        String u = InspectionReadFixtures.unique();
        String marker = "屏" + u.substring(0, 3);
        long first = f.employer("G01", "示范市东湖" + marker + "精工机械有限公司");
        long second = f.employer("G02", "示范市湖滨" + marker + "餐饮有限公司");
        String overdue = "东湖监察〔2026〕" + u + "-1号";
        long overdueCase = f.inspectionCase(
                overdue,
                "D1",
                "G01",
                first,
                "COMPLAINT",
                "INVESTIGATING",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30),
                false);
        f.inspector(overdueCase, "inspector1", true, true);
        f.inspector(overdueCase, "inspector2", false, false);
        f.worker(overdueCase, "张小明", "11010519491231002X", "12000.00");
        f.worker(overdueCase, "李四", "330102198503071234", "24000.00");
        f.complaint(overdueCase, "东湖投诉〔2026〕" + u + "号");
        deadlines.open(new OpenDeadline(
                "INSPECTION_CASE",
                LocalDate.of(2026, 9, 1),
                new DeadlineOwner(CaseRef.of(CaseType.INSPECTION_CASE, overdueCase))));
        String later = "东湖监察〔2026〕" + u + "-2号";
        long laterCase = f.inspectionCase(
                later,
                "D1",
                "G02",
                second,
                "PATROL",
                "RECTIFYING",
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2027, 1, 29),
                true);
        f.inspector(laterCase, "inspector2", true, true);
        f.inspector(laterCase, "inspector3", false, true);

        browser();
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        browser.login("leader1", "Demo@2026");
        browser.waitForHome();
        browser.get("/inspection-cases");
        browser.find("#filters input[name='employer']").sendKeys(marker);
        browser.find("#filters button[type='submit']").click();
        browser.waitForPath("/inspection-cases?");
        List<String> shown =
                browser.driver().findElements(By.cssSelector("#inspection-cases tbody td:first-child a")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(shown).containsExactly(overdue, later);
        assertThat(browser.text("#inspection-cases tbody"))
                .contains("东湖街道网格")
                .contains("张伟")
                .contains("已延期");
        browser.screenshot("inspection-cases");

        browser.find("#inspection-cases tbody td:first-child a").click();
        browser.waitForPath("/inspection-cases/" + overdueCase);
        assertThat(browser.text("#case-header")).contains("《劳动保障监察条例》第十七条").contains("2026-11-30");
        assertThat(browser.text("#case-inspectors"))
                .contains("张伟")
                .contains("刘洋")
                .contains("尚未声明");
        assertThat(browser.text("#case-workers")).contains("36,000.00").doesNotContain("11010519491231002X");
        browser.screenshot("inspection-case");
        browser.logout();
    }
}
