package cn.laborcase.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** "/" per role: each role's panels, from the modules that contribute them, and nobody on an empty page. */
@IntegrationTest
class HomePageIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    String home(String username) throws Exception {
        return mvc.perform(get("/").with(user(userDetails.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void inspectorsClerksAndAssistantsLandOnTheirTasksWithACountPerQueue() throws Exception {
        String inspector = home("inspector1");
        assertThat(inspector)
                .contains("我的待办", "我的在办", "已超期", "东湖街道网格 · 监察员待签收", "东湖高新园网格 · 监察员待签收")
                .doesNotContain("grid:G01", "超期与临期督办");
        String assistant = home("assistant1");
        assertThat(assistant).contains("我的待办", "东湖街道网格 · 协管员待签收");
        String clerk = home("clerk1");
        assertThat(clerk).contains("我的待办", "我的在办").contains("窗口受理人员待签收");
        // the desk starts processes (registrations): its 我发起的 is one click away; an assistant starts none
        assertThat(clerk).contains("id=\"queue-started\"");
        assertThat(assistant).doesNotContain("id=\"queue-started\"");
    }

    @Test
    void theSectionLeaderSeesTheDemosOverdueRegistryReviewWithItsHolderAndDaysLeft() throws Exception {
        String title = "东湖街道网格 " + TestClock.get().today().getYear() + "年下半年用人单位信息核查";
        String leader = home("leader1");
        assertThat(leader).contains("超期与临期督办", "按网格", "按承办人", "待我审批与处理");
        int row = leader.indexOf(title);
        assertThat(row)
                .as("the demo's overdue G01 review is on the leader's home")
                .isPositive();
        String around = leader.substring(row, Math.min(leader.length(), row + 1500));
        assertThat(around).contains("东湖街道网格").contains("超期").contains("待签收");
        // another office's overdue review is not his
        assertThat(leader).doesNotContain("西山街道网格 " + TestClock.get().today().getYear() + "年下半年用人单位信息核查");
        assertThat(home("leader2")).contains("西山街道网格 " + TestClock.get().today().getYear() + "年下半年");
        assertThat(leader).doesNotContain("我的待办");
    }

    @Test
    void rolesWhoseTrackIsNotBuiltSeeWhatWillComeThere() throws Exception {
        assertThat(home("arbitrator1")).contains("仲裁办案（建设中）", "立案审查").doesNotContain("超期与临期督办");
        // the mediation track is built: its own panel, not the announcement
        assertThat(home("mediator")).contains("我的调解案件", "调解中", "第十四条").doesNotContain("调解工作台（建设中）");
        assertThat(home("hearingclerk")).contains("开庭与送达（建设中）", "庭审笔录");
        // the committee director is a leader too: his office's board and the approvals to come
        assertThat(home("director")).contains("超期与临期督办", "仲裁委审批（建设中）");
    }

    @Test
    void theAdministratorKeepsHisConsole() throws Exception {
        mvc.perform(get("/").with(user(userDetails.loadUserByUsername("admin"))))
                .andExpect(redirectedUrl("/admin"));
    }
}
