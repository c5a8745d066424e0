package cn.laborcase.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Intake's numbers on the kernel: the locking way registration uses today and the short step it can move to count on
 * one counter per office and year, and both write 东湖投诉〔2026〕12号.
 */
@IntegrationTest
class ComplaintNumbersIT {

    // a year per test run and test, so the counters start empty whatever ran before
    private static final AtomicInteger YEARS = new AtomicInteger(3000 + (int) (System.nanoTime() % 5000));

    @Autowired
    ComplaintNumbers numbers;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theLockingWayAndTheShortStepShareTheOfficesCounter() {
        int year = YEARS.incrementAndGet();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        Integer locked = tx.execute(s -> {
            int last = numbers.lock("D1", year);
            numbers.advance("D1", year, last + 1);
            return last + 1;
        });
        int next = numbers.next("D1", year);
        Integer lockedAgain = tx.execute(s -> numbers.lock("D1", year) + 1);

        assertThat(locked).isEqualTo(1);
        assertThat(next).isEqualTo(2);
        assertThat(lockedAgain).isEqualTo(3);
    }

    @Test
    void aShortStepTakenInARegistrationThatRollsBackLeavesAGap() {
        int year = YEARS.incrementAndGet();

        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            assertThat(numbers.next("D2", year)).isEqualTo(1);
            s.setRollbackOnly();
        });

        assertThat(numbers.next("D2", year)).isEqualTo(2);
    }

    @Test
    void numbersReadAsTheRegisterWritesThem() {
        assertThat(ComplaintNumbers.format("东湖", ComplaintKind.COMPLAINT, 2026, 12))
                .isEqualTo("东湖投诉〔2026〕12号");
        assertThat(numbers.formatted("东湖", ComplaintKind.REPORT, 2026, 13)).isEqualTo("东湖举报〔2026〕13号");
    }
}
