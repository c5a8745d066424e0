package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.TestStaff;
import java.time.Duration;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workbench shell in a real browser at 1366×768 and at tablet width (768×1024): each role's sidebar, collapsing
 * it, the keyboard, the personal centre's password change, the session warning and a form kept across a re-login.
 */
class WorkbenchBrowserIT extends BrowserTestBase {

    static final Dimension LAPTOP = new Dimension(1366, 768);
    static final Dimension TABLET = new Dimension(768, 1024);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ServletWebServerApplicationContext context;

    @AfterEach
    void leave() {
        if (browser != null) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            js("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
            browser.driver().manage().deleteAllCookies();
        }
    }

    @Test
    void theSidebarShowsEachRoleItsOwnMenusReadablyAtLaptopAndTabletWidth() throws Exception {
        Browser b = browser();
        b.driver().manage().window().setSize(LAPTOP);
        b.login("inspector1", "Demo@2026");
        b.waitForHome();
        b.get("/inbox");
        assertThat(sidebarLabels())
                .contains("首页", "待办任务", "通知", "举报投诉", "登记举报投诉", "文书")
                .doesNotContain("人员", "审计日志");
        assertThat(b.driver().findElements(By.id("nav-group-admin")))
                .as("no 系统管理 for an inspector")
                .isEmpty();
        assertThat(b.find("#nav-inbox").getAttribute("aria-current")).isEqualTo("page");
        assertThat(b.text("#breadcrumbs")).contains("工作台").contains("待办任务");
        b.screenshot("workbench-sidebar-inspector");
        b.logout();

        b.login("mediator", "Demo@2026");
        b.waitForHome();
        assertThat(sidebarLabels()).contains("待办任务", "文书").doesNotContain("举报投诉", "人员");
        b.logout();

        b.login("admin", "Demo@2026");
        b.waitForPath("/admin");
        b.get("/admin/staff");
        assertThat(sidebarLabels())
                .contains("系统概况", "人员", "机构", "网格", "角色", "工作日历", "文书种类", "审计日志", "流程运维", "邮件")
                .doesNotContain("待办任务");
        // 1366 px: every entry on one line (the old top menu wrapped one character per line)
        for (WebElement link : b.driver().findElements(By.cssSelector(".sidebar-nav a"))) {
            assertThat(link.getSize().getHeight()).as(link.getText()).isLessThan(44);
        }
        assertThat(b.find("h1").getText()).contains("人员");
        b.screenshot("workbench-sidebar-expanded");

        b.driver().manage().window().setSize(TABLET);
        waitUntil(() -> sidebarWidth() <= 64);
        assertThat(b.find("#nav-staff").isDisplayed()).isTrue();
        assertThat(b.find("h1").getLocation().getX())
                .as("the page is beside the icons")
                .isGreaterThan(60);
        b.screenshot("workbench-sidebar-tablet");
        b.find("#sidebar-toggle").click();
        waitUntil(() -> sidebarWidth() > 200);
        assertThat(b.find("#sidebar-toggle").getAttribute("aria-expanded")).isEqualTo("true");
        new Actions(b.driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntil(() -> sidebarWidth() <= 64);
        b.logout();
    }

    @Test
    void theSidebarCollapsesToIconsRemembersItAndItsGroupsFold() throws Exception {
        Browser b = browser();
        b.driver().manage().window().setSize(LAPTOP);
        b.login("admin", "Demo@2026");
        b.waitForPath("/admin");
        assertThat(sidebarWidth()).isGreaterThan(200);
        WebElement toggle = b.find("#sidebar-toggle");
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");

        toggle.click();
        waitUntil(() -> sidebarWidth() <= 64);
        assertThat(b.find("#sidebar-toggle").getAttribute("aria-expanded")).isEqualTo("false");
        b.screenshot("workbench-sidebar-collapsed");
        b.get("/admin/audit");
        assertThat(sidebarWidth()).as("remembered across pages").isLessThanOrEqualTo(64);
        // the date fields get the Chinese date picker; the value the form sends stays yyyy-MM-dd
        b.find("#from").click();
        WebElement calendar = b.find(".flatpickr-calendar.open");
        assertThat(calendar.getText()).contains("周一").contains("周日");
        assertThat(calendar.findElement(By.cssSelector(".flatpickr-weekday")).getText())
                .as("the week starts on Monday")
                .isEqualTo("周一");
        b.screenshot("workbench-datepicker");
        calendar.findElements(By.cssSelector(".flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)"))
                .get(0)
                .click();
        assertThat(b.find("#from").getAttribute("value")).matches("\\d{4}-\\d{2}-01");
        b.find("#sidebar-toggle").click();
        waitUntil(() -> sidebarWidth() > 200);

        WebElement group = b.find("#nav-group-workbench");
        assertThat(group.getAttribute("aria-expanded")).isEqualTo("true");
        group.click();
        assertThat(b.find("#nav-group-workbench").getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(b.driver().findElement(By.id("nav-home")).isDisplayed()).isFalse();
        b.get("/admin/staff");
        assertThat(b.driver().findElement(By.id("nav-home")).isDisplayed())
                .as("the fold is remembered")
                .isFalse();
        assertThat(b.find("#nav-staff").isDisplayed())
                .as("the current page's group stays open")
                .isTrue();
        b.find("#nav-group-workbench").click();
        assertThat(b.find("#nav-home").isDisplayed()).isTrue();
        b.logout();
    }

    @Test
    void theShellIsUsableWithTheKeyboard() {
        Browser b = browser();
        b.driver().manage().window().setSize(LAPTOP);
        b.login("clerk1", "Demo@2026");
        b.waitForHome();

        new Actions(b.driver()).sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("class")).contains("skip-link");
        assertThat(focused().getText()).isEqualTo("跳到正文");
        new Actions(b.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(focused().getAttribute("id")).isEqualTo("main-start");

        b.get("/inbox");
        // skip link, brand, then the first group's toggle and its entries
        new Actions(b.driver()).sendKeys(Keys.TAB, Keys.TAB, Keys.TAB).perform();
        assertThat(focused().getAttribute("id")).isEqualTo("nav-group-workbench");
        assertThat((String) js("return getComputedStyle(document.activeElement).outlineStyle;"))
                .as("focus is visible")
                .isNotEqualTo("none");
        new Actions(b.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(focused().getAttribute("aria-expanded")).isEqualTo("false");
        new Actions(b.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(focused().getAttribute("aria-expanded")).isEqualTo("true");
        // on to 举报投诉 and open it with Enter
        WebElement complaints = b.find("#nav-complaints");
        for (int i = 0; i < 12 && !complaints.equals(focused()); i++) {
            new Actions(b.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(focused()).isEqualTo(complaints);
        new Actions(b.driver()).sendKeys(Keys.ENTER).perform();
        b.waitForPath("/complaints");
        b.logout();
    }

    @Test
    void aUserChangesHisOwnPasswordAndLogsInWithItWhileTheOldOneFails() throws Exception {
        String username = TestStaff.uniqueUsername("shellpw");
        TestStaff.insert(jdbc, username, "Alt-Passwort1", "D1", "INSPECTOR");
        Browser b = browser();
        b.driver().manage().window().setSize(LAPTOP);
        b.login(username, "Alt-Passwort1");
        b.waitForHome();
        b.find("#profile-link").click();
        b.waitForPath("/profile");
        assertThat(b.text("#profile-roles")).isEqualTo("劳动保障监察员");
        assertThat(b.text("#breadcrumbs")).contains("个人中心");

        b.find("#currentPassword").sendKeys("Alt-Passwort1");
        b.find("#newPassword").sendKeys("kurz");
        b.find("#confirmPassword").sendKeys("kurz");
        b.find("#change-password").click();
        assertThat(b.text("#error-newPassword")).contains("密码须为 8–64 位");
        b.screenshot("workbench-profile");

        b.find("#currentPassword").sendKeys("Alt-Passwort1");
        b.find("#newPassword").sendKeys("Neu-Passwort2");
        b.find("#confirmPassword").sendKeys("Neu-Passwort2");
        b.find("#change-password").click();
        b.waitForText(".alert-success", "密码已修改");
        b.logout();

        b.login(username, "Alt-Passwort1");
        assertThat(b.text("#login-error")).contains("用户名或密码错误");
        b.login(username, "Neu-Passwort2");
        b.waitForHome();
        b.logout();
    }

    @Test
    void warnsBeforeTheSessionEndsAndContinuingKeepsItAlive() {
        Browser b = browser();
        b.driver().manage().window().setSize(LAPTOP);
        b.login("inspector2", "Demo@2026");
        b.waitForHome();
        // this session only: 20 s idle timeout, so the warning (at half of it) comes within 10 s
        session().setMaxInactiveInterval(20);
        b.get("/notifications");
        assertThat(b.driver().findElement(By.id("session-warning")).isDisplayed())
                .isFalse();

        new WebDriverWait(b.driver(), Duration.ofSeconds(15))
                .until(d -> d.findElement(By.id("session-warning")).isDisplayed());
        assertThat(b.text("#session-warning")).contains("登录将在").contains("继续工作");
        long idleBefore = session().getLastAccessedTimeInternal();
        b.find("#session-continue").click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(5))
                .until(d -> !d.findElement(By.id("session-warning")).isDisplayed());
        assertThat(session().getLastAccessedTimeInternal())
                .as("the ping reached the session")
                .isGreaterThan(idleBefore);
        b.get("/notifications");
        assertThat(b.path()).startsWith("/notifications");
        session().setMaxInactiveInterval(1800);
        b.logout();
    }

    @Test
    void aFormBeingFilledInSurvivesAReLogin() {
        Browser b = browser();
        b.driver().manage().window().setSize(LAPTOP);
        b.login("clerk1", "Demo@2026");
        b.waitForHome();
        b.get("/complaints/new");
        b.find("#description").sendKeys("三个月未发工资，登录超时前已填写");
        b.find("#workersAffected").sendKeys("6");

        // the session ends; the page is loaded again (as app.js does when the countdown reaches zero)
        session().expire();
        b.get("/complaints/new");
        b.waitForPath("/login");
        assertThat(b.text("#login-expired")).contains("会话已超时");
        b.find("#username").sendKeys("clerk1");
        b.find("#password").sendKeys("Demo@2026");
        b.find("#login-submit").click();
        b.waitForHome();

        b.find("#draft-waiting-link").click();
        b.waitForPath("/complaints/new");
        assertThat(b.text("#draft-restored")).contains("已恢复");
        assertThat(b.find("#description").getAttribute("value")).isEqualTo("三个月未发工资，登录超时前已填写");
        assertThat(b.find("#workersAffected").getAttribute("value")).isEqualTo("6");
        assertThat((String) js("return localStorage.getItem('laborcase.draft:/complaints/new#0') || '';"))
                .as("never in localStorage")
                .isEmpty();
        b.logout();
    }

    List<String> sidebarLabels() {
        return browser.driver().findElements(By.cssSelector(".sidebar-nav a .nav-text")).stream()
                .map(e -> (String) js("return arguments[0].textContent;", e))
                .toList();
    }

    long sidebarWidth() {
        return browser.find("#sidebar").getSize().getWidth();
    }

    WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> condition.getAsBoolean());
    }

    Session session() {
        String id = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context web = (Context) server.getTomcat().getHost().findChildren()[0];
        try {
            Session session = web.getManager().findSession(id);
            assertThat(session).as("session %s", id).isNotNull();
            return session;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
