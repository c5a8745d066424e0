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

/** Values the browser sends that cannot even be converted: the form comes back naming the field, nothing written. */
@IntegrationTest
class OfficeFormInputIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusesAParentIdThatIsNotANumberNamingTheField() throws Exception {
        AdminFixtures admin = new AdminFixtures(context, users);
        String suffix = AdminFixtures.unique();

        admin.mvc
                .perform(admin.form("/admin/offices")
                        .param("code", "T" + suffix)
                        .param("name", "测试监察大队" + suffix)
                        .param("shortName", "测" + suffix)
                        .param("kind", "INSPECTION")
                        .param("regionName", "测试区")
                        .param("parentId", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("有 1 处填写有误")))
                // the rest of what he typed stays in the form
                .andExpect(content().string(containsString("测试监察大队" + suffix)));

        assertThat(jdbc.queryForObject("select count(*) from office where code = ?", Integer.class, "T" + suffix))
                .isZero();
    }
}
