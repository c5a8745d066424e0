package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.persistence.InboxCriteriaRow;
import cn.laborcase.workflow.persistence.TaskMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox's read model at volume (V10): candidate rows carry the queue state and dates of their task, each branch
 * of the page reads only its first rows, and the count stops at a cap.
 */
@IntegrationTest
class InboxQueuesIT {

    @Autowired
    TaskInbox inbox;

    @Autowired
    TaskMapper mapper;

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

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(jdbc, starter, users);
        grid = fixtures.newGrid("D1");
        assistant = fixtures.newStaff("测试协管丙", Role.GRID_ASSISTANT, "D1", grid, "ASSISTANT");
    }

    @Test
    void candidateRowsFollowTheirTaskFromPoolToHeldToEnded() {
        String instance = fixtures.startReview(grid, "D1");
        String taskId = fixtures.openTask(instance);
        assertThat(states(taskId)).containsOnly("POOL");

        inbox.claim(assistant, taskId);
        assertThat(states(taskId)).containsOnly("HELD");

        inbox.unclaim(assistant, taskId);
        assertThat(states(taskId)).containsOnly("POOL");

        runtimeService.deleteProcessInstance(instance, "测试结束");
        assertThat(states(taskId)).containsOnly("ENDED");
        assertThat(ids(inbox.page(assistant, query(InboxQuery.Filter.ALL, 0, 20))))
                .doesNotContain(taskId);
    }

    @Test
    void aMovedDueDateMovesTheTaskInItsQueue() {
        Instant now = TestClock.get().instant();
        String early = fixtures.openTask(fixtures.startReview(grid, "D1", now.plus(3, ChronoUnit.DAYS)));
        String late = fixtures.openTask(fixtures.startReview(grid, "D1", now.plus(5, ChronoUnit.DAYS)));
        assertThat(ids(inbox.page(assistant, query(InboxQuery.Filter.GROUPS, 0, 20))))
                .containsExactly(early, late);

        Task task = taskService.createTaskQuery().taskId(late).singleResult();
        task.setDueDate(Date.from(now.plus(1, ChronoUnit.DAYS)));
        taskService.saveTask(task);

        assertThat(ids(inbox.page(assistant, query(InboxQuery.Filter.GROUPS, 0, 20))))
                .containsExactly(late, early);
        assertThat(jdbc.queryForObject(
                        "select count(*) from wf_task_candidate c join wf_task t on t.id = c.task_id"
                                + " where c.task_id = ? and c.due_at = t.due_at",
                        Integer.class,
                        late))
                .isEqualTo(1);
    }

    @Test
    void aTaskOfferedToTwoOfHisGroupsIsListedAndCountedOnce() {
        String instance = fixtures.startReview(grid, "D1");
        String taskId = fixtures.openTask(instance);
        String otherGroup = assistant.groups().stream()
                .filter(g -> !fixtures.candidates(taskId).contains(g))
                .findFirst()
                .orElseThrow();
        taskService.addCandidateGroup(taskId, otherGroup);
        try {
            assertThat(fixtures.candidates(taskId)).hasSize(2);

            InboxPage page = inbox.page(assistant, query(InboxQuery.Filter.ALL, 0, 20));

            assertThat(ids(page)).containsOnlyOnce(taskId);
            assertThat(page.total()).isEqualTo(page.tasks().size());
        } finally {
            // the other group is the whole office's: the task must not stay in other tests' inboxes
            runtimeService.deleteProcessInstance(instance, "测试结束");
        }
    }

    @Test
    void pagesMergeHisOwnTasksAndHisGroupsInDueOrder() {
        Instant now = TestClock.get().instant();
        List<String> created = new ArrayList<>();
        for (int day = 1; day <= 6; day++) {
            created.add(fixtures.openTask(fixtures.startReview(grid, "D1", now.plus(day, ChronoUnit.DAYS))));
        }
        // every other one claimed: they now come from his own branch, the rest from the group's queue
        for (int i = 0; i < created.size(); i += 2) {
            inbox.claim(assistant, created.get(i));
        }

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(ids(inbox.page(assistant, query(InboxQuery.Filter.ALL, page, 2))));
        }

        assertThat(paged).containsExactlyElementsOf(created);
        assertThat(ids(inbox.page(assistant, query(InboxQuery.Filter.ALL, 0, 20))))
                .containsExactlyElementsOf(created);
    }

    @Test
    void theCountStopsOneAfterTheCap() {
        for (int i = 0; i < 5; i++) {
            fixtures.startReview(grid, "D1");
        }
        InboxCriteriaRow criteria = new InboxCriteriaRow(
                assistant.username(),
                List.copyOf(assistant.groups()),
                "ALL",
                null,
                "DUE_ASC",
                TestClock.get().instant(),
                0,
                20,
                2);

        assertThat(mapper.count(criteria)).isEqualTo(3);
        assertThat(mapper.count(new InboxCriteriaRow(
                        assistant.username(),
                        List.copyOf(assistant.groups()),
                        "ALL",
                        null,
                        "DUE_ASC",
                        TestClock.get().instant(),
                        0,
                        20,
                        1000)))
                .isEqualTo(5);
    }

    private List<String> states(String taskId) {
        return jdbc.queryForList("select queue_state from wf_task_candidate where task_id = ?", String.class, taskId);
    }

    private static InboxQuery query(InboxQuery.Filter filter, int page, int size) {
        return new InboxQuery(filter, null, InboxQuery.Sort.DUE_ASC, page, size);
    }

    private static List<String> ids(InboxPage page) {
        return page.tasks().stream().map(TaskView::id).toList();
    }
}
