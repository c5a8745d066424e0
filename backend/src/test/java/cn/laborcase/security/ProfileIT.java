package cn.laborcase.security;

import static cn.laborcase.support.UserAgent.location;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestStaff;
import cn.laborcase.support.UserAgent;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** 个人中心: the own profile, the change of one's own password with its refusals and lock, the session ping. */
@IntegrationTest
class ProfileIT {

    static final String OLD = "Alt-Passwort1";
    static final String NEW = "Neu-Passwort2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTheOwnProfileWithRolesAndOfficeByNameAndNoLoginName() {
        String username = TestStaff.uniqueUsername("profile");
        TestStaff.insert(jdbc, username, OLD, "D1", "INSPECTOR", "INTAKE_CLERK");
        UserAgent user = UserAgent.loggedIn(port, username, OLD);

        HttpResponse<String> page = user.get("/profile");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("个人中心", "劳动保障监察员", "窗口受理人员", "修改密码")
                .contains("id=\"profile-office\"")
                .doesNotContain("INSPECTOR", "INTAKE_CLERK", ">D1<");
        assertThat(between(page.body(), "<main", "</main>")).doesNotContain(username);
    }

    @Test
    void refusesBadInputNamingEveryFieldInChineseAndWritesNothing() {
        String username = TestStaff.uniqueUsername("pwbad");
        TestStaff.insert(jdbc, username, OLD, "D1", "INSPECTOR");
        UserAgent user = UserAgent.loggedIn(port, username, OLD);
        String hash = hashOf(username);

        HttpResponse<String> empty = change(user, "", "", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body())
                .contains("id=\"error-currentPassword\"", "请填写当前密码", "id=\"error-newPassword\"", "请填写新密码");

        HttpResponse<String> weak = change(user, OLD, "short", "short");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("id=\"error-newPassword\"", "密码须为 8–64 位");

        HttpResponse<String> letters = change(user, OLD, "abcdefghij", "abcdefghij");
        assertThat(letters.body()).contains("密码须同时包含字母和数字");

        HttpResponse<String> mismatch = change(user, OLD, NEW, NEW + "x");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("id=\"error-confirmPassword\"", "两次输入的新密码不一致");

        HttpResponse<String> same = change(user, OLD, OLD, OLD);
        assertThat(same.body()).contains("新密码不能与当前密码相同");

        HttpResponse<String> wrong = change(user, "Falsch-123", NEW, NEW);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("id=\"error-currentPassword\"", "当前密码不正确");
        assertThat(wrong.body()).as("passwords are never sent back").doesNotContain("Falsch-123", NEW);

        assertThat(hashOf(username)).as("nothing written").isEqualTo(hash);
        assertThat(audits(username, "STAFF_PASSWORD_CHANGED")).isZero();
        assertThat(audits(username, "PASSWORD_CHANGE_FAILED")).isEqualTo(1);
    }

    @Test
    void changesTheOwnPasswordSoThatOnlyTheNewOneLogsInAndHttpBasicForgetsTheOldOne() {
        String username = TestStaff.uniqueUsername("pwok");
        TestStaff.insert(jdbc, username, OLD, "D1", "INSPECTOR");
        // an integration's Basic call remembers the old password for a few minutes (VerifiedCredentials)
        assertThat(UserAgent.basic(port, username, OLD).get("/api/tasks").statusCode())
                .isEqualTo(200);
        UserAgent user = UserAgent.loggedIn(port, username, OLD);

        HttpResponse<String> done = change(user, OLD, NEW, NEW);

        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(location(done)).isEqualTo("/profile");
        assertThat(user.get("/profile").body()).contains("密码已修改");
        assertThat(audits(username, "STAFF_PASSWORD_CHANGED")).isEqualTo(1);
        assertThat(UserAgent.basic(port, username, OLD).get("/api/tasks").statusCode())
                .isEqualTo(401);
        assertThat(UserAgent.basic(port, username, NEW).get("/api/tasks").statusCode())
                .isEqualTo(200);
        assertThat(location(UserAgent.browser(port).login(username, OLD))).isEqualTo("/login?error=bad");
        UserAgent.loggedIn(port, username, NEW);
    }

    @Test
    void countsWrongCurrentPasswordsLikeFailedLoginsAndLocksTheNameAtThatAddress() {
        String username = TestStaff.uniqueUsername("pwlock");
        TestStaff.insert(jdbc, username, OLD, "D1", "INSPECTOR");
        UserAgent user = UserAgent.loggedIn(port, username, OLD);

        for (int i = 0; i < 5; i++) {
            assertThat(change(user, "Falsch-12" + i, NEW, NEW).body()).contains("当前密码不正确");
        }
        HttpResponse<String> locked = change(user, OLD, NEW, NEW);

        assertThat(locked.statusCode()).isEqualTo(400);
        assertThat(locked.body()).contains("已锁定");
        assertThat(audits(username, "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(location(UserAgent.browser(port).login(username, OLD)))
                .as("the login from that address is refused too")
                .isEqualTo("/login?error=locked");
    }

    @Test
    void pingsTheSessionOnlyForALoggedInUserWithTheCsrfToken() {
        UserAgent user = UserAgent.loggedIn(port, "inspector3", UserAgent.DEMO_PASSWORD);
        String csrf = user.csrfToken("/profile");

        assertThat(user.postForm("/session/ping", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(204);
        assertThat(user.postForm("/session/ping", Map.of()).statusCode()).isEqualTo(403);
        assertThat(user.get("/profile").body()).contains("data-timeout=\"1800\"");
        HttpResponse<String> stranger = UserAgent.browser(port).postForm("/session/ping", Map.of());
        assertThat(stranger.statusCode()).isIn(302, 403);
    }

    HttpResponse<String> change(UserAgent user, String current, String next, String confirm) {
        String csrf = user.csrfToken("/profile");
        return user.postForm(
                "/profile/password",
                Map.of("_csrf", csrf, "currentPassword", current, "newPassword", next, "confirmPassword", confirm));
    }

    String hashOf(String username) {
        return jdbc.queryForObject("select password_hash from staff where username = ?", String.class, username);
    }

    long audits(String username, String action) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where actor = ? and action = ?", Long.class, username, action);
    }

    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, Math.max(start, 0));
        return start < 0 || end < 0 ? text : text.substring(start, end);
    }
}
