package cn.laborcase.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The administrator's pages driven through MockMvc with the real security filter chain, and the offices, staff and
 * grids the tests create for themselves (unique codes and names: the demo data is never changed).
 */
final class AdminFixtures {

    static final String PASSWORD = "Test2026pass";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    final MockMvc mvc;
    private final UserDetailsService users;

    AdminFixtures(WebApplicationContext context, UserDetailsService users) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        this.users = users;
    }

    /** Logged in as the demo administrator, as our own StaffPrincipal. */
    RequestPostProcessor admin() {
        return as("admin");
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** A suffix no other test run has used: upper-case letters and digits. */
    static String unique() {
        return (Long.toString(System.nanoTime(), 36) + Long.toString(SEQUENCE.incrementAndGet(), 36)).toUpperCase();
    }

    /** An admin form POST with CSRF. */
    MockHttpServletRequestBuilder form(String url, Object... uriVariables) {
        return post(url, uriVariables).with(csrf()).with(admin());
    }

    long createInspectionOffice(String suffix) throws Exception {
        MvcResult result = mvc.perform(form("/admin/offices")
                        .param("code", "T" + suffix)
                        .param("name", "测试监察大队" + suffix)
                        .param("shortName", "测" + suffix)
                        .param("kind", "INSPECTION")
                        .param("regionName", "测试区")
                        .param("parentId", String.valueOf(officeId("C0"))))
                .andReturn();
        return idFrom(result, "/admin/offices/");
    }

    long createStaff(String username, long officeId, String... roles) throws Exception {
        MockHttpServletRequestBuilder request = form("/admin/staff")
                .param("username", username)
                .param("password", PASSWORD)
                .param("displayName", "测试" + username)
                .param("officeId", String.valueOf(officeId))
                .param("title", "测试人员")
                .param("phone", "0571-86001234")
                .param("email", username + "@test.laborcase.cn");
        Arrays.stream(roles).forEach(r -> request.param("roles", r));
        return idFrom(mvc.perform(request).andReturn(), "/admin/staff/");
    }

    long createGrid(String code, long officeId, long responsibleId, long... assistants) throws Exception {
        MockHttpServletRequestBuilder request = form("/admin/grids")
                .param("code", code)
                .param("name", "测试网格" + code)
                .param("officeId", String.valueOf(officeId))
                .param("areaDescription", "测试街道")
                .param("responsibleInspectorId", String.valueOf(responsibleId));
        Arrays.stream(assistants).forEach(a -> request.param("assistantIds", String.valueOf(a)));
        return idFrom(mvc.perform(request).andReturn(), "/admin/grids/");
    }

    long officeId(String code) throws Exception {
        String page = mvc.perform(get("/admin/offices").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = Pattern.compile("data-code=\"" + code + "\"(?s:.*?)href=\"/admin/offices/(\\d+)\"")
                .matcher(page);
        assertThat(m.find()).as("office %s on the office page", code).isTrue();
        return Long.parseLong(m.group(1));
    }

    static long idFrom(MvcResult result, String prefix) {
        assertThat(result.getResponse().getStatus())
                .as("redirect after a successful POST, got: %s", errorsOf(result))
                .isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(prefix);
        return Long.parseLong(location.substring(prefix.length()));
    }

    private static String errorsOf(MvcResult result) {
        try {
            Matcher m = Pattern.compile("class=\"field-error\" id=\"([^\"]+)\">([^<]*)<")
                    .matcher(result.getResponse().getContentAsString());
            StringBuilder s = new StringBuilder();
            while (m.find()) {
                s.append(m.group(1)).append('=').append(m.group(2)).append("; ");
            }
            return result.getResponse().getStatus() + " " + s;
        } catch (Exception e) {
            return e.toString();
        }
    }
}
