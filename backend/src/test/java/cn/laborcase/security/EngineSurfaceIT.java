package cn.laborcase.security;

import static cn.laborcase.support.UserAgent.DEMO_PASSWORD;
import static cn.laborcase.support.UserAgent.location;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.ClassUtils;

/**
 * What the server exposes besides our pages and API: no Camunda REST API or webapps (docs/architecture.md: an
 * expression-injection flaw reachable by any of their logged-in users, CVE-2026-109432, and no free fix after
 * 7.24.0), and the actuator and OpenAPI document only behind login.
 */
@IntegrationTest
class EngineSurfaceIT {

    private static final List<String> CAMUNDA_ADDRESSES = List.of(
            "/engine-rest/engine",
            "/engine-rest/user",
            "/engine-rest/process-definition",
            "/camunda/app/welcome/default/",
            "/camunda/app/cockpit/default/",
            "/camunda/api/admin/auth/user/default",
            "/camunda/api/engine/engine/");

    @LocalServerPort
    int port;

    @Test
    void shipsNeitherTheCamundaRestApiNorItsWebapps() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(ClassUtils.isPresent("org.camunda.bpm.engine.rest.impl.CamundaRestResources", loader))
                .isFalse();
        assertThat(ClassUtils.isPresent("org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig", loader))
                .isFalse();
        assertThat(ClassUtils.isPresent(
                        "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration", loader))
                .isFalse();
        assertThat(ClassUtils.isPresent("org.camunda.bpm.webapp.impl.engine.EngineRestApplication", loader))
                .isFalse();
    }

    @Test
    void answersCamundaAddressesWith404EvenForALoggedInAdministrator() {
        UserAgent admin = UserAgent.loggedIn(port, "admin", DEMO_PASSWORD);

        for (String address : CAMUNDA_ADDRESSES) {
            assertThat(admin.get(address).statusCode()).as(address).isEqualTo(404);
        }
    }

    @Test
    void neverServesCamundaAddressesToBasicCredentials() {
        UserAgent admin = UserAgent.basic(port, "admin", DEMO_PASSWORD);

        for (String address : CAMUNDA_ADDRESSES) {
            HttpResponse<String> response = admin.get(address);
            // pages do not take Basic credentials: the login page, and no Camunda answer either way
            assertThat(response.statusCode()).as(address).isEqualTo(302);
            assertThat(location(response)).as(address).isEqualTo("/login");
        }
    }

    @Test
    void keepsTheActuatorBehindAnAdministratorLogin() {
        for (String endpoint :
                List.of("/actuator/health", "/actuator/info", "/actuator/metrics", "/actuator/prometheus")) {
            assertThat(UserAgent.browser(port).get(endpoint).statusCode())
                    .as("anonymous %s", endpoint)
                    .isEqualTo(401);
            assertThat(UserAgent.basic(port, "inspector1", DEMO_PASSWORD)
                            .get(endpoint)
                            .statusCode())
                    .as("inspector %s", endpoint)
                    .isEqualTo(403);
            assertThat(UserAgent.basic(port, "admin", DEMO_PASSWORD)
                            .get(endpoint)
                            .statusCode())
                    .as("admin %s", endpoint)
                    .isEqualTo(200);
        }
    }

    @Test
    void reportsHealthWithTheDatabaseAndPrometheusMetricsToAnAdministrator() {
        UserAgent admin = UserAgent.basic(port, "admin", DEMO_PASSWORD);

        assertThat(admin.get("/actuator/health").body()).contains("\"status\":\"UP\"", "\"db\"");
        HttpResponse<String> prometheus = admin.get("/actuator/prometheus");
        assertThat(prometheus.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(prometheus.body()).contains("jvm_memory", "hikaricp_connections", "http_server_requests");
    }

    @Test
    void letsALoggedInAdministratorReadTheActuatorWithHisSession() {
        UserAgent admin = UserAgent.loggedIn(port, "admin", DEMO_PASSWORD);

        assertThat(admin.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void servesTheOpenApiDocumentOnlyToAdministrators() {
        assertThat(UserAgent.browser(port).get("/v3/api-docs").statusCode()).isEqualTo(401);
        HttpResponse<String> ui = UserAgent.browser(port).get("/swagger-ui.html");
        assertThat(ui.statusCode()).isEqualTo(302);
        assertThat(location(ui)).isEqualTo("/login");

        UserAgent person = UserAgent.loggedIn(port, "clerk2", DEMO_PASSWORD);
        assertThat(person.get("/v3/api-docs").statusCode()).isEqualTo(403);
        assertThat(person.get("/swagger-ui/index.html").statusCode()).isEqualTo(403);
        assertThat(UserAgent.basic(port, "clerk2", DEMO_PASSWORD)
                        .get("/v3/api-docs")
                        .statusCode())
                .isEqualTo(403);

        UserAgent admin = UserAgent.loggedIn(port, "admin", DEMO_PASSWORD);
        HttpResponse<String> document = admin.get("/v3/api-docs");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"openapi\"");
        assertThat(admin.get("/swagger-ui.html").statusCode()).isIn(200, 302);
        assertThat(admin.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(UserAgent.basic(port, "admin", DEMO_PASSWORD)
                        .get("/v3/api-docs")
                        .statusCode())
                .isEqualTo(200);
    }
}
