package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.audit.AuditEntry;
import cn.laborcase.audit.AuditJournal;
import cn.laborcase.audit.AuditQuery;
import cn.laborcase.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class EngineOperationsIT {

    private static final String TEST_PROCESS = "operations-failing-job-test";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    AuditJournal audit;

    MockMvc mvc;
    String deploymentId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        deploymentId = repositoryService
                .createDeployment()
                .name("EngineOperationsIT")
                .addClasspathResource("bpmn/operations-failing-job.bpmn")
                .deploy()
                .getId();
    }

    @AfterEach
    void removeTestProcess() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void listsTheDeployedProcessesWithTheirRunningInstances() throws Exception {
        long running = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("employer-registry-review")
                .count();
        assertThat(running).isPositive();

        String page = mvc.perform(get("/admin/operations").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("data-key=\"employer-registry-review\"")
                .contains("网格用人单位信息核查")
                .contains("employer-registry-verify.form")
                .containsPattern("data-key=\"employer-registry-review\"[^>]*>(?s:.*?)<td class=\"instances\">" + running
                        + "</td>")
                .containsPattern("data-key=\"employer-registry-review\"[^>]*>(?s:.*?)<td class=\"ttl\">1825</td>");
    }

    @Test
    void listsAFailedJobShowsItsStackTraceAndRetriesIt() throws Exception {
        String businessKey = "OPS-TEST-" + System.nanoTime();
        FailingTestDelegate.failFor(businessKey);
        String instanceId = runtimeService
                .startProcessInstanceByKey(TEST_PROCESS, businessKey)
                .getId();

        // the job executor runs the async step once; R1 means no further automatic attempt: an incident
        Job failed = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> managementService
                                .createJobQuery()
                                .processInstanceId(instanceId)
                                .noRetriesLeft()
                                .singleResult(),
                        job -> job != null);
        assertThat(runtimeService
                        .createIncidentQuery()
                        .processInstanceId(instanceId)
                        .count())
                .isEqualTo(1);

        String page = mvc.perform(get("/admin/operations").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("data-job-id=\"" + failed.getId() + "\"")
                .contains(businessKey)
                .contains("可能失败的步骤")
                .contains(FailingTestDelegate.MESSAGE)
                .doesNotContain("第二行不应出现在列表中");

        mvc.perform(get("/admin/operations/jobs/{id}/stacktrace", failed.getId())
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("java.lang.IllegalStateException")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("FailingTestDelegate.execute")));
        mvc.perform(get("/admin/operations/jobs/{id}/stacktrace", failed.getId())
                        .with(user(users.loadUserByUsername("inspector1"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/operations/jobs/{id}/retry", failed.getId())
                        .with(csrf())
                        .with(user(users.loadUserByUsername("inspector1"))))
                .andExpect(status().isForbidden());

        FailingTestDelegate.succeedFor(businessKey);
        mvc.perform(post("/admin/operations/jobs/{id}/retry", failed.getId())
                        .with(csrf())
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/operations"));

        List<AuditEntry> retried =
                audit.search(new AuditQuery(null, "JOB_RETRIED", "JOB", failed.getId(), null, null, 0, 10));
        assertThat(retried).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.beforeState()).isEqualTo("剩余重试 0");
            assertThat(e.afterState()).isEqualTo("剩余重试 1");
        });
        await().atMost(Duration.ofSeconds(120))
                .until(() -> historyService
                                .createHistoricProcessInstanceQuery()
                                .processInstanceId(instanceId)
                                .completed()
                                .count()
                        == 1);
        assertThat(runtimeService
                        .createIncidentQuery()
                        .processInstanceId(instanceId)
                        .count())
                .isZero();
    }

    @Test
    void refusesToRetryAJobThatDoesNotExist() throws Exception {
        mvc.perform(post("/admin/operations/jobs/{id}/retry", "no-such-job")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound());
    }
}
