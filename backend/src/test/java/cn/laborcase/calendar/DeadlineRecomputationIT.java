package cn.laborcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Deadlines drive the engine: a user task's due date and its reminder and breach timers follow a stored deadline,
 * checked in the engine's own tables (ACT_RU_TASK, ACT_RU_JOB) and in the inbox's wf_task. Uses years no other test
 * loads (2031 is loaded here; 2033 stays unloaded).
 */
@IntegrationTest
@RecordApplicationEvents
class DeadlineRecomputationIT {

    private static final String PROCESS = "calendar-deadline-test";
    private static final Set<String> ELEMENTS = Set.of("Task_Review", "Timer_Remind", "Timer_Breach");

    @Autowired
    Deadlines deadlines;

    @Autowired
    CalendarAdministration administration;

    @Autowired
    ProcessStarter processes;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void deployTestProcess() {
        repository
                .createDeployment()
                .name(PROCESS)
                .addClasspathResource("calendar/deadline-timer-test.bpmn")
                .enableDuplicateFiltering(true)
                .deploy();
    }

    @Test
    void loadingTheYearClearsTheProvisionalFlagAndMovesTaskDueDateAndTimers() {
        DeadlineView deadline = deadlines.open(new OpenDeadline(
                "INTAKE_ACCEPTANCE", LocalDate.parse("2031-09-30"), new DeadlineOwner("TEST_COMPLAINT", unique())));
        // 2031 not loaded: weekends only, Oct 1-7 count as working days
        assertThat(deadline.dueDate()).isEqualTo("2031-10-07");
        assertThat(deadline.provisional()).isTrue();
        String instance = startProcessFor(deadline);
        deadlines.link(deadline.id(), instance, ELEMENTS);
        String taskId = taskId(instance);

        assertThat(engineTaskDue(instance)).isEqualTo("2031-10-07T15:59:59Z");
        assertThat(inboxTaskDue(taskId)).isEqualTo("2031-10-07T15:59:59Z");
        assertThat(timerDue(instance, "Timer_Remind")).isEqualTo("2031-10-06T01:00:00Z");
        assertThat(timerDue(instance, "Timer_Breach")).isEqualTo("2031-10-07T16:00:00Z");

        YearChange change = administration.loadYear(2031, schedule2031());

        DeadlineView after = deadlines.get(deadline.id());
        // National Day Oct 1-7 off; Oct 8, 9, 10, the make-up Saturday Oct 11, then Monday Oct 13
        assertThat(after.dueDate()).isEqualTo("2031-10-13");
        assertThat(after.provisional()).isFalse();
        assertThat(change.recomputedDeadlines()).isPositive();
        assertThat(change.movedTasks()).isPositive();
        assertThat(engineTaskDue(instance)).isEqualTo("2031-10-13T15:59:59Z");
        assertThat(inboxTaskDue(taskId)).isEqualTo("2031-10-13T15:59:59Z");
        // reminder: one working day before Monday Oct 13 is the make-up Saturday Oct 11, 09:00 Beijing time
        assertThat(timerDue(instance, "Timer_Remind")).isEqualTo("2031-10-11T01:00:00Z");
        assertThat(timerDue(instance, "Timer_Breach")).isEqualTo("2031-10-13T16:00:00Z");
        assertThat(events.stream(DeadlinesRecomputed.class))
                .anySatisfy(e -> assertThat(e.movedTasks()).anySatisfy(t -> {
                    assertThat(t.taskId()).isEqualTo(taskId);
                    assertThat(t.oldDueDate()).isEqualTo("2031-10-07");
                    assertThat(t.newDueDate()).isEqualTo("2031-10-13");
                }));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'TASK_DUE_MOVED' and target_id = ?",
                        Long.class,
                        taskId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'CALENDAR_YEAR_LOADED' and target_id = '2031'",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void pausingSuspendsTheTimersAndClearsTheTaskDueDateAndResumingMovesThemByThePausedDays() {
        DeadlineView deadline = deadlines.open(new OpenDeadline(
                "ARBITRATION_AWARD", LocalDate.parse("2033-03-01"), new DeadlineOwner("TEST_ARBITRATION", unique())));
        assertThat(deadline.dueDate()).isEqualTo("2033-04-15");
        String instance = startProcessFor(deadline);
        DeadlineView linked = deadlines.link(deadline.id(), instance, ELEMENTS);
        String taskId = taskId(instance);

        DeadlineView paused =
                deadlines.pause(deadline.id(), linked.version(), LocalDate.parse("2033-03-10"), "等待工伤认定结论");

        assertThat(paused.status()).isEqualTo(DeadlineStatus.PAUSED);
        assertThat(paused.dueDate()).isNull();
        assertThat(timerSuspended(instance, "Timer_Breach")).isTrue();
        assertThat(timerSuspended(instance, "Timer_Remind")).isTrue();
        assertThat(engineTaskDue(instance)).isNull();
        assertThat(inboxTaskDue(taskId)).isNull();

        DeadlineView resumed = deadlines.resume(deadline.id(), paused.version(), LocalDate.parse("2033-03-17"));

        assertThat(resumed.dueDate()).isEqualTo("2033-04-22");
        assertThat(timerSuspended(instance, "Timer_Breach")).isFalse();
        assertThat(timerDue(instance, "Timer_Breach")).isEqualTo("2033-04-22T16:00:00Z");
        assertThat(engineTaskDue(instance)).isEqualTo("2033-04-22T15:59:59Z");
        assertThat(inboxTaskDue(taskId)).isEqualTo("2033-04-22T15:59:59Z");
    }

