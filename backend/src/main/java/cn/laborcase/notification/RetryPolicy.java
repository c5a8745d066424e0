package cn.laborcase.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a message whose send failed is tried again: after the n-th failed attempt wait {@code delays[n-1]} (the last
 * delay repeats), and give up after {@code maxAttempts}. An SMTP server that is down for a night is outlasted with
 * the defaults (30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 2 h ... ten attempts ≈ 10 hours).
 */
record RetryPolicy(int maxAttempts, List<Duration> delays) {

    RetryPolicy {
        if (maxAttempts <= 0 || delays.isEmpty()) {
            throw new IllegalArgumentException("at least one attempt and one delay");
        }
        delays = List.copyOf(delays);
    }

    /** After {@code attempts} failed attempts (counting the one that just failed): give up? */
    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    Instant nextAttempt(int attempts, Instant failedAt) {
        int index = Math.min(Math.max(attempts, 1), delays.size()) - 1;
        return failedAt.plus(delays.get(index));
    }
}
