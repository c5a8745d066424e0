package cn.laborcase.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.organization.Role;
import cn.laborcase.organization.StaffAdministration;
import cn.laborcase.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class AdminConsoleIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    StaffAdministration staff;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void sendsTheAdministratorToHisConsoleAfterLogin() throws Exception {
        mvc.perform(get("/").with(user(users.loadUserByUsername("admin")))).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void dashboardShowsTheCountsWithLinks() throws Exception {
        String page = mvc.perform(get("/admin").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(number(page, "card-staff")).isEqualTo(staff.countActive());
        assertThat(number(page, "card-grids")).isGreaterThanOrEqualTo(6);
        assertThat(number(page, "card-employers")).isGreaterThanOrEqualTo(42);
        assertThat(number(page, "card-tasks")).isGreaterThanOrEqualTo(1);
        assertThat(page).contains("失败作业 / 未处理事件").contains("href=\"/admin/operations\"");
    }

    @Test
    void rolesPageListsEveryRoleWithGroupsScopeAndHolders() throws Exception {
        String page = mvc.perform(get("/admin/roles").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(Pattern.compile("data-role=\"").matcher(page).results().count())
                .isEqualTo(Role.values().length)
                .isEqualTo(10);
        for (Role role : Role.values()) {
            assertThat(page).contains("data-role=\"" + role.name() + "\"").contains(role.label());
        }
        assertThat(page)
                .contains("office:&lt;机构代码&gt;:inspectors")
                .contains("grid:&lt;网格代码&gt;:inspectors")
                .contains("grid:&lt;网格代码&gt;:assistants")
                .contains("office:&lt;机构代码&gt;:leaders")
                .contains("其所在网格的案件")
                .contains("本机构及其下级机构的全部案件");
        Matcher inspectors = Pattern.compile(
                        "data-role=\"INSPECTOR\"(?s:.*?)role=INSPECTOR&amp;active=true\">(\\d+)</a>")
                .matcher(page);
        assertThat(inspectors.find()).isTrue();
        assertThat(Long.parseLong(inspectors.group(1)))
                .isEqualTo(staff.countActiveByRole().get(Role.INSPECTOR));
    }

    private static long number(String page, String card) {
        Matcher m = Pattern.compile("id=\"" + card + "\"(?s:.*?)<div class=\"num\">(\\d+)")
                .matcher(page);
        assertThat(m.find()).as(card).isTrue();
        return Long.parseLong(m.group(1));
    }
}
