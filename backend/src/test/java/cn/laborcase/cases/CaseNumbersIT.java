package cn.laborcase.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The case-number service on the real database: unique under concurrency, gaps only where allowed, no long lock. */
@IntegrationTest
class CaseNumbersIT {

    private static final AtomicInteger SERIES = new AtomicInteger();

    @Autowired
    CaseNumbers numbers;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void numbersTakenAtOnceByManyClientsAreUniqueAndConsecutive() throws Exception {
        String series = series();
        int clients = 6;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        Set<Integer> taken = ConcurrentHashMap.newKeySet();
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            runs.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    assertThat(taken.add(numbers.next(series, "D1", 2026))).isTrue();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(taken).hasSize(clients * each).allMatch(n -> n >= 1 && n <= clients * each);
    }

    @Test
    void aNumberTakenInItsOwnStepIsNotHeldByTheCallersTransactionAndStaysUsedOnRollback() throws Exception {
        String series = series();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(numbers.next(series, "D1", 2026)).isEqualTo(1);
            // another client is not blocked by this open transaction
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                assertThat(other.submit(() -> numbers.next(series, "D1", 2026)).get(10, TimeUnit.SECONDS))
                        .isEqualTo(2);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                other.shutdown();
            }
            status.setRollbackOnly();
        });

        assertThat(numbers.next(series, "D1", 2026))
                .as("a registration number may have a gap")
                .isEqualTo(3);
    }

    @Test
    void aGapFreeNumberIsGivenBackWhenTheCallersTransactionRollsBack() {
        String series = series();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            assertThat(numbers.nextGapFree(series, "A1", 2026)).isEqualTo(1);
            status.setRollbackOnly();
        });
        Integer kept = tx.execute(status -> numbers.nextGapFree(series, "A1", 2026));
        Integer next = tx.execute(status -> numbers.nextGapFree(series, "A1", 2026));

        assertThat(kept).isEqualTo(1);
        assertThat(next).isEqualTo(2);
    }

    @Test
    void aGapFreeNumberNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> numbers.nextGapFree(series(), "A1", 2026))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void countersAreKeptPerSeriesOfficeAndYear() {
        String series = series();
        assertThat(numbers.next(series, "D1", 2026)).isEqualTo(1);
        assertThat(numbers.next(series, "D2", 2026)).isEqualTo(1);
        assertThat(numbers.next(series, "D1", 2027)).isEqualTo(1);
        assertThat(numbers.next(series + "X", "D1", 2026)).isEqualTo(1);
        assertThat(numbers.next(series, "D1", 2026)).isEqualTo(2);
    }

    @Test
    void theSeriesPatternWritesTheNumber() {
        assertThat(numbers.format(CaseNumbers.COMPLAINT_SERIES, "东湖", 2026, 12, Map.of("kind", "投诉")))
                .isEqualTo("东湖投诉〔2026〕12号");
        assertThat(CaseNumbers.render("{office}劳人仲案字〔{year}〕第{seq}号", "东湖", 2026, 7, Map.of()))
                .isEqualTo("东湖劳人仲案字〔2026〕第7号");
        assertThatThrownBy(() -> numbers.format("NO_SUCH_SERIES", "东湖", 2026, 1, Map.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String series() {
        return "T" + (System.nanoTime() % 100_000_000L) + "_" + SERIES.incrementAndGet();
    }
}
