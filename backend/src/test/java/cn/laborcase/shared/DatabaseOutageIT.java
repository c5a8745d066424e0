package cn.laborcase.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.laborcase.support.DatabaseOutageSwitch;
import cn.laborcase.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * While the database cannot be reached, pages and API answer 503 with Retry-After (issue 9 item 21): not 401 "wrong
 * password" (an integration would take it for a rejected password), not 500.
 */
@IntegrationTest
class DatabaseOutageIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    UserDetails inspector;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        inspector = users.loadUserByUsername("inspector1");
    }

    @Test
    void anIntegrationIsToldToRetryNotThatItsPasswordIsWrong() throws Exception {
        long failuresBefore = loginFailures("inspector1");

        MvcResult result = whileDown(get("/api/tasks").with(httpBasic("inspector1", "Demo@2026")));

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("10");
        assertThat(result.getResponse().getHeader("WWW-Authenticate")).isNull();
        assertThat(result.getResponse().getContentAsString()).contains("DATABASE_UNAVAILABLE");
        assertThat(loginFailures("inspector1")).isEqualTo(failuresBefore);
    }

    @Test
    void theApiAnswers503ToALoggedInPerson() throws Exception {
        MvcResult result = whileDown(get("/api/tasks").with(user(inspector)));

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("10");
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(result.getResponse().getContentAsString()).contains("数据库暂时无法连接");
    }

    @Test
    void aPageAnswers503WithAPageThatNeedsNoDatabase() throws Exception {
        MvcResult result = whileDown(get("/inbox").with(user(inspector)));

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("10");
        assertThat(result.getResponse().getContentAsString()).contains("系统暂时不可用");
    }

    @Test
    void theLoginFormDoesNotSayWrongPassword() throws Exception {
        MvcResult result = whileDown(post("/login")
                .param("username", "inspector1")
                .param("password", "Demo@2026")
                .with(csrf()));

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getRedirectedUrl()).isNull();
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("10");
    }

    @Test
    void everythingWorksAgainOnceTheDatabaseIsBack() throws Exception {
        whileDown(get("/api/tasks").with(httpBasic("inspector1", "Demo@2026")));

        assertThat(mvc.perform(get("/api/tasks").with(httpBasic("inspector1", "Demo@2026")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    private MvcResult whileDown(RequestBuilder request) {
        return DatabaseOutageSwitch.whileDown(() -> {
            try {
                return mvc.perform(request).andReturn();
            } catch (Exception e) {
                throw new AssertionError("the request failed instead of answering", e);
            }
        });
    }

    private long loginFailures(String username) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where actor = ? and action = 'LOGIN_FAILED'", Long.class, username);
    }
}
