package cn.laborcase.shared;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Every service takes "now" from this bean, never from {@code Instant.now()} or a
 * {@code Clock.system…()} of its own, so that tests can move time (and the engine's clock with it) instead of pushing
 * due dates a year ahead, and so that a test's "today" is never a wall-clock time of day.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.system(BeijingTime.ZONE);
    }
}
