package cn.laborcase.workflow;

import static cn.laborcase.workflow.WorkflowFixtures.CONFIRM;
import static cn.laborcase.workflow.WorkflowFixtures.VERIFY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class TaskInboxIT {

    @Autowired
    TaskInbox inbox;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessStarter starter;

    @Autowired
    UserLookup users;

    WorkflowFixtures fixtures;
    String grid;
    CurrentUser assistant;
    CurrentUser otherAssistant;
    CurrentUser inspector;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(jdbc, starter, users);
        grid = fixtures.newGrid("D1");
        assistant = fixtures.newStaff("测试协管甲", Role.GRID_ASSISTANT, "D1", grid, "ASSISTANT");
        otherAssistant = fixtures.newStaff("测试协管乙", Role.GRID_ASSISTANT, "D1", grid, "ASSISTANT");
        inspector = fixtures.newStaff("测试监察员", Role.INSPECTOR, "D1", grid, "INSPECTOR");
    }

    @Autowired
    private List<TaskFormOptions> formOptions;

    @Test
    void everyTaskDependentSelectOfTheProjectsFormsHasItsSource() throws java.io.IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Set<String> keys = new java.util.TreeSet<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(TaskFormTest.FORMS)) {
            for (java.nio.file.Path file :
                    files.filter(p -> p.toString().endsWith(".form")).toList()) {
                new CamundaFormParser(json)
                        .parse(json.readTree(file.toFile())).fields().stream()
                                .map(FormField::valuesKey)
                                .filter(java.util.Objects::nonNull)
                                .forEach(keys::add);
            }
        }
        assertThat(keys).isNotEmpty();
        assertThat(formOptions).extracting(TaskFormOptions::valuesKey).containsAll(keys);
    }

    @Test
    void claimAssignsTheTaskInIndexAndEngineAndAudits() {
        String taskId = fixtures.openTask(fixtures.startReview(grid, "D1"));

        TaskView claimed = inbox.claim(assistant, taskId);

        assertThat(claimed.assignee()).isEqualTo(assistant.username());
        assertThat(claimed.assigneeName()).isEqualTo("测试协管甲");
        assertThat(fixtures.row(taskId)).containsEntry("assignee", assistant.username());
        assertThat(engineTask(taskId).getAssignee()).isEqualTo(assistant.username());
        assertThat(fixtures.auditActions(taskId)).containsExactly("TASK_CLAIMED");
        assertThat(jdbc.queryForObject(
                        "select actor from audit_entry where target_id = ? and action = 'TASK_CLAIMED'",
                        String.class,
                        taskId))
                .isEqualTo(assistant.username());
    }

    @Test
    void unclaimPutsTheTaskBackToTheGroup() {
        String taskId = fixtures.openTask(fixtures.startReview(grid, "D1"));
        inbox.claim(assistant, taskId);

        TaskView unclaimed = inbox.unclaim(assistant, taskId);

        assertThat(unclaimed.assignee()).isNull();
        assertThat(fixtures.row(taskId).get("assignee")).isNull();
        assertThat(engineTask(taskId).getAssignee()).isNull();
        assertThat(inbox.page(otherAssistant, new InboxQuery(InboxQuery.Filter.GROUPS, null, null, 0, 100))
                        .tasks())
                .extracting(TaskView::id)
                .contains(taskId);
        assertThat(fixtures.auditActions(taskId)).containsExactly("TASK_CLAIMED", "TASK_UNCLAIMED");
    }

    @Test
    void refusesUnclaimBySomeoneWhoDoesNotHoldTheTask() {
        String taskId = fixtures.openTask(fixtures.startReview(grid, "D1"));
        inbox.claim(assistant, taskId);

        assertThatThrownBy(() -> inbox.unclaim(otherAssistant, taskId))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("不在您名下");
    }

    @Test
    void completeKeepsOnlyDeclaredFormValuesAndOpensTheInspectorsStep() {
        String processInstanceId = fixtures.startReview(grid, "D1");
        String taskId = fixtures.openTask(processInstanceId);
        Map<String, Object> values = new HashMap<>(WorkflowFixtures.verifyValues());
        values.put("smuggled", "不应成为流程变量");

        TaskView done = inbox.complete(assistant, taskId, "已逐户核对", values);

        assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
        Map<String, Object> row = fixtures.row(taskId);
        assertThat(row)
                .containsEntry("status", "COMPLETED")
                .containsEntry("ended_by", assistant.username())
                .containsEntry("end_comment", "已逐户核对");
        assertThat(runtimeService.getVariables(processInstanceId))
                .containsEntry("checkedCount", 7L)
                .containsEntry("changedCount", 1L)
                .containsEntry("verifyComment", "新增 1 户")
                .doesNotContainKey("smuggled");

        String next = fixtures.openTask(processInstanceId);
        assertThat(fixtures.row(next)).containsEntry("task_definition_key", CONFIRM);
        assertThat(fixtures.row(next).get("assignee")).isNull();
        assertThat(fixtures.candidates(next)).containsExactly("grid:" + grid + ":inspectors");
        assertThat(taskService.getIdentityLinksForTask(next))
                .extracting(IdentityLink::getGroupId)
                .containsExactly("grid:" + grid + ":inspectors");
        assertThat(fixtures.auditActions(taskId)).containsExactly("TASK_COMPLETED");
        // the journal reads as a clerk would say it: labels, not variable names
        assertThat(jdbc.queryForObject(
                        "select after_state from audit_entry where target_type = 'TASK' and target_id = ?",
                        String.class,
                        taskId))
                .contains("已核查单位数：7")
                .contains("核查意见：新增 1 户")
                .doesNotContain("checkedCount")
                .doesNotContain("smuggled");
    }

    @Test
    void refusesCompletionWithInvalidFormValuesAndWritesNothing() {
        String processInstanceId = fixtures.startReview(grid, "D1");
        String taskId = fixtures.openTask(processInstanceId);

        assertThatThrownBy(() ->
                        inbox.complete(assistant, taskId, null, Map.of("changedCount", "-1", "verifyComment", "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("variables.checkedCount", "请填写「已核查单位数」"),
                                org.assertj.core.groups.Tuple.tuple("variables.changedCount", "「信息有变化的单位数」不能小于 0")));
        assertThatThrownBy(
                        () -> inbox.complete(assistant, taskId, null, Map.of("checkedCount", "七", "changedCount", 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::message)
                        .containsExactly("「已核查单位数」须为数字"));

        assertThat(fixtures.row(taskId)).containsEntry("status", "OPEN");
        assertThat(fixtures.row(taskId).get("assignee")).isNull();
        assertThat(engineTask(taskId).getAssignee()).isNull();
        assertThat(fixtures.auditActions(taskId)).isEmpty();
    }

    @Test
    void transferHandsTheTaskToAColleagueWithTheReasonAsNote() {
        String taskId = fixtures.openTask(fixtures.startReview(grid, "D1"));
        inbox.claim(assistant, taskId);

        TaskView transferred = inbox.transfer(assistant, taskId, otherAssistant.username(), "本人外出培训");

        assertThat(transferred.assignee()).isEqualTo(otherAssistant.username());
        assertThat(fixtures.row(taskId))
                .containsEntry("assignee", otherAssistant.username())
                .containsEntry("note", "测试协管甲 转办：本人外出培训");
        assertThat(engineTask(taskId).getAssignee()).isEqualTo(otherAssistant.username());
        assertThat(fixtures.auditActions(taskId)).containsExactly("TASK_CLAIMED", "TASK_TRANSFERRED");
    }

    @Test
    void transferToAnOfficeColleagueOutsideTheCandidateGroupsIsAllowed() {
        String taskId = fixtures.openTask(fixtures.startReview(grid, "D1"));
        CurrentUser clerk = fixtures.user("clerk1");

        inbox.transfer(assistant, taskId, clerk.username(), "转窗口补录");

        assertThat(engineTask(taskId).getAssignee()).isEqualTo("clerk1");
        assertThat(inbox.canWork(clerk, inbox.get(clerk, taskId))).isTrue();
    }

    @Test
    void refusesTransferToSomeoneOutsideTheTasksScope() {
        String taskId = fixtures.openTask(fixtures.startReview(grid, "D1"));

        assertThatThrownBy(() -> inbox.transfer(assistant, taskId, "inspector4", "请协助"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("assignee", "NotEligible")));
        assertThatThrownBy(() -> inbox.transfer(assistant, taskId, "nobody-" + WorkflowFixtures.unique(), "请协助"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code)
                        .containsExactly("UnknownStaff"));
        assertThat(fixtures.row(taskId).get("assignee")).isNull();
        assertThat(fixtures.auditActions(taskId)).isEmpty();
    }

    @Test
    void refusesTransferAndReturnWithoutReason() {
        String processInstanceId = fixtures.startReview(grid, "D1");
        String verify = fixtures.openTask(processInstanceId);

        assertThatThrownBy(() -> inbox.transfer(assistant, verify, otherAssistant.username(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "请填写转办理由")));

        inbox.complete(assistant, verify, null, WorkflowFixtures.verifyValues());
        String confirm = fixtures.openTask(processInstanceId);
        assertThatThrownBy(() -> inbox.returnToPrevious(inspector, confirm, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "请填写退回理由")));
        assertThat(fixtures.row(confirm)).containsEntry("status", "OPEN");
    }

    @Test
    void returnReopensThePreviousStepForWhoeverCompletedItWithTheReason() {
        String processInstanceId = fixtures.startReview(grid, "D1");
        String verify = fixtures.openTask(processInstanceId);
        inbox.complete(assistant, verify, "核查完毕", WorkflowFixtures.verifyValues());
        String confirm = fixtures.openTask(processInstanceId);
        inbox.claim(inspector, confirm);

        TaskView reopened = inbox.returnToPrevious(inspector, confirm, "漏核 2 户，请补充");

        assertThat(fixtures.row(confirm))
                .containsEntry("status", "RETURNED")
                .containsEntry("ended_by", inspector.username())
                .containsEntry("end_comment", "漏核 2 户，请补充");
        String again = fixtures.openTask(processInstanceId);
        assertThat(reopened.id()).isEqualTo(again);
        assertThat(fixtures.row(again))
                .containsEntry("task_definition_key", VERIFY)
                .containsEntry("assignee", assistant.username())
                .containsEntry("note", "测试监察员 退回：漏核 2 户，请补充");
        assertThat(engineTask(again).getAssignee()).isEqualTo(assistant.username());
        assertThat(engineTask(again).getTaskDefinitionKey()).isEqualTo(VERIFY);
        assertThat(fixtures.auditActions(confirm)).containsExactly("TASK_CLAIMED", "TASK_RETURNED");

        // the reopened step is the first step again: nothing before it to return to
        assertThat(inbox.detail(assistant, again).actions()).doesNotContain(TaskAction.RETURN);
        assertThatThrownBy(() -> inbox.returnToPrevious(assistant, again, "退回"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("NO_PREVIOUS_STEP"));

        // once redone, the confirmation can be returned to the redone step
        inbox.complete(assistant, again, "已补充", WorkflowFixtures.verifyValues());
        String confirmAgain = fixtures.openTask(processInstanceId);
        TaskDetail detail = inbox.detail(inspector, confirmAgain);
        assertThat(detail.previousStep()).isEqualTo("核查网格用人单位信息");
        assertThat(detail.formValues()).containsKey("confirmComment");
        assertThat(detail.history())
                .extracting(TaskView::status)
                .containsExactly(TaskStatus.COMPLETED, TaskStatus.RETURNED, TaskStatus.COMPLETED, TaskStatus.OPEN);
        assertThat(detail.history().get(1).endedByName()).isEqualTo("测试监察员");
    }

    @Test
    void refusesReturnOnTheFirstStep() {
        String verify = fixtures.openTask(fixtures.startReview(grid, "D1"));

        assertThatThrownBy(() -> inbox.returnToPrevious(assistant, verify, "无"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("NO_PREVIOUS_STEP"));
        assertThat(fixtures.row(verify)).containsEntry("status", "OPEN");
    }

    @Test
    void refusesActionsOnAnEndedTask() {
        String verify = fixtures.openTask(fixtures.startReview(grid, "D1"));
        inbox.complete(assistant, verify, null, WorkflowFixtures.verifyValues());

        assertThatThrownBy(() -> inbox.claim(assistant, verify))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("TASK_ENDED"));
        assertThatThrownBy(() -> inbox.complete(assistant, verify, null, WorkflowFixtures.verifyValues()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("TASK_ENDED"));
    }

    @Test
    void detailOffersTheFormAndTheColleaguesTheTaskCanGoTo() {
        String verify = fixtures.openTask(fixtures.startReview(grid, "D1"));

        TaskDetail detail = inbox.detail(assistant, verify);

        assertThat(detail.actions())
                .containsExactlyInAnyOrder(TaskAction.CLAIM, TaskAction.COMPLETE, TaskAction.TRANSFER);
        assertThat(detail.form().id()).isEqualTo("employer-registry-verify");
        assertThat(detail.form().inputs())
                .extracting(FormField::key, FormField::required)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("checkedCount", true),
                        org.assertj.core.groups.Tuple.tuple("changedCount", true),
                        org.assertj.core.groups.Tuple.tuple("verifyComment", false));
        List<String> colleagues =
                detail.colleagues().stream().map(Colleague::username).toList();
        assertThat(colleagues)
                .contains(otherAssistant.username(), "clerk1", "inspector1", "leader1")
                .doesNotContain(assistant.username(), "inspector4", "assistant4");

        TaskDetail forInspector = inbox.detail(inspector, verify);
        assertThat(forInspector.actions()).isEmpty();
        assertThat(forInspector.form()).isNull();
    }

    @Test
    void everyListedColleagueIsAcceptedAsTransferTarget() {
        String processInstanceId = fixtures.startReview(grid, "D1");
        String verify = fixtures.openTask(processInstanceId);
        List<Colleague> colleagues = inbox.transferCandidates(assistant, verify);

        for (Colleague colleague : colleagues) {
            String taskId = fixtures.openTask(fixtures.startReview(grid, "D1"));
            inbox.transfer(assistant, taskId, colleague.username(), "核对转办范围");
            assertThat(engineTask(taskId).getAssignee()).isEqualTo(colleague.username());
        }
        assertThat(colleagues).hasSizeGreaterThan(3);
    }

    private Task engineTask(String id) {
        return taskService.createTaskQuery().taskId(id).singleResult();
    }
}
