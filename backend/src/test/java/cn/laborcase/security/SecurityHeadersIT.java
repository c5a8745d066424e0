package cn.laborcase.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Browser-facing security headers, and the API description for administrators only (issue 9 item 5). */
@IntegrationTest
class SecurityHeadersIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void pagesForbidInlineScriptsAndForeignSources() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")));
        mvc.perform(get("/inbox").with(user(users.loadUserByUsername("inspector1"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.POLICY));
    }

    @Test
    void theApiAnswersWithTheSameHeaders() throws Exception {
        mvc.perform(get("/api/tasks").with(httpBasic("inspector1", "Demo@2026")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.POLICY))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void showsTheApiDescriptionToAdministratorsOnly() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("inspector1", "Demo@2026")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs").with(user(users.loadUserByUsername("inspector1"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/swagger-ui.html").with(user(users.loadUserByUsername("clerk1"))))
                .andExpect(status().isForbidden());

        mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "Demo@2026"))).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.SWAGGER_POLICY));
    }
}
