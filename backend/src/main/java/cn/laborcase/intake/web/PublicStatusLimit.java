package cn.laborcase.intake.web;

import cn.laborcase.intake.IntakeSettings;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How many status lookups one address may make per minute (a fixed window per minute). Without a login, the only
 * thing that stops someone from trying number/phone pairs is this limit. It is kept per node: with several nodes an
 * address gets the limit once per node, which still makes guessing useless.
 */
@Component
class PublicStatusLimit {

    private static final int MAX_TRACKED = 10_000;

    private final int perMinute;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    @Autowired
    PublicStatusLimit(IntakeSettings settings, Clock clock) {
        this(settings.publicStatusLookupsPerMinute(), clock);
    }

    PublicStatusLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts a lookup from the address; false once it made {@code perMinute} in the current minute. */
    boolean tryAcquire(String address) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.minute() != minute);
        }
        Window window = windows.merge(
                address, new Window(minute, 1), (old, one) -> old.minute() == minute ? old.plusOne() : one);
        return window.count() <= perMinute;
    }

    /** Forgets every address (tests). */
    void reset() {
        windows.clear();
    }

    private record Window(long minute, int count) {

        Window plusOne() {
            return new Window(minute, count + 1);
        }
    }
}
