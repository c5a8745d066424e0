package cn.laborcase.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs an operation on N threads for a while and summarises what each call took: throughput, p50, p95. */
final class Latencies {

    /** One operation of one client; the client is made once per thread (e.g. logged in once). */
    interface Operation {
        void run() throws Exception;
    }

    record Result(String name, int clients, int calls, int errors, double seconds, double p50, double p95) {

        double perSecond() {
            return calls / seconds;
        }

        String line() {
            return String.format(
                    Locale.ROOT, "| %s | %d | %.1f | %.1f | %.0f | %d |", name, clients, p50, p95, perSecond(), errors);
        }
    }

    static Result measure(String name, int clients, double seconds, IntFunction<Operation> client) throws Exception {
        List<Operation> operations = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            operations.add(client.apply(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        long[] window = new long[1];
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (Operation op : operations) {
                Callable<long[]> task = () -> {
                    start.await();
                    List<Long> took = new ArrayList<>();
                    long errors = 0;
                    long end = window[0];
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            op.run();
                            took.add(System.nanoTime() - t);
                        } catch (Exception e) {
                            errors++;
                        }
                    }
                    long[] out = new long[took.size() + 1];
                    out[0] = errors;
                    for (int i = 0; i < took.size(); i++) {
                        out[i + 1] = took.get(i);
                    }
                    return out;
                };
                futures.add(pool.submit(task));
            }
            long began = System.nanoTime();
            window[0] = began + (long) (seconds * 1e9);
            start.countDown();
            List<Long> all = new ArrayList<>();
            int errors = 0;
            for (Future<long[]> f : futures) {
                long[] r = f.get();
                errors += (int) r[0];
                for (int i = 1; i < r.length; i++) {
                    all.add(r[i]);
                }
            }
            double elapsed = (System.nanoTime() - began) / 1e9;
            Collections.sort(all);
            return new Result(name, clients, all.size(), errors, elapsed, pct(all, 0.50), pct(all, 0.95));
        } finally {
            pool.shutdownNow();
        }
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    private Latencies() {}
}
