package cn.laborcase.support;

import cn.laborcase.shared.BeijingTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock in tests: it ticks like the real one, from a starting instant that a run may choose, and a
 * test may move it. The engine's clock ({@link ClockUtil}) moves with it, so that timers and job due dates agree with
 * the services.
 *
 * <p>A run chooses its start with {@code -Dlaborcase.test.now=2026-10-03T00:05+08:00} (or the environment variable
 * {@code LABORCASE_TEST_NOW}): every test then runs as if started at that instant — the way to find tests that take a
 * wall-clock time of day (docs/operations.md, "the clock sweep").
 */
public final class TestClock extends Clock {

    /** Fixed once per run, so that {@link #reset()} returns to the run's timeline and time keeps going forward. */
    private static final Duration START_OFFSET = initialOffset();

    private static final TestClock INSTANCE = new TestClock();

    private volatile Duration offset;

    private TestClock() {
        this.offset = START_OFFSET;
        syncEngine();
    }

    public static TestClock get() {
        return INSTANCE;
    }

    /** The instant a run was asked to start at, if any. */
    static Duration initialOffset() {
        String start = System.getProperty("laborcase.test.now", System.getenv("LABORCASE_TEST_NOW"));
        if (start == null || start.isBlank()) {
            return Duration.ZERO;
        }
        return Duration.between(
                Instant.now(), OffsetDateTime.parse(start.trim()).toInstant());
    }

    @Override
    public ZoneId getZone() {
        return BeijingTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Today in Beijing by this clock. */
    public LocalDate today() {
        return BeijingTime.today(this);
    }

    /** An instant of today (Beijing) at the given time that is not in the future: yesterday's if today's is. */
    public Instant latestPast(LocalTime time) {
        Instant at = BeijingTime.at(today(), time);
        return at.isAfter(instant()) ? BeijingTime.at(today().minusDays(1), time) : at;
    }

    /** Moves the clock (and the engine's) forward or back. */
    public void advance(Duration by) {
        offset = offset.plus(by);
        syncEngine();
    }

    /** Sets the clock to tick on from {@code instant}. */
    public void set(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
        syncEngine();
    }

    /** Back to where the run started (after a test that moved time). */
    public void reset() {
        offset = START_OFFSET;
        syncEngine();
    }

    private void syncEngine() {
        if (offset.isZero()) {
            ClockUtil.reset();
        } else {
            ClockUtil.offset(offset.toMillis());
        }
    }
}
