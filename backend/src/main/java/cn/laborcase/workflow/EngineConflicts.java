package cn.laborcase.workflow;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a step that drives the engine in a transaction of its own and, when the engine's optimistic lock refuses it
 * because an asynchronous job of the same process instance changed the instance at the same instant (a document step
 * finishing beside a leader's decision), runs it again in a new transaction. The second attempt sees the other's
 * change: when that other was a person deciding the same task, it now gets the step's own 409 (the task ended), and
 * when it was a background job, the step simply goes through — the user never sees "please retry" for work nobody
 * else did. Camunda's documentation recommends exactly this for {@link OptimisticLockingException}.
 *
 * <p>Inside a transaction already running (a module's service that locked its own row first) it cannot start over and
 * runs the step once: that caller's transaction is the one to retry.
 */
@Component
public class EngineConflicts {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(EngineConflicts.class);

    private final TransactionTemplate transaction;

    EngineConflicts(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The step's result, after at most {@value #ATTEMPTS} attempts each in a new transaction. */
    public <T> T retrying(String what, Supplier<T> step) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return step.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> step.get());
            } catch (OptimisticLockingException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.info("{}: the engine's optimistic lock refused attempt {}, running it again", what, attempt);
            }
        }
    }

    /** {@link #retrying} for a step without a result. */
    public void retryingStep(String what, Runnable step) {
        retrying(what, () -> {
            step.run();
            return null;
        });
    }
}
