package cn.laborcase.patrol.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.TaskInbox;
import java.time.Instant;
import java.util.TimeZone;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly patrol draw fires on the 1st at 08:00 Beijing time whatever the JVM's time zone: with the JVM in New
 * York (five hours behind UTC in winter, four in summer), the timer of a fresh deployment is due at 08:00 Beijing on the
 * next 1st, and after it fired (engine clock moved there) the next one is due at 08:00 Beijing on the 1st after, across
 * New York's change to summer time.
 */
@IntegrationTest
class PatrolPlanTimerProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline timeline;

    @Autowired
    RepositoryService repository;

    @Autowired
    ManagementService management;

    Processes processes;
    TimeZone jvmZone;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, timeline).start();
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    }

    @AfterEach
    void tearDown() {
        TimeZone.setDefault(jvmZone);
        processes.close();
    }

    @Test
    void theMonthlyDrawIsDueAt0800BeijingTimeOnThe1stWhateverTheJvmZone() {
        // 2027-02-15 08:00 Beijing
        TestClock.get().set(Instant.parse("2027-02-15T00:00:00Z"));
        repository
                .createDeployment()
                .name("patrol-plan-timer-test")
                .addClasspathResource("processes/patrol-plan.bpmn")
                .deploy();

        Job timer = monthlyTimer();
        // 2027-03-01 08:00 Beijing = 00:00 UTC (a cron read in New York time would be 13:00 UTC)
        assertThat(timer.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));

        TestClock.get().set(timer.getDuedate().toInstant().plusSeconds(1));
        management.executeJob(timer.getId());

        // New York moved to summer time on 2027-03-14; Beijing did not: still 00:00 UTC
        assertThat(monthlyTimer().getDuedate().toInstant()).isEqualTo(Instant.parse("2027-04-01T00:00:00Z"));
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(PatrolPlanProcess.KEY)
                        .startedAfter(java.util.Date.from(Instant.parse("2027-02-28T00:00:00Z")))
                        .finished()
                        .count())
                .as("the draw ran and ended")
                .isOne();
    }

    private Job monthlyTimer() {
        return management
                .createJobQuery()
                .processDefinitionKey(PatrolPlanProcess.KEY)
                .timers()
                .singleResult();
    }
}
