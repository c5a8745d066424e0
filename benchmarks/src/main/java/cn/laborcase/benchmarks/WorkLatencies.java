package cn.laborcase.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs a piece of work on several threads for a while and gives its latency percentiles. */
final class WorkLatencies {

    /** One unit of work; {@code thread} and {@code iteration} let it vary its input. */
    interface Work {
        void run(int thread, long iteration) throws Exception;
    }

    record Result(int threads, long count, double seconds, double p50, double p95, double p99, double max) {

        double perSecond() {
            return count / seconds;
        }

        String line(String name) {
            return String.format(
                    Locale.ROOT,
                    "%-48s %2d threads  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.1f ms  %8.1f/s",
                    name,
                    threads,
                    p50,
                    p95,
                    p99,
                    max,
                    perSecond());
        }
    }

    private WorkLatencies() {}

    static Result measure(Work work, int threads, double seconds) throws InterruptedException {
        List<List<Long>> perThread = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(threads);
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            List<Long> samples = new ArrayList<>();
            perThread.add(samples);
            int thread = t;
            Thread runner = new Thread(() -> {
                try {
                    long i = 0;
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        work.run(thread, i++);
                        samples.add(System.nanoTime() - start);
                    }
                } catch (Throwable e) {
                    errors.add(e);
                } finally {
                    done.countDown();
                }
            });
            runner.setDaemon(true);
            runner.start();
        }
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the work failed", errors.get(0));
        }
        List<Long> all = new ArrayList<>();
        perThread.forEach(all::addAll);
        Collections.sort(all);
        if (all.isEmpty()) {
            return new Result(threads, 0, elapsed, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Result(
                threads,
                all.size(),
                elapsed,
                ms(all, 0.50),
                ms(all, 0.95),
                ms(all, 0.99),
                all.get(all.size() - 1) / 1e6);
    }

    /** The median by p95 of several rounds (the machine may be shared: configurations take turns). */
    static Result median(List<Result> rounds) {
        List<Result> sorted = new ArrayList<>(rounds);
        sorted.sort((a, b) -> Double.compare(a.p95(), b.p95()));
        return sorted.get(sorted.size() / 2);
    }

    private static double ms(List<Long> sorted, double quantile) {
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
