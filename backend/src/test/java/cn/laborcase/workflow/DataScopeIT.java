package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Who may see and who may work a G01 task (东湖街道网格, office D1), through the service, the API and the pages. */
@IntegrationTest
class DataScopeIT {

    @Autowired
    TaskInbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessStarter starter;

    @Autowired
    UserLookup users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    WebApplicationContext context;

    @LocalServerPort
    int port;

    WorkflowFixtures fixtures;
    ApiClient api;
    MockMvc mvc;
    String taskId;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(jdbc, starter, users);
        api = new ApiClient(port);
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        taskId = fixtures.openTask(fixtures.startReview("G01", "D1"));
    }

    @Test
    void anInspectorOfAnotherGridNeitherSeesNorActsOnTheTask() throws Exception {
        var inspector4 = fixtures.user("inspector4");

        assertThatThrownBy(() -> inbox.get(inspector4, taskId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inbox.claim(inspector4, taskId)).isInstanceOf(NotFoundException.class);
        assertThat(api.get("inspector4", "/api/tasks/" + taskId).statusCode()).isEqualTo(404);
        HttpResponse<String> claim = api.post("inspector4", "/api/tasks/" + taskId + "/claim", null);
        assertThat(claim.statusCode()).isEqualTo(404);
        assertThat(claim.body()).contains("\"code\":\"NOT_FOUND\"");

        mvc.perform(get("/tasks/{id}", taskId).with(user(userDetails.loadUserByUsername("inspector4"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("页面或记录不存在")));
        mvc.perform(post("/tasks/{id}/claim", taskId)
                        .with(csrf())
                        .with(user(userDetails.loadUserByUsername("inspector4"))))
                .andExpect(status().isNotFound());
        assertThat(fixtures.row(taskId).get("assignee")).isNull();
    }

    @Test
    void theSectionLeaderOfTheOfficeSeesTheTaskButMayNotWorkIt() throws Exception {
        var leader1 = fixtures.user("leader1");

        assertThat(inbox.get(leader1, taskId).id()).isEqualTo(taskId);
        assertThat(inbox.detail(leader1, taskId).actions()).isEmpty();
        assertThatThrownBy(() -> inbox.claim(leader1, taskId)).isInstanceOf(ForbiddenException.class);

        assertThat(api.get("leader1", "/api/tasks/" + taskId).statusCode()).isEqualTo(200);
        HttpResponse<String> claim = api.post("leader1", "/api/tasks/" + taskId + "/claim", null);
        assertThat(claim.statusCode()).isEqualTo(403);
        assertThat(claim.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(claim.body()).contains("\"code\":\"NOT_CANDIDATE\"");

        mvc.perform(get("/tasks/{id}", taskId).with(user(userDetails.loadUserByUsername("leader1"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("不在您的办理范围内")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"claim\""))));
        assertThat(fixtures.row(taskId).get("assignee")).isNull();
    }

    @Test
    void aLeaderOfAnotherDistrictDoesNotSeeTheTask() {
        assertThatThrownBy(() -> inbox.get(fixtures.user("leader2"), taskId)).isInstanceOf(NotFoundException.class);
        assertThat(inbox.get(fixtures.user("chief"), taskId).id()).isEqualTo(taskId);
    }

    @Test
    void theAdministratorSeesEveryTask() throws Exception {
        assertThat(inbox.get(fixtures.user("admin"), taskId).id()).isEqualTo(taskId);
        assertThat(api.get("admin", "/api/tasks/" + taskId).statusCode()).isEqualTo(200);
        mvc.perform(get("/tasks/{id}", taskId).with(user(userDetails.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("核查网格用人单位信息")));
    }

    @Test
    void theGridsInspectorSeesTheAssistantsStepButMayNotTakeIt() {
        var inspector1 = fixtures.user("inspector1");

        assertThat(inbox.get(inspector1, taskId).id()).isEqualTo(taskId);
        assertThatThrownBy(() -> inbox.claim(inspector1, taskId)).isInstanceOf(ForbiddenException.class);
        assertThat(inbox.page(inspector1, new InboxQuery(InboxQuery.Filter.ALL, null, null, 0, 100))
                        .tasks())
                .extracting(TaskView::id)
                .doesNotContain(taskId);
        assertThat(inbox.page(
                                fixtures.user("assistant1"),
                                new InboxQuery(null, null, InboxQuery.Sort.CREATED_DESC, 0, 100))
                        .tasks())
                .extracting(TaskView::id)
                .contains(taskId);
    }
}
