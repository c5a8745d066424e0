package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.PageRequest;
import cn.laborcase.support.IntegrationTest;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** 已办, 我发起的, and bulk claim and transfer, each task of a bulk action checked on its own. */
@IntegrationTest
class TaskListsIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TaskLists lists;

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
    String grid;
    CurrentUser assistant;
    CurrentUser colleague;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        fixtures = new WorkflowFixtures(jdbc, starter, users);
        grid = fixtures.newGrid("D1");
        assistant = fixtures.newStaff("测试协管甲", Role.GRID_ASSISTANT, "D1", grid, "ASSISTANT");
        colleague = fixtures.newStaff("测试协管乙", Role.GRID_ASSISTANT, "D1", grid, "ASSISTANT");
    }

    @Test
    void listsACompletedTaskUnderDoneWithItsCaseNumberAndBeijingTime() throws Exception {
        String instance = fixtures.startReview(grid, "D1");
        String businessKey = fixtures.businessKey(instance);
        String taskId = fixtures.openTask(instance);
        assertThat(lists.done(assistant, new PageRequest(0, 20)).items()).isEmpty();

        TaskView completed = inbox.complete(assistant, taskId, "已核", WorkflowFixtures.verifyValues());

        var done = lists.done(assistant, new PageRequest(0, 20));
        assertThat(done.total()).isEqualTo(1);
        assertThat(done.items()).extracting(TaskView::id).containsExactly(taskId);
        String endedAt =
                completed.endedAt().atZone(BeijingTime.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String html = mvc.perform(get("/inbox/done").with(user(userDetails.loadUserByUsername(assistant.username()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("已办任务", "核查网格用人单位信息", businessKey, endedAt).doesNotContain(taskId + "<");
        // nobody else's 已办
        assertThat(lists.done(colleague, new PageRequest(0, 20)).items()).isEmpty();
    }

    @Test
    void listsTheProcessesAUserStartedUnderStarted() throws Exception {
        CurrentUser clerk = fixtures.newStaff("测试受理员", Role.INTAKE_CLERK, "D1", null, null);
        var auth = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                userDetails.loadUserByUsername(clerk.username()), null, List.of());
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(auth);
        String instance;
        try {
            instance = new org.springframework.transaction.support.TransactionTemplate(
                            context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                    .execute(tx -> fixtures.startReview(grid, "D1"));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        var started = lists.started(clerk, new PageRequest(0, 20));
        assertThat(started.items())
                .extracting(TaskLists.StartedProcess::processInstanceId)
                .containsExactly(instance);
        assertThat(started.items().get(0).openStep()).isEqualTo("核查网格用人单位信息");
        assertThat(lists.startsProcesses(clerk)).isTrue();
        String html = mvc.perform(get("/inbox/started").with(user(userDetails.loadUserByUsername(clerk.username()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("我发起的", fixtures.businessKey(instance), "核查网格用人单位信息");
    }

    @Test
    void bulkClaimTakesTheUsersTasksAndRefusesAForeignOneByName() throws Exception {
        String mine1 = fixtures.openTask(fixtures.startReview(grid, "D1"));
        String mine2 = fixtures.openTask(fixtures.startReview(grid, "D1"));
        String foreignGrid = fixtures.newGrid("D2");
        String foreign = fixtures.openTask(fixtures.startReview(foreignGrid, "D2"));

        List<TaskLists.BulkOutcome> outcomes = lists.claimAll(assistant, List.of(mine1, foreign, mine2));

        assertThat(outcomes).extracting(TaskLists.BulkOutcome::ok).containsExactly(true, false, true);
        assertThat(outcomes.get(1).message()).isEqualTo("任务不存在或不在您的范围内");
        assertThat(fixtures.row(mine1)).containsEntry("assignee", assistant.username());
        assertThat(fixtures.row(mine2)).containsEntry("assignee", assistant.username());
        assertThat(fixtures.row(foreign).get("assignee")).isNull();
        assertThat(fixtures.auditActions(foreign)).isEmpty();

        // a task someone else claimed meanwhile: refused with his name, the rest goes on
        String taken = fixtures.openTask(fixtures.startReview(grid, "D1"));
        inbox.claim(colleague, taken);
        String free = fixtures.openTask(fixtures.startReview(grid, "D1"));
        List<TaskLists.BulkOutcome> second = lists.claimAll(assistant, List.of(taken, free));
        assertThat(second).extracting(TaskLists.BulkOutcome::ok).containsExactly(false, true);
        assertThat(second.get(0).message()).contains("已由 测试协管乙 签收办理");
    }

    @Test
    void bulkTransferThroughThePageReportsEachTaskAndRefusesAForeignOne() throws Exception {
        String mine = fixtures.openTask(fixtures.startReview(grid, "D1"));
        inbox.claim(assistant, mine);
        String foreignGrid = fixtures.newGrid("D2");
        String foreign = fixtures.openTask(fixtures.startReview(foreignGrid, "D2"));

        var result = mvc.perform(post("/inbox/bulk-transfer")
                        .param("taskIds", mine, foreign)
                        .param("assignee", colleague.username())
                        .param("reason", "休假，请代办")
                        .with(csrf())
                        .with(user(userDetails.loadUserByUsername(assistant.username()))))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        @SuppressWarnings("unchecked")
        List<TaskLists.BulkOutcome> outcomes =
                (List<TaskLists.BulkOutcome>) result.getFlashMap().get("bulkOutcomes");
        assertThat(outcomes).extracting(TaskLists.BulkOutcome::ok).containsExactly(true, false);
        assertThat(outcomes.get(0).message()).isEqualTo("已转办给 测试协管乙");
        assertThat(result.getFlashMap().get("flashError")).isEqualTo("批量转办：成功 1 项，未能转办 1 项");
        assertThat(fixtures.row(mine)).containsEntry("assignee", colleague.username());
        assertThat(fixtures.row(foreign).get("assignee")).isNull();
    }

    @Test
    void bulkTransferWithoutReasonOrAssigneeIsA400NamingBothAndWritesNothing() throws Exception {
        String mine = fixtures.openTask(fixtures.startReview(grid, "D1"));
        inbox.claim(assistant, mine);
        Map<String, Object> before = fixtures.row(mine);

        String html = mvc.perform(post("/inbox/bulk-transfer")
                        .param("taskIds", mine)
                        .param("assignee", "")
                        .param("reason", " ")
                        .with(csrf())
                        .with(user(userDetails.loadUserByUsername(assistant.username()))))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("请选择转办接收人", "请填写转办理由");
        assertThat(fixtures.row(mine)).isEqualTo(before);

        mvc.perform(post("/inbox/bulk-claim")
                        .with(csrf())
                        .with(user(userDetails.loadUserByUsername(assistant.username()))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void bulkActionsNeedTheCsrfToken() throws Exception {
        String mine = fixtures.openTask(fixtures.startReview(grid, "D1"));
        mvc.perform(post("/inbox/bulk-claim")
                        .param("taskIds", mine)
                        .with(user(userDetails.loadUserByUsername(assistant.username()))))
                // without a session the security chain treats a missing token as an expired session
                .andExpect(redirectedUrl("/login?expired"));
        assertThat(fixtures.row(mine).get("assignee")).isNull();
    }
}
