package cn.laborcase.supervision;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.overdue}: how often the overdue scan runs and whether it runs on this node (every node may run it:
 * the marker's key keeps the notices exactly once).
 */
@ConfigurationProperties("laborcase.overdue")
record OverdueSettings(Boolean enabled, Duration scanInterval, Duration initialDelay) {

    OverdueSettings {
        enabled = enabled == null || enabled;
        scanInterval = scanInterval == null ? Duration.ofMinutes(5) : scanInterval;
        initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
    }
}
