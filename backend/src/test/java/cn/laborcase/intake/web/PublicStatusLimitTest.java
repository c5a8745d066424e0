package cn.laborcase.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicStatusLimitTest {

    @Test
    void allowsTheConfiguredNumberPerMinuteAndAddress() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:05Z"));
        PublicStatusLimit limit = new PublicStatusLimit(3, clock);

        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2")).isTrue();

        clock.now = Instant.parse("2026-03-02T02:01:00Z");
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
    }

    static final class MutableClock extends Clock {

        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
