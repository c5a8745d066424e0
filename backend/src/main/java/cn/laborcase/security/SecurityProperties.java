package cn.laborcase.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins consecutive failed logins that lock an account
 * @param lockDuration how long a locked account stays locked
 */
@ConfigurationProperties("laborcase.security")
record SecurityProperties(int maxFailedLogins, Duration lockDuration) {

    SecurityProperties {
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }
}
