package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two people of the same candidate group act on the same task at the same moment, each in his own transaction: the
 * guarded update on {@code wf_task} lets exactly one win; the other gets a 409 naming the winner. Repeated, because
 * one round may not overlap.
 */
@IntegrationTest
class ConcurrentTaskActionsIT {

    static final int ROUNDS = 8;

    @Autowired
    TaskInbox inbox;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessStarter starter;

    @Autowired
    UserLookup users;

    WorkflowFixtures fixtures;
    String grid;
    CurrentUser first;
    CurrentUser second;
    ExecutorService threads;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(jdbc, starter, users);
        grid = fixtures.newGrid("D1");
        first = fixtures.newStaff("并发甲", Role.GRID_ASSISTANT, "D1", grid, "ASSISTANT");
        second = fixtures.newStaff("并发乙", Role.GRID_ASSISTANT, "D1", grid, "ASSISTANT");
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void ofTwoSimultaneousClaimsExactlyOneWins() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String taskId = fixtures.openTask(fixtures.startReview(grid, "D1"));

            List<Outcome> outcomes = race(taskId, (user, id) -> inbox.claim(user, id));

            Outcome winner = single(outcomes, true);
            Outcome loser = single(outcomes, false);
            assertThat(loser.error)
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("任务「核查网格用人单位信息」已由 " + winner.user.displayName() + " 签收办理");
            assertThat(fixtures.row(taskId)).containsEntry("assignee", winner.user.username());
            assertThat(taskService
                            .createTaskQuery()
                            .taskId(taskId)
                            .singleResult()
                            .getAssignee())
                    .isEqualTo(winner.user.username());
            assertThat(fixtures.auditActions(taskId)).containsExactly("TASK_CLAIMED");
        }
    }

    @Test
    void ofTwoSimultaneousCompletionsExactlyOneWins() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String processInstanceId = fixtures.startReview(grid, "D1");
            String taskId = fixtures.openTask(processInstanceId);

            List<Outcome> outcomes =
                    race(taskId, (user, id) -> inbox.complete(user, id, null, WorkflowFixtures.verifyValues()));

            Outcome winner = single(outcomes, true);
            Outcome loser = single(outcomes, false);
            assertThat(loser.error).isInstanceOf(ConflictException.class);
            assertThat(((ConflictException) loser.error).code()).isIn("TASK_ENDED", "TASK_TAKEN");
            assertThat(fixtures.row(taskId))
                    .containsEntry("status", "COMPLETED")
                    .containsEntry("ended_by", winner.user.username());
            // exactly one next step, in our index and in the engine
            assertThat(jdbc.queryForObject(
                            "select count(*) from wf_task where process_instance_id = ? and status = 'OPEN'",
                            Long.class,
                            processInstanceId))
                    .isEqualTo(1L);
            assertThat(taskService
                            .createTaskQuery()
                            .processInstanceId(processInstanceId)
                            .list())
                    .singleElement()
                    .satisfies(t -> assertThat(t.getTaskDefinitionKey()).isEqualTo(WorkflowFixtures.CONFIRM));
            assertThat(fixtures.auditActions(taskId)).containsExactly("TASK_COMPLETED");
        }
    }

    private List<Outcome> race(String taskId, BiFunction<CurrentUser, String, TaskView> action) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (CurrentUser user : List.of(first, second)) {
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    action.apply(user, taskId);
                    return new Outcome(user, null);
                } catch (RuntimeException e) {
                    return new Outcome(user, e);
                }
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static Outcome single(List<Outcome> outcomes, boolean succeeded) {
        List<Outcome> matching =
                outcomes.stream().filter(o -> (o.error == null) == succeeded).toList();
        assertThat(matching)
                .as(succeeded ? "exactly one winner" : "exactly one loser: " + outcomes)
                .hasSize(1);
        return matching.get(0);
    }

    private record Outcome(CurrentUser user, RuntimeException error) {}
}
