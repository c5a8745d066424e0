package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The administrator's console in a real browser: every page renders with its Chinese heading and no error. */
class AdminBrowserIT extends BrowserTestBase {

    @Test
    void administratorLandsOnTheConsoleAndEveryPageRenders() throws Exception {
        browser();
        browser.login("admin", "Demo@2026");
        browser.waitForPath("/admin");
        page("/admin", "admin-dashboard", "系统管理");
        page("/admin/staff", "admin-staff", "人员");
        page("/admin/offices", "admin-offices", "机构");
        page("/admin/grids", "admin-grids", "网格");
        page("/admin/roles", "admin-roles", "角色");
        page("/admin/audit", "admin-audit", "审计日志");
        page("/admin/operations", "admin-operations", "流程");
        page("/admin/calendar?year=2026", "admin-calendar", "工作日历");
        browser.logout();
    }

    private void page(String path, String screenshot, String heading) throws Exception {
        browser.get(path);
        String h1 = browser.find("h1").getText();
        assertThat(h1).as(path).contains(heading);
        assertThat(browser.driver().findElements(By.cssSelector(".alert-error")))
                .as(path + " shows no error")
                .isEmpty();
        browser.screenshot(screenshot);
    }
}
