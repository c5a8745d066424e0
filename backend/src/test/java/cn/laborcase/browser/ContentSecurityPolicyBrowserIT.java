package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The pages under the Content-Security-Policy (issue 9 item 5) in a real browser: no page the roles open has
 * anything the policy refuses (an inline script, handler or style element would stop working silently), and the
 * check itself sees a refused inline script.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTestBase {

    @Test
    void thePagesOfEachRoleRunUnderThePolicy() {
        Browser b = browser();
        List<String> violations = new ArrayList<>();

        b.login("inspector1", "Demo@2026");
        b.waitForHome();
        violations.addAll(on(b, "/inbox"));
        violations.addAll(on(b, "/inbox?filter=GROUPS"));
        violations.addAll(on(b, "/documents"));
        violations.addAll(on(b, "/notifications"));
        violations.addAll(on(b, "/profile"));
        b.logout();

        b.login("clerk1", "Demo@2026");
        b.waitForHome();
        violations.addAll(on(b, "/complaints"));
        violations.addAll(on(b, "/complaints/new"));
        b.logout();

        b.login("admin", "Demo@2026");
        b.waitForPath("/admin");
        for (String page : List.of(
                "/admin",
                "/admin/staff",
                "/admin/offices",
                "/admin/grids",
                "/admin/calendar",
                "/admin/documents",
                "/admin/audit",
                "/admin/operations",
                "/admin/mail",
                "/swagger-ui/index.html")) {
            violations.addAll(on(b, page));
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void seesAnInlineScriptTheBrowserRefused() {
        Browser b = browser();
        b.get("/login");
        b.find("#username");
        violations(b);
        ((JavascriptExecutor) b.driver())
                .executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = 1;';"
                        + " document.body.appendChild(s);");

        assertThat(violations(b)).anySatisfy(v -> assertThat(v).contains("script-src"));
        assertThat(((JavascriptExecutor) b.driver()).executeScript("return window.injected === undefined;"))
                .isEqualTo(true);
    }

    private static List<String> on(Browser b, String page) {
        b.get(page);
        b.find("body");
        return violations(b).stream().map(v -> page + ": " + v).toList();
    }

    /** What the browser said about the policy on its console since the last call (Chrome logs every refusal). */
    private static List<String> violations(Browser b) {
        return b.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
    }
}
