package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The inbox and task pages for inspector1 (张伟, G01 and G03) on a G01 review of this test, after the grid assistant
 * (assistant1, 郑强) has done his step: the inspectors' step waits to be claimed.
 */
@IntegrationTest
class InboxPageIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TaskInbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessStarter starter;

    @Autowired
    UserLookup users;

    MockMvc mvc;
    WorkflowFixtures fixtures;
    UserDetails inspector1;
    String processInstanceId;
    String businessKey;
    String confirm;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        fixtures = new WorkflowFixtures(jdbc, starter, users);
        inspector1 = userDetails.loadUserByUsername("inspector1");
        processInstanceId = fixtures.startReview("G01", "D1");
        businessKey = fixtures.businessKey(processInstanceId);
        inbox.complete(
                fixtures.user("assistant1"),
                fixtures.openTask(processInstanceId),
                "辖区 7 户已核",
                WorkflowFixtures.verifyValues());
        confirm = fixtures.openTask(processInstanceId);
    }

    @Test
    void showsTheInspectorsInboxInChinese() throws Exception {
        mvc.perform(get("/inbox?sort=CREATED_DESC").with(user(inspector1)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("待办任务"),
                                containsString("张伟（劳动保障监察员）"),
                                containsString("全部待办"),
                                containsString("待签收"),
                                containsString("已超期"),
                                containsString("审核网格核查结果"),
                                containsString(businessKey),
                                containsString("网格用人单位信息核查"),
                                containsString("/tasks/" + confirm + "/claim"),
                                containsString("共 "))));
    }

    @Test
    void filtersByTabProcessAndDueDate() throws Exception {
        mvc.perform(get("/inbox?filter=GROUPS&process=employer-registry-review&sort=CREATED_DESC")
                        .with(user(inspector1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(businessKey)));
        mvc.perform(get("/inbox?filter=MINE").with(user(inspector1)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(businessKey))));
        mvc.perform(get("/inbox?process=no-such-process").with(user(inspector1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("暂无待办任务")));
        mvc.perform(get("/inbox?filter=OVERDUE&sort=CREATED_DESC").with(user(inspector1)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(businessKey))));

        String late =
                fixtures.startReview("G01", "D1", TestClock.get().instant().minus(1, ChronoUnit.DAYS));
        inbox.complete(fixtures.user("assistant1"), fixtures.openTask(late), null, WorkflowFixtures.verifyValues());
        mvc.perform(get("/inbox?filter=OVERDUE&sort=CREATED_DESC").with(user(inspector1)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(fixtures.businessKey(late)), containsString("已超期"))));

        // an old bookmark with values the page does not know still shows the inbox
        mvc.perform(get("/inbox?filter=bogus&sort=x&page=-3").with(user(inspector1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("全部待办")));
    }

    @Test
    void answersHtmxWithTheResultsFragmentOnly() throws Exception {
        mvc.perform(get("/inbox?filter=GROUPS&sort=CREATED_DESC")
                        .header("HX-Request", "true")
                        .with(user(inspector1)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"inbox-results\""),
                                containsString(businessKey),
                                not(containsString("<html")),
                                not(containsString("inbox-heading")))));
        mvc.perform(get("/inbox?filter=GROUPS")
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true")
                        .with(user(inspector1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(containsString("inbox-heading")));
    }

    @Test
    void claimsThroughThePageWithAFlashMessage() throws Exception {
        mvc.perform(post("/tasks/{id}/claim", confirm)
                        .param("returnTo", "/inbox?filter=GROUPS")
                        .with(csrf())
                        .with(user(inspector1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inbox?filter=GROUPS"))
                .andExpect(flash().attribute("flashSuccess", "已签收任务「审核网格核查结果」"));
        assertThat(fixtures.row(confirm)).containsEntry("assignee", "inspector1");

        // inspector2 of the same grid lost the race: the task page says who has it
        mvc.perform(post("/tasks/{id}/claim", confirm)
                        .with(csrf())
                        .with(user(userDetails.loadUserByUsername("inspector2"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/" + confirm))
                .andExpect(flash().attribute("flashError", "任务「审核网格核查结果」已由 张伟 签收办理"));
        mvc.perform(get("/tasks/{id}", confirm)
                        .flashAttr("flashError", "任务「审核网格核查结果」已由 张伟 签收办理")
                        .with(user(userDetails.loadUserByUsername("inspector2"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已由 张伟 签收办理")));
    }

    @Test
    void refusesAPostWithoutCsrfToken() throws Exception {
        // without a session the security chain treats a missing token as an expired session
        mvc.perform(post("/tasks/{id}/claim", confirm).with(user(inspector1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?expired"));
        assertThat(fixtures.row(confirm).get("assignee")).isNull();
    }

    @Test
    void showsTheTaskWithItsFormHistoryAndActions() throws Exception {
        mvc.perform(get("/tasks/{id}", confirm).with(user(inspector1)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("审核网格核查结果"),
                                containsString("审核协管员的核查结果"),
                                containsString("审核意见"),
                                containsString("name=\"variables[confirmComment]\""),
                                containsString("办理意见"),
                                containsString("id=\"claim\""),
                                containsString("id=\"transfer-form\""),
                                containsString("退回至「核查网格用人单位信息」"),
                                containsString("办理过程"),
                                containsString("郑强"),
                                containsString("辖区 7 户已核"),
                                containsString("刘洋"))));
    }

    @Test
    void completesThroughThePageAfterCheckingTheForm() throws Exception {
        mvc.perform(post("/tasks/{id}/complete", confirm)
                        .param("comment", "同意")
                        .with(csrf())
                        .with(user(inspector1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/" + confirm))
                .andExpect(flash().attribute("flashError", containsString("请填写「审核意见」")))
                .andExpect(flash().attribute("comment", "同意"));
        assertThat(fixtures.row(confirm)).containsEntry("status", "OPEN");

        mvc.perform(post("/tasks/{id}/complete", confirm)
                        .param("comment", "同意")
                        .param("variables[confirmComment]", "核查结果属实")
                        .with(csrf())
                        .with(user(inspector1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inbox"))
                .andExpect(flash().attribute("flashSuccess", "已办结任务「审核网格核查结果」"));
        assertThat(fixtures.row(confirm))
                .containsEntry("status", "COMPLETED")
                .containsEntry("ended_by", "inspector1")
                .containsEntry("end_comment", "同意");
    }

    @Test
    void returnsAndTransfersThroughThePage() throws Exception {
        mvc.perform(post("/tasks/{id}/return", confirm)
                        .param("reason", "")
                        .with(csrf())
                        .with(user(inspector1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "请填写退回理由"));
        mvc.perform(post("/tasks/{id}/transfer", confirm)
                        .param("assignee", "inspector4")
                        .param("reason", "请协助")
                        .with(csrf())
                        .with(user(inspector1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/" + confirm))
                .andExpect(flash().attribute("flashError", containsString("不在此任务的办理范围内")));

        mvc.perform(post("/tasks/{id}/return", confirm)
                        .param("reason", "漏核两户")
                        .with(csrf())
                        .with(user(inspector1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inbox"))
                .andExpect(flash().attribute("flashSuccess", "已退回至「核查网格用人单位信息」，由 郑强 重新办理"));
        assertThat(fixtures.row(confirm)).containsEntry("status", "RETURNED");
    }

    @Test
    void showsA404PageForAnUnknownTask() throws Exception {
        mvc.perform(get("/tasks/{id}", "no-such-task").with(user(inspector1)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面或记录不存在")));
    }
}
