package cn.laborcase.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login lockout: {@code laborcase.security.*} in application.yml.
 *
 * @param maxFailedLogins consecutive failed logins that lock an account
 * @param lockDuration how long a locked account stays locked
 */
@ConfigurationProperties("laborcase.security")
public record SecurityProperties(int maxFailedLogins, Duration lockDuration) {

    public SecurityProperties {
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }

    /** The lock duration as the login page states it. */
    public long lockMinutes() {
        return Math.max(1, lockDuration.toMinutes());
    }
}
