package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.support.IntegrationTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step refused by the engine's optimistic lock (a job of the same instance finished at the same instant) runs again
 * in a new transaction; inside a caller's transaction it runs once and the refusal goes to that caller.
 */
@IntegrationTest
class EngineConflictsIT {

    @Autowired
    EngineConflicts conflicts;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aStepRefusedOnceRunsAgainInANewTransaction() {
        AtomicInteger attempts = new AtomicInteger();
        String result = conflicts.retrying("test", () -> {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive())
                    .isTrue();
            if (attempts.incrementAndGet() == 1) {
                throw new OptimisticLockingException("a job changed the execution");
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aStepRefusedEveryTimeGivesUpAfterThreeAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> conflicts.retrying("test", () -> {
                    attempts.incrementAndGet();
                    throw new OptimisticLockingException("always");
                }))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(attempts).hasValue(EngineConflicts.ATTEMPTS);
    }

    @Test
    void insideACallersTransactionTheStepRunsOnce() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> new TransactionTemplate(transactions)
                        .executeWithoutResult(status -> conflicts.retrying("test", () -> {
                            attempts.incrementAndGet();
                            throw new OptimisticLockingException("the caller retries");
                        })))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(attempts).hasValue(1);
    }
}
