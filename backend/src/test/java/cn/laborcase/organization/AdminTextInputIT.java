package cn.laborcase.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 9 item 3d: the administrator's forms (offices, grids, staff) check every text field by the shared text rule:
 * a NUL or a control character is a 400 naming the field in Chinese, and nothing is written (office names head every
 * document; a NUL is a 500 from PostgreSQL).
 */
@IntegrationTest
class AdminTextInputIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusesAnOfficeNameWithANulNamingTheField() throws Exception {
        AdminFixtures admin = new AdminFixtures(context, users);
        String suffix = AdminFixtures.unique();
        admin.mvc
                .perform(admin.form("/admin/offices")
                        .param("code", "T" + suffix)
                        .param("name", "测试\u0000监察大队")
                        .param("shortName", "测" + suffix)
                        .param("kind", "INSPECTION")
                        .param("regionName", "测试\u0007区"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-name\"")))
                .andExpect(content().string(containsString("机构名称含有空字符")))
                .andExpect(content().string(containsString("所辖区域含有控制字符")));
        assertThat(jdbc.queryForObject("select count(*) from office where code = ?", Integer.class, "T" + suffix))
                .isZero();
    }

    @Test
    void refusesAGridDescriptionWithAControlCharacterNamingTheField() throws Exception {
        AdminFixtures admin = new AdminFixtures(context, users);
        String suffix = AdminFixtures.unique();
        long office = admin.createInspectionOffice(suffix);
        long inspector = admin.createStaff("g" + suffix.toLowerCase(), office, "INSPECTOR");
        admin.mvc
                .perform(admin.form("/admin/grids")
                        .param("code", "TG" + suffix)
                        .param("name", "测试网格")
                        .param("officeId", String.valueOf(office))
                        .param("areaDescription", "第一行\n第二行\u001b[31m")
                        .param("responsibleInspectorId", String.valueOf(inspector)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-areaDescription\"")))
                .andExpect(content().string(containsString("区域说明含有控制字符")));
        assertThat(jdbc.queryForObject("select count(*) from grid where code = ?", Integer.class, "TG" + suffix))
                .isZero();
    }

    @Test
    void refusesAStaffNameWithALineBreakNamingTheField() throws Exception {
        AdminFixtures admin = new AdminFixtures(context, users);
        String suffix = AdminFixtures.unique();
        long office = admin.createInspectionOffice(suffix);
        String username = "s" + suffix.toLowerCase();
        admin.mvc
                .perform(admin.form("/admin/staff")
                        .param("username", username)
                        .param("password", AdminFixtures.PASSWORD)
                        .param("displayName", "张\n三")
                        .param("officeId", String.valueOf(office))
                        .param("title", "科员\u0001")
                        .param("roles", "INTAKE_CLERK"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-displayName\"")))
                .andExpect(content().string(containsString("姓名不能换行")))
                .andExpect(content().string(containsString("职务含有控制字符")));
        assertThat(jdbc.queryForObject("select count(*) from staff where username = ?", Integer.class, username))
                .isZero();
    }
}
