package cn.laborcase.supervision;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/** Runs {@link OverdueNotices#scan()} every {@code laborcase.overdue.scan-interval} on its own thread. */
@Component
class OverdueWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OverdueWatch.class);

    private final OverdueNotices notices;
    private final OverdueSettings settings;
    private final Clock clock;
    private volatile ThreadPoolTaskScheduler scheduler;

    OverdueWatch(OverdueNotices notices, OverdueSettings settings, Clock clock) {
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    void scanQuietly() {
        try {
            int announced = notices.scan();
            if (announced > 0) {
                log.info("overdue notices sent for {} items", announced);
            }
        } catch (RuntimeException e) {
            // the next run tries again; nothing was announced for an item whose transaction failed
            log.warn("overdue scan failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null || !settings.enabled()) {
            return;
        }
        ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
        started.setPoolSize(1);
        started.setThreadNamePrefix("overdue-watch-");
        started.setWaitForTasksToCompleteOnShutdown(true);
        started.setAwaitTerminationSeconds(30);
        started.initialize();
        started.scheduleWithFixedDelay(
                this::scanQuietly, Instant.now(clock).plus(settings.initialDelay()), settings.scanInterval());
        scheduler = started;
    }

    @Override
    public synchronized void stop() {
        ThreadPoolTaskScheduler running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
