package cn.laborcase.workflow;

import static cn.laborcase.workflow.WorkflowFixtures.CONFIRM;
import static cn.laborcase.workflow.WorkflowFixtures.VERIFY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * employer-registry-review (网格用人单位信息核查) on the real engine: the grid's assistants verify, its inspectors
 * confirm, the review date is stamped on the grid's employers, the process ends at EndEvent_Reviewed.
 */
@IntegrationTest
class EmployerRegistryReviewProcessTest {

    static final String RECORD = "Task_RecordReview";
    static final String END = "EndEvent_Reviewed";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskInbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessStarter starter;

    @Autowired
    UserLookup users;

    WorkflowFixtures fixtures;
    String grid;
    CurrentUser assistant;
    CurrentUser inspector;
    String employer;

    @Autowired
    CaseTimeline timeline;

    Processes processes;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, timeline).start();
        fixtures = new WorkflowFixtures(jdbc, starter, users);
        grid = fixtures.newGrid("D2");
        assistant = fixtures.newStaff("流程协管", Role.GRID_ASSISTANT, "D2", grid, "ASSISTANT");
        inspector = fixtures.newStaff("流程监察员", Role.INSPECTOR, "D2", grid, "INSPECTOR");
        employer = fixtures.newEmployer(grid);
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    @Test
    void reviewedByAssistantThenInspectorStampsTheGridsEmployersAndEnds() {
        ProcessInstance instance = instance(fixtures.startReview(grid, "D2"));

        BpmnAwareTests.assertThat(instance).isStarted().isWaitingAt(VERIFY);
        BpmnAwareTests.assertThat(task(instance))
                .hasCandidateGroup("grid:" + grid + ":assistants")
                .isNotAssigned()
                .hasDueDate(dueOf(instance));
        inbox.complete(assistant, task(instance).getId(), "已核", WorkflowFixtures.verifyValues());

        BpmnAwareTests.assertThat(instance).hasPassed(VERIFY).isWaitingAt(CONFIRM);
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("grid:" + grid + ":inspectors");
        confirm(task(instance).getId());

        BpmnAwareTests.assertThat(instance).hasPassed(CONFIRM).isWaitingAt(RECORD);
        assertThat(checkedOn(employer)).isNull();
        processes.runAsyncSteps(instance.getId());

        BpmnAwareTests.assertThat(instance).hasPassed(RECORD, END).isEnded();
        assertThat(checkedOn(employer)).isEqualTo(TestClock.get().today());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'REGISTRY_REVIEWED' and target_id = ?",
                        Long.class,
                        grid))
                .isEqualTo(1L);
    }

    @Test
    void aReturnedConfirmationSendsTheReviewBackToTheAssistantBeforeItCanEnd() {
        ProcessInstance instance = instance(fixtures.startReview(grid, "D2"));
        inbox.complete(assistant, task(instance).getId(), null, WorkflowFixtures.verifyValues());

        inbox.returnToPrevious(inspector, task(instance).getId(), "请补核新开业单位");

        BpmnAwareTests.assertThat(instance).isWaitingAt(VERIFY);
        BpmnAwareTests.assertThat(task(instance)).isAssignedTo(assistant.username());
        inbox.complete(assistant, task(instance).getId(), "已补核", WorkflowFixtures.verifyValues());
        BpmnAwareTests.assertThat(instance).isWaitingAt(CONFIRM);
        confirm(task(instance).getId());
        processes.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance).hasPassed(END).isEnded();
        assertThat(checkedOn(employer)).isNotNull();
    }

    /** The inspector confirms; the record step after it is asynchronous and waits for the test to run it. */
    private void confirm(String taskId) {
        processes.complete(inspector, taskId, "同意", Map.of("confirmComment", "核查结果属实"));
    }

    private ProcessInstance instance(String id) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private Date dueOf(ProcessInstance instance) {
        return (Date) runtimeService.getVariable(instance.getId(), "dueDate");
    }

    private LocalDate checkedOn(String creditCode) {
        return jdbc.queryForObject(
                "select registry_checked_on from employer where credit_code = ?", LocalDate.class, creditCode);
    }
}
