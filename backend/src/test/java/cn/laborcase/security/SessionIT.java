package cn.laborcase.security;

import static cn.laborcase.support.UserAgent.DEMO_PASSWORD;
import static cn.laborcase.support.UserAgent.location;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * Sessions of people (timeout, expiry, the login page saying why) and the machine endpoints' answers without one.
 */
@IntegrationTest
class SessionIT {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void sendsAPageRequestWithAnUnknownSessionToTheLoginPageSayingItExpired() {
        UserAgent browser = UserAgent.browser(port);
        browser.setSessionCookie("0123456789ABCDEF0123456789ABCDEF");

        HttpResponse<String> response = browser.get("/inbox");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo("/login?expired");
        assertThat(browser.get("/login?expired").body()).contains("会话已超时，请重新登录");
    }

    @Test
    void sendsAPageRequestWithATimedOutSessionToTheLoginPage() throws IOException {
        UserAgent browser = UserAgent.loggedIn(port, "inspector2", DEMO_PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        session(browser).expire();

        assertThat(location(browser.get("/"))).isEqualTo("/login?expired");
    }

    @Test
    void keepsASessionForThirtyMinutesByDefault() throws IOException {
        UserAgent browser = UserAgent.loggedIn(port, "inspector2", DEMO_PASSWORD);

        assertThat(session(browser).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void tellsHtmxToReloadTheLoginPageInsteadOfSwappingItIntoAFragment() {
        UserAgent browser = UserAgent.browser(port);
        browser.setSessionCookie("0123456789ABCDEF0123456789ABCDEF");

        HttpResponse<String> response = browser.get("/inbox", "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect")).hasValue("/login?expired");
    }

    @Test
    void sendsAnHtmxRequestWithoutLoginToTheLoginPageAndDoesNotReturnToTheFragmentAfterwards() {
        UserAgent browser = UserAgent.browser(port);
        browser.get("/login");

        HttpResponse<String> fragment = browser.get("/inbox/rows?page=2", "HX-Request", "true");

        assertThat(fragment.statusCode()).isEqualTo(401);
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/login");
        assertThat(location(browser.login("inspector2", DEMO_PASSWORD))).isEqualTo("/");
    }

    @Test
    void answersAnApiCallWithoutCredentialsWith401ProblemInChinese() {
        HttpResponse<String> response = UserAgent.browser(port).get("/api/anything");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.body()).contains("\"code\":\"UNAUTHORIZED\"", "请先登录", "\"status\":401");
    }

    @Test
    void answersAnApiCallWithADeadSessionWith401RatherThanARedirect() {
        UserAgent browser = UserAgent.browser(port);
        browser.setSessionCookie("0123456789ABCDEF0123456789ABCDEF");

        HttpResponse<String> response = browser.get("/api/anything");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void answersWrongBasicCredentialsWith401() {
        HttpResponse<String> response =
                UserAgent.basic(port, "inspector3", "wrong-password").get("/api/anything");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"UNAUTHORIZED\"");
    }

    @Test
    void createsNoSessionForAnIntegrationUsingBasic() {
        HttpResponse<String> response =
                UserAgent.basic(port, "inspector3", DEMO_PASSWORD).get("/api/test/problems/ok");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void letsALoggedInPersonCallTheApiWithHisSessionButOnlyWithTheCsrfTokenForChanges() {
        UserAgent browser = UserAgent.loggedIn(port, "inspector3", DEMO_PASSWORD);

        assertThat(browser.get("/api/test/problems/ok").statusCode()).isEqualTo(200);

        HttpResponse<String> withoutToken = browser.postJson("/api/test/problems/echo", "{\"a\":1}");
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("\"code\":\"CSRF\"");

        String token = browser.csrfToken("/login");
        HttpResponse<String> withToken =
                browser.postJson("/api/test/problems/echo", "{\"a\":1}", "X-CSRF-TOKEN", token);
        assertThat(withToken.statusCode()).isEqualTo(200);
    }

    @Test
    void needsNoCsrfTokenForAnIntegrationUsingBasic() {
        HttpResponse<String> response =
                UserAgent.basic(port, "inspector3", DEMO_PASSWORD).postJson("/api/test/problems/echo", "{\"a\":1}");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private Session session(UserAgent browser) throws IOException {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context web = (Context) server.getTomcat().getHost().findChildren()[0];
        String id = browser.sessionId().orElseThrow();
        Session session = web.getManager().findSession(id);
        assertThat(session).as("session %s", id).isNotNull();
        return session;
    }
}
