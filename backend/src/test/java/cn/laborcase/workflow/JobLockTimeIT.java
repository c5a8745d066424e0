package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Jobs held by a node killed with kill -9 run again within a minute: the engine's default lock of 5 minutes kept the
 * 登记表 jobs waiting 5.5 minutes after a restart.
 */
@IntegrationTest
class JobLockTimeIT {

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void aDeadNodesJobsAreTakenAgainWithinAMinute() {
        JobExecutor executor = engine.getJobExecutor();

        // lock expiry, then at most one idle pause of the acquisition before another node looks again
        assertThat(executor.getLockTimeInMillis() + executor.getMaxWait()).isLessThanOrEqualTo(60_000);
        // and not so short that a job (seconds) outlives its lock and runs twice
        assertThat(executor.getLockTimeInMillis()).isGreaterThanOrEqualTo(20_000);
    }
}
