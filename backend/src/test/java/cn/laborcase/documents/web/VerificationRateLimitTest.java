package cn.laborcase.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerificationRateLimitTest {

    MutableClock clock = new MutableClock();
    VerificationRateLimit limit = new VerificationRateLimit(30, clock);

    @Test
    void allowsThirtyAMinutePerClientThenRefillsEvenly() {
        for (int i = 0; i < 30; i++) {
            assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        }
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2")).isTrue();

        clock.advance(Duration.ofSeconds(2));
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();

        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 30; i++) {
            assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        }
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
    }

    static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-03-05T01:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
