package cn.laborcase.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.laborcase.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test class: skipped loudly without Chromium, one browser per class opened on first use and closed after
 * the class, the application on the shared {@link IntegrationTest} context.
 */
@IntegrationTest
abstract class BrowserTestBase {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(Browser.available(), "Chromium not installed");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** This class's browser, opened on first use. */
    Browser browser() {
        if (browser == null) {
            browser = Browser.open(port);
        }
        return browser;
    }
}
