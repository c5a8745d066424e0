package cn.laborcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.TestStaff;
import cn.laborcase.support.UserAgent;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A changed or reset password, or a deactivated account, ends the person's other sessions at their next request (once
 * the recheck interval has passed since their last check); the session that changed the password stays.
 */
@IntegrationTest
class SessionRevocationIT {

    static final String OLD = "Alt-Passwort1";
    static final String NEW = "Neu-Passwort2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() {
        String username = TestStaff.uniqueUsername("revoke");
        TestStaff.insert(jdbc, username, OLD, "D1", "INSPECTOR");
        UserAgent office = UserAgent.loggedIn(port, username, OLD);
        UserAgent home = UserAgent.loggedIn(port, username, OLD);
        assertThat(home.get("/profile").statusCode()).isEqualTo(200);

        String csrf = office.csrfToken("/profile");
        HttpResponse<String> changed = office.postForm(
                "/profile/password",
                Map.of("_csrf", csrf, "currentPassword", OLD, "newPassword", NEW, "confirmPassword", NEW));
        assertThat(changed.statusCode()).isEqualTo(302);

        TestClock.get().advance(Duration.ofSeconds(16));
        HttpResponse<String> other = home.get("/profile");
        assertThat(other.statusCode()).isEqualTo(302);
        assertThat(other.headers().firstValue("Location").orElse("")).endsWith("/login?revoked");
        assertThat(home.get("/login?revoked").body()).contains("此前的登录已失效");
        // and it stays ended: the next request is a stranger's
        assertThat(home.get("/profile").headers().firstValue("Location").orElse(""))
                .contains("/login");

        HttpResponse<String> same = office.get("/profile");
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.body()).contains("个人中心");
    }

    @Test
    void anAdministratorsResetOrDeactivationEndsTheSessionAlsoForTheApi() {
        String username = TestStaff.uniqueUsername("revoke2");
        TestStaff.insert(jdbc, username, OLD, "D1", "INSPECTOR");
        UserAgent person = UserAgent.loggedIn(port, username, OLD);
        assertThat(person.get("/api/tasks").statusCode()).isEqualTo(200);

        // what the staff page's 停用 writes
        jdbc.update("update staff set active = false where username = ?", username);
        TestClock.get().advance(Duration.ofSeconds(16));

        HttpResponse<String> api = person.get("/api/tasks");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("SESSION_REVOKED", "请重新登录");
    }

    @Test
    void withinTheRecheckIntervalTheDatabaseIsNotAskedAgain() {
        String username = TestStaff.uniqueUsername("revoke3");
        TestStaff.insert(jdbc, username, OLD, "D1", "INSPECTOR");
        UserAgent person = UserAgent.loggedIn(port, username, OLD);
        assertThat(person.get("/profile").statusCode()).isEqualTo(200);

        jdbc.update("update staff set active = false where username = ?", username);
        // checked a moment ago: this request is not checked again yet …
        assertThat(person.get("/profile").statusCode()).isEqualTo(200);
        // … the next one after the interval is
        TestClock.get().advance(Duration.ofSeconds(16));
        assertThat(person.get("/profile").headers().firstValue("Location").orElse(""))
                .endsWith("/login?revoked");
    }
}
