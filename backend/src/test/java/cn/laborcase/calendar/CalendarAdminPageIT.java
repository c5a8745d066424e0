package cn.laborcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** /admin/calendar rendered and driven through the real security chain. Loads 2034 and 2035 (nobody else does). */
@IntegrationTest
class CalendarAdminPageIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    WorkingCalendar calendar;

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
    void showsTheYearAsMonthGridsWithHolidaysAndMakeUpDays() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2026").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2026年工作日历")))
                .andExpect(content().string(containsString("已载入")))
                .andExpect(content().string(containsString("国办发明电〔2025〕7号")))
                .andExpect(content().string(containsString("id=\"month-12\"")))
                .andExpect(content().string(containsString("data-date=\"2026-10-01\"")))
                .andExpect(content().string(containsString("class=\"cal-off\" title=\"2026-10-01 国庆节\"")))
                .andExpect(content().string(containsString("class=\"cal-work\" title=\"2026-10-10 国庆节调休上班\"")))
                .andExpect(content().string(containsString("班</sup>")))
                .andExpect(content().string(containsString("调休上班（标“班”）")))
                .andExpect(content().string(containsString("nav-text\">工作日历</span></a>")))
                .andExpect(content().string(containsString("《劳动保障监察条例》第十七条")))
                .andExpect(content().string(containsString("1次，累计不超过30个工作日")));
    }

    @Test
    void showsAnUnloadedYearAsProvisional() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2040").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未载入")))
                .andExpect(content().string(containsString("暂定")));
    }

    @Test
    void isForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/calendar").with(as("inspector1"))).andExpect(status().isForbidden());
    }

    @Test
    void uploadRejectsAMalformedFileNamingTheLineAndReasonAndWritesNothing() throws Exception {
        String csv =
                """
                date,kind,name,source
                2032-10-01,OFF,国庆节,测试通知〔2032〕1号
                2032-13-01,OFF,国庆节,测试通知〔2032〕1号
                2032-10-01,WORKING,国庆节调休上班,测试通知〔2032〕1号
                """;

        mvc.perform(multipart("/admin/calendar/2032/upload")
                        .file(file(csv))
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("文件整体未载入")))
                .andExpect(content().string(containsString("第3行：日期「2032-13-01」无效，应为yyyy-MM-dd格式的真实日期")))
                .andExpect(content().string(containsString("第4行：2032-10-01（周五）本是工作日，不能标为调休上班")));

        YearSchedule year = calendar.year(2032);
        assertThat(year.loaded()).isFalse();
        assertThat(year.days()).isEmpty();
    }

    @Test
    void uploadLoadsAYearAndAuditsIt() throws Exception {
        String csv =
                """
                date,kind,name,source
                2034-10-01,OFF,国庆节,测试通知〔2034〕1号
                2034-10-02,OFF,国庆节,测试通知〔2034〕1号
                2034-09-30,WORKING,国庆节调休上班,测试通知〔2034〕1号
                """;

        mvc.perform(multipart("/admin/calendar/2034/upload")
                        .file(file(csv))
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar?year=2034"))
                .andExpect(flash().attribute("flashSuccess", containsString("2034年节假日安排已生效（共3天）")));

        assertThat(calendar.year(2034).loaded()).isTrue();
        assertThat(calendar.schedule().isWorkingDay(java.time.LocalDate.parse("2034-09-30")))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select actor from audit_entry where action = 'CALENDAR_YEAR_LOADED' and target_id = '2034'",
                        String.class))
                .isEqualTo("admin");
    }

    @Test
    void entersADraftDayByDayThenPutsTheYearIntoForce() throws Exception {
        mvc.perform(post("/admin/calendar/2035/days")
                        .param("date", "2035-10-01")
                        .param("kind", "OFF")
                        .param("name", "国庆节")
                        .param("source", "测试通知〔2035〕1号")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", containsString("草稿")));
        assertThat(calendar.year(2035).loaded()).isFalse();
        assertThat(calendar.schedule().isWorkingDay(java.time.LocalDate.parse("2035-10-01")))
                .isTrue();

        mvc.perform(post("/admin/calendar/2035/publish").with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", containsString("2035年节假日安排已生效")));

        assertThat(calendar.year(2035).loaded()).isTrue();
        assertThat(calendar.schedule().isWorkingDay(java.time.LocalDate.parse("2035-10-01")))
                .isFalse();

        mvc.perform(post("/admin/calendar/2035/days/2035-10-01/delete")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.year(2035).days()).isEmpty();
    }

    @Test
    void refusesAMakeUpWorkingDayOnAWeekday() throws Exception {
        mvc.perform(post("/admin/calendar/2035/days")
                        .param("date", "2035-10-08")
                        .param("kind", "WORKING")
                        .param("name", "国庆节调休上班")
                        .param("source", "")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("2035-10-08（周一）本是工作日，调休上班只用于周六、周日")))
                .andExpect(content().string(containsString("请填写来源（通知文号）")))
                .andExpect(content().string(not(containsString("flashSuccess"))));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "holidays.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
