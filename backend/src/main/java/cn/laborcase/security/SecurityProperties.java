package cn.laborcase.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login lockout: {@code laborcase.security.*} in application.yml.
 *
 * @param maxFailedLogins consecutive failed logins that lock an account
 * @param lockDuration how long a locked account stays locked (at the address the failures came from)
 * @param credentialCacheTtl how long a password once checked with BCrypt is accepted by a keyed hash instead (HTTP
 *     Basic integrations send it on every request); 0 turns that off
 */
@ConfigurationProperties("laborcase.security")
public record SecurityProperties(int maxFailedLogins, Duration lockDuration, Duration credentialCacheTtl) {

    public SecurityProperties {
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        credentialCacheTtl = credentialCacheTtl == null ? Duration.ofMinutes(5) : credentialCacheTtl;
    }

    /** The lock duration as the login page states it. */
    public long lockMinutes() {
        return Math.max(1, lockDuration.toMinutes());
    }
}
