package cn.laborcase.security;

import static cn.laborcase.support.UserAgent.DEMO_PASSWORD;
import static cn.laborcase.support.UserAgent.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.laborcase.organization.Role;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.TestStaff;
import cn.laborcase.support.UserAgent;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The login form over real HTTP: CSRF, the role's home page, lockout after failed logins, audit, logout. */
@IntegrationTest
class LoginIT {

    private static final String PASSWORD = "Secret#2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Test
    void landsEachDemoRoleOnItsHomePage() {
        for (Role role : Role.values()) {
            String username = jdbc.queryForObject(
                    """
                    select min(s.username) from staff s join staff_role r on r.staff_id = s.id
                     where s.demo = true and r.role = ?
                    """,
                    String.class,
                    role.name());
            assertThat(username).as("a demo user with role %s", role).isNotNull();

            HttpResponse<String> response = UserAgent.browser(port).login(username, DEMO_PASSWORD);

            assertThat(response.statusCode()).as(username).isEqualTo(302);
            assertThat(location(response))
                    .as(username)
                    .isEqualTo(users.findActive(username).orElseThrow().home());
        }
    }

    @Test
    void sendsInspectorsToTheirHomeAndAdministratorsToTheAdminConsole() {
        assertThat(location(UserAgent.browser(port).login("inspector1", DEMO_PASSWORD)))
                .isEqualTo("/");
        assertThat(location(UserAgent.browser(port).login("admin", DEMO_PASSWORD)))
                .isEqualTo("/admin");
    }

    @Test
    void sendsTheUserToThePageHeAskedForBeforeLoggingIn() {
        UserAgent browser = UserAgent.browser(port);
        HttpResponse<String> asked = browser.get("/");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(location(asked)).isEqualTo("/login");

        HttpResponse<String> login = browser.login("inspector1", DEMO_PASSWORD);
        assertThat(location(login)).startsWith("/?continue");

        HttpResponse<String> home = browser.get(location(login));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("工作台", "我的待办");
    }

    @Test
    void auditsASuccessfulLoginWithTheRemoteAddress() {
        String username = newStaff("login");
        Instant before = TestClock.get().instant().minusSeconds(1);

        HttpResponse<String> response = UserAgent.browser(port).login(username, PASSWORD);

        assertThat(location(response)).isEqualTo("/");
        Map<String, Object> entry = jdbc.queryForMap(
                "select actor, target_type, target_id, remote_addr, occurred_at from audit_entry"
                        + " where action = 'LOGIN' and actor = ?",
                username);
        assertThat(entry.get("target_type")).isEqualTo("STAFF");
        assertThat(entry.get("target_id")).isEqualTo(username);
        assertThat(entry.get("remote_addr")).isEqualTo("127.0.0.1");
        assertThat(((Timestamp) entry.get("occurred_at")).toInstant()).isAfter(before);
        assertThat(staff(username).get("last_login_at")).isNotNull();
    }

    @Test
    void refusesAWrongPasswordAndAuditsTheFailure() {
        String username = newStaff("wrong");

        HttpResponse<String> response = UserAgent.browser(port).login(username, "not-the-password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo("/login?error=bad");
        assertThat(audits(username, "LOGIN_FAILED")).isEqualTo(1);
        assertThat(audits(username, "LOGIN")).isZero();
        assertThat(lock(username).get("failures")).isEqualTo(1);
    }

    @Test
    void auditsAFailedLoginOfAnUnknownUsernameWithoutCreatingAnything() {
        String username = TestStaff.uniqueUsername("nobody");

        HttpResponse<String> response = UserAgent.browser(port).login(username, "whatever");

        assertThat(location(response)).isEqualTo("/login?error=bad");
        assertThat(audits(username, "LOGIN_FAILED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from staff where username = ?", Long.class, username))
                .isZero();
    }

    @Test
    void locksTheAccountForFifteenMinutesAfterFiveWrongPasswords() {
        String username = newStaff("lock");
        UserAgent browser = UserAgent.browser(port);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(location(browser.login(username, "wrong-" + attempt)))
                    .as("attempt %d", attempt)
                    .isEqualTo("/login?error=bad");
        }
        Instant lockedAt = TestClock.get().instant();

        HttpResponse<String> rightPassword = browser.login(username, PASSWORD);

        assertThat(location(rightPassword)).isEqualTo("/login?error=locked");
        assertThat(browser.get("/login?error=locked").body()).contains("已被锁定", "15");
        assertThat(audits(username, "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(audits(username, "LOGIN_FAILED")).isEqualTo(6);
        assertThat(audits(username, "LOGIN")).isZero();
        Instant lockedUntil = ((Timestamp) lock(username).get("locked_until")).toInstant();
        assertThat(lockedUntil).isCloseTo(lockedAt.plus(Duration.ofMinutes(15)), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void letsTheUserInAgainOnceTheLockHasPassedAndResetsTheFailureCount() {
        String username = newStaff("unlock");
        UserAgent browser = UserAgent.browser(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.login(username, "wrong-" + attempt);
        }
        assertThat(location(browser.login(username, PASSWORD))).isEqualTo("/login?error=locked");

        jdbc.update(
                "update login_lock set locked_until = ? where username = ?",
                Timestamp.from(TestClock.get().instant().minus(Duration.ofMinutes(1))),
                username);
        assertThat(location(browser.login(username, "wrong-again"))).isEqualTo("/login?error=bad");
        assertThat(lock(username).get("failures")).isEqualTo(1);

        HttpResponse<String> response = browser.login(username, PASSWORD);

        assertThat(location(response)).isEqualTo("/");
        assertThat(jdbc.queryForObject("select count(*) from login_lock where username = ?", Long.class, username))
                .isZero();
        assertThat(audits(username, "LOGIN")).isEqualTo(1);
    }

    @Test
    void refusesALoginFormWithoutItsCsrfToken() {
        String username = newStaff("csrf");
        UserAgent browser = UserAgent.browser(port);
        browser.get("/login");

        HttpResponse<String> response = browser.postForm("/login", Map.of("username", username, "password", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(audits(username, "LOGIN")).isZero();
        assertThat(audits(username, "LOGIN_FAILED")).isZero();
    }

    @Test
    void logsOutToTheLoginPageAndEndsTheSession() {
        String username = newStaff("logout");
        UserAgent browser = UserAgent.loggedIn(port, username, PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> response = browser.logout();

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo("/login?logout");
        assertThat(browser.get("/login?logout").body()).contains("您已安全退出");
        assertThat(location(browser.get("/"))).startsWith("/login");
        assertThat(audits(username, "LOGOUT")).isEqualTo(1);
    }

    @Test
    void showsTheLoginPageInChinese() {
        HttpResponse<String> page = UserAgent.browser(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh-CN\"", "用户名", "密码", "登 录", "name=\"_csrf\"");
    }

    private String newStaff(String prefix) {
        String username = TestStaff.uniqueUsername(prefix);
        TestStaff.insert(jdbc, username, PASSWORD, "D1", Role.INSPECTOR.name());
        return username;
    }

    private Map<String, Object> staff(String username) {
        return jdbc.queryForMap(
                "select failed_logins, locked_until, last_login_at from staff where username = ?", username);
    }

    private Map<String, Object> lock(String username) {
        return jdbc.queryForMap(
                "select failures, locked_until from login_lock where username = ? and source_address = '127.0.0.1'",
                username);
    }

    private long audits(String username, String action) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where actor = ? and action = ?", Long.class, username, action);
    }
}
