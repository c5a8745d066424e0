package cn.laborcase.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.cases.CaseTimelineEntry;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ListAssert;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * Drives a process in a test the way time and people drive it in production, in one place for every track's process
 * tests:
 *
 * <ul>
 *   <li>{@link #start()} (in {@code @BeforeEach}) pauses the application's job executor, so the test runs the
 *       asynchronous steps itself ({@link #runAsyncSteps}) instead of racing the executor; {@link #close()} (in
 *       {@code @AfterEach}) resumes it and puts the clock back.
 *   <li>time moves with {@link TestClock} (the engine's clock with it): {@link #advance}, then {@link #fireDueTimers};
 *       or {@link #reachTimer} to move to one timer's due time and fire it.
 *   <li>people act through {@link TaskInbox}, as the task pages do ({@link #complete}, {@link #claim}), never through
 *       the engine's {@code TaskService}.
 *   <li>{@link #assertTimeline} reads the case's timeline ({@link CaseTimeline}).
 * </ul>
 */
public final class Processes implements AutoCloseable {

    private static final int MAX_ROUNDS = 50;

    private final ProcessEngine engine;
    private final TaskInbox inbox;
    private final CaseTimeline timeline;
    private boolean paused;

    public Processes(ProcessEngine engine, TaskInbox inbox, CaseTimeline timeline) {
        this.engine = engine;
        this.inbox = inbox;
        this.timeline = timeline;
    }

    /** Pauses the job executor (the test runs the jobs) and initialises camunda-bpm-assert. */
    public Processes start() {
        BpmnAwareTests.init(engine);
        JobExecutor executor = jobExecutor();
        if (executor != null && executor.isActive()) {
            executor.shutdown();
            paused = true;
        }
        return this;
    }

    /** Resumes the job executor and puts the clock back where the run started. */
    @Override
    public void close() {
        TestClock.get().reset();
        BpmnAwareTests.reset();
        if (paused) {
            jobExecutor().start();
            paused = false;
        }
    }

    /** Executes the asynchronous steps (messages) the instance waits at, and those they lead to, until none is left. */
    public void runAsyncSteps(String processInstanceId) {
        runUntilNone(processInstanceId, false);
    }

    /** Moves the clock (and the engine's) forward. */
    public void advance(Duration by) {
        TestClock.get().advance(by);
    }

    /** Fires the instance's timers that are due by the clock, then the asynchronous steps they lead to. */
    public void fireDueTimers(String processInstanceId) {
        runUntilNone(processInstanceId, true);
    }

    /** Moves the clock to the due time of the instance's timer at {@code activityId} (if later) and fires it. */
    public void reachTimer(String processInstanceId, String activityId) {
        Job timer = management()
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(activityId)
                .timers()
                .singleResult();
        assertThat(timer).as("a timer at " + activityId).isNotNull();
        Instant due = timer.getDuedate().toInstant();
        if (due.isAfter(TestClock.get().instant())) {
            TestClock.get().set(due.plusSeconds(1));
        }
        management().executeJob(timer.getId());
        runAsyncSteps(processInstanceId);
    }

    /** The user claims the task, as the inbox's claim button does. */
    public TaskView claim(CurrentUser user, String taskId) {
        return inbox.claim(user, taskId);
    }

    /** The user completes the task through the inbox (the form's values), as the task page does. */
    public TaskView complete(CurrentUser user, String taskId, String comment, Map<String, ?> values) {
        return inbox.complete(user, taskId, comment, values);
    }

    /** The case's timeline, oldest first. */
    public List<CaseTimelineEntry> timeline(CaseRef ref) {
        return timeline.of(ref);
    }

    /** Asserts on the step codes of the case's timeline, oldest first. */
    public ListAssert<String> assertTimeline(CaseRef ref) {
        return assertThat(
                timeline(ref).stream().map(CaseTimelineEntry::stepCode).toList());
    }

    private void runUntilNone(String processInstanceId, boolean timersToo) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            var query = management()
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .executable();
            List<Job> jobs = timersToo ? query.list() : query.messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management().executeJob(job.getId()));
        }
        throw new AssertionError("the jobs of " + processInstanceId + " did not settle in " + MAX_ROUNDS + " rounds");
    }

    private ManagementService management() {
        return engine.getManagementService();
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }
}
