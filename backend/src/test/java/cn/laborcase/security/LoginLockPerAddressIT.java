package cn.laborcase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.organization.Role;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Lockout per account name and source address (issue 9 item 4): a stranger without the password locks only
 * himself out; an unknown name is answered exactly like a known one; and the credential cache of HTTP Basic never
 * outlives a password change or a deactivation.
 */
@IntegrationTest
class LoginLockPerAddressIT {

    private static final String PASSWORD = "Secret#2026";
    private static final String STRANGER = "10.9.8.7";
    private static final String OWNER = "10.1.2.3";

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void aStrangerWithoutThePasswordLocksOnlyHimselfOut() throws Exception {
        String username = newStaff("victim");
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(username, "guess-" + attempt, STRANGER).andExpect(redirectedUrl("/login?error=bad"));
        }

        login(username, PASSWORD, STRANGER).andExpect(redirectedUrl("/login?error=locked"));
        login(username, PASSWORD, OWNER).andExpect(redirectedUrl("/"));

        assertThat(audits(username, "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(audits(username, "LOGIN_FAILED")).isEqualTo(6);
    }

    @Test
    void answersAnUnknownNameExactlyLikeAKnownOne() throws Exception {
        String known = newStaff("known");
        String unknown = TestStaff.uniqueUsername("ghost");
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(known, "guess-" + attempt, STRANGER).andExpect(redirectedUrl("/login?error=bad"));
            login(unknown, "guess-" + attempt, STRANGER).andExpect(redirectedUrl("/login?error=bad"));
        }

        login(known, "guess-6", STRANGER).andExpect(redirectedUrl("/login?error=locked"));
        login(unknown, "guess-6", STRANGER).andExpect(redirectedUrl("/login?error=locked"));

        assertThat(audits(unknown, "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(audits(unknown, "LOGIN_FAILED")).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from staff where username = ?", Long.class, unknown))
                .isZero();
    }

    @Test
    void tellsThatAnAccountIsDeactivatedOnlyToWhoeverKnowsItsPassword() throws Exception {
        String username = newStaff("gone");
        jdbc.update("update staff set active = false where username = ?", username);

        login(username, "guess", STRANGER).andExpect(redirectedUrl("/login?error=bad"));
        login(username, PASSWORD, OWNER).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void basicCountsTowardsTheLockAtItsAddress() throws Exception {
        String username = newStaff("basic");
        for (int attempt = 1; attempt <= 5; attempt++) {
            api(username, "guess-" + attempt, STRANGER).andExpect(status().isUnauthorized());
        }

        api(username, PASSWORD, STRANGER)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("账户因连续登录失败已被锁定，请稍后再试"));
        api(username, PASSWORD, OWNER).andExpect(status().isOk());
    }

    @Test
    void aRememberedBasicPasswordStopsWorkingWhenThePasswordChanges() throws Exception {
        String username = newStaff("rotate");
        api(username, PASSWORD, OWNER).andExpect(status().isOk());
        api(username, PASSWORD, OWNER).andExpect(status().isOk());

        jdbc.update(
                "update staff set password_hash = ? where username = ?",
                new BCryptPasswordEncoder(4).encode("Another#2027"),
                username);

        api(username, PASSWORD, OWNER).andExpect(status().isUnauthorized());
        api(username, "Another#2027", OWNER).andExpect(status().isOk());
    }

    @Test
    void aRememberedBasicPasswordStopsWorkingWhenTheAccountIsDeactivated() throws Exception {
        String username = newStaff("leaver");
        api(username, PASSWORD, OWNER).andExpect(status().isOk());

        jdbc.update("update staff set active = false where username = ?", username);

        api(username, PASSWORD, OWNER).andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password, String from)
            throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(from)));
    }

    private org.springframework.test.web.servlet.ResultActions api(String username, String password, String from)
            throws Exception {
        return mvc.perform(get("/api/tasks").with(httpBasic(username, password)).with(from(from)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String newStaff(String prefix) {
        String username = TestStaff.uniqueUsername(prefix);
        TestStaff.insert(jdbc, username, PASSWORD, "D1", Role.INSPECTOR.name());
        return username;
    }

    private long audits(String username, String action) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where actor = ? and action = ?", Long.class, username, action);
    }
}