    @Test
    void theCalendarBeanComputesDueDatesForProcesses() {
        assertThat(deadlines.reminderPolicy().escalationGroup("D1")).isEqualTo("office:D1:leaders");
        DeadlineView deadline = deadlines.open(new OpenDeadline(
                "INTAKE_ACCEPTANCE", LocalDate.parse("2026-09-30"), new DeadlineOwner("TEST_COMPLAINT", unique())));

        assertThat(deadlines.dueAt(deadline.id())).isEqualTo("2026-10-13T15:59:59Z");
        assertThat(deadlines.reminderAt(deadline.id())).isEqualTo("2026-10-12T01:00:00Z");
        assertThat(deadlines.breachAt(deadline.id())).isEqualTo("2026-10-13T16:00:00Z");
    }

    private String startProcessFor(DeadlineView deadline) {
        return processes.start(
                PROCESS,
                "TEST-" + deadline.id(),
                new CaseContext("期限测试 " + deadline.id(), "D1", null),
                Map.of("deadlineId", deadline.id().value()));
    }

    private String taskId(String instance) {
        return jdbc.queryForObject(
                "select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ? and TASK_DEF_KEY_ = 'Task_Review'",
                String.class,
                instance);
    }

    private Instant engineTaskDue(String instance) {
        return instant(jdbc.queryForObject(
                "select DUE_DATE_ from ACT_RU_TASK where PROC_INST_ID_ = ? and TASK_DEF_KEY_ = 'Task_Review'",
                Timestamp.class,
                instance));
    }

    private Instant inboxTaskDue(String taskId) {
        return instant(jdbc.queryForObject("select due_at from wf_task where id = ?", Timestamp.class, taskId));
    }

    private Instant timerDue(String instance, String activityId) {
        return instant(jdbc.queryForObject(
                "select j.DUEDATE_ from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_"
                        + " where j.PROCESS_INSTANCE_ID_ = ? and d.ACT_ID_ = ?",
                Timestamp.class,
                instance,
                activityId));
    }

    private boolean timerSuspended(String instance, String activityId) {
        return jdbc.queryForObject(
                        "select j.SUSPENSION_STATE_ from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_"
                                + " where j.PROCESS_INSTANCE_ID_ = ? and d.ACT_ID_ = ?",
                        Integer.class,
                        instance,
                        activityId)
                == 2;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }

    /** A test schedule for 2031 (not an official notice): National Day Oct 1-7, make-up Saturdays around it. */
    private static byte[] schedule2031() {
        StringBuilder csv = new StringBuilder("date,kind,name,source\n");
        csv.append("2031-01-01,OFF,元旦,测试通知〔2031〕1号\n");
        csv.append("2031-09-27,WORKING,国庆节调休上班,测试通知〔2031〕1号\n");
        for (int day = 1; day <= 7; day++) {
            csv.append("2031-10-0").append(day).append(",OFF,国庆节,测试通知〔2031〕1号\n");
        }
        csv.append("2031-10-11,WORKING,国庆节调休上班,测试通知〔2031〕1号\n");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
