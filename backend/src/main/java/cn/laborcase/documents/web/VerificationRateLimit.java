package cn.laborcase.documents.web;

import cn.laborcase.documents.DocumentSettings;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for the public verification pages: {@code verify-requests-per-minute} tokens,
 * refilled evenly over a minute. It keeps people from enumerating codes (12 characters of base32 are not guessable,
 * but a bucket costs nothing). In memory, so the limit holds per node; behind a load balancer of n nodes a client
 * gets up to n times the rate. The client address is what the servlet container reports (configure
 * {@code server.forward-headers-strategy} behind a proxy).
 */
@Component
class VerificationRateLimit {

    private static final int MAX_CLIENTS = 10_000;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    @Autowired
    VerificationRateLimit(DocumentSettings settings, Clock clock) {
        this(settings.verifyRequestsPerMinute(), clock);
    }

    VerificationRateLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes a token for this client; false when he has none left. */
    boolean tryAcquire(String client) {
        long now = clock.millis();
        if (buckets.size() > MAX_CLIENTS) {
            // forget clients whose bucket has refilled: they lose nothing
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now)).take(now);
    }

    private static final class Bucket {

        private final int capacity;
        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * capacity / 60_000.0);
            updated = now;
        }
    }
}
