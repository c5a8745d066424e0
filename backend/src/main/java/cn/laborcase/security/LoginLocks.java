package cn.laborcase.security;

import cn.laborcase.security.persistence.LoginLockMapper;
import cn.laborcase.security.persistence.LoginLockRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lockout per account name <em>and</em> source address. Counted for any name typed, existing or not, so that the
 * answers (wrong password, locked) are the same for both and do not tell a stranger which names exist; and locked
 * only at the address the failures came from, so that a stranger who does not know the password locks himself out,
 * not the colleague whose name he typed.
 */
@Component
class LoginLocks {

    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 64;

    private final LoginLockMapper locks;
    private final SecurityProperties properties;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    LoginLocks(LoginLockMapper locks, SecurityProperties properties, Clock clock, PlatformTransactionManager tx) {
        this.locks = locks;
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(tx);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The failures counted for this name at this address: none for nearly every request. */
    Optional<LoginLockRow> find(String username, String address) {
        return locks.find(name(username), address(address));
    }

    boolean isLocked(LoginLockRow row) {
        return row.lockedUntil() != null && row.lockedUntil().isAfter(Instant.now(clock));
    }

    /**
     * Counts a failed login; at the configured number the name is locked at this address.
     *
     * @return the end of the lock when this failure locked it
     */
    Optional<Instant> recordFailure(String username, String address) {
        String name = name(username);
        String from = address(address);
        Instant now = Instant.now(clock);
        Instant until = now.plus(properties.lockDuration());
        // its own transaction: a lost race on the first insert must not roll back the audit entry of the failure
        return ownTransaction.execute(status -> {
            if (locks.increment(name, from, now) == 0) {
                try {
                    locks.insertFirst(name, from, now);
                } catch (DuplicateKeyException raced) {
                    // the same name failed at the same address at the same moment: that one counted
                    status.setRollbackOnly();
                    return Optional.<Instant>empty();
                }
            }
            if (locks.lockIfReached(name, from, properties.maxFailedLogins(), until) == 1) {
                // a day of quiet clears a name's row: names typed once and never again do not pile up
                locks.deleteStale(now.minus(Duration.ofDays(1)), now);
                return Optional.of(until);
            }
            return Optional.<Instant>empty();
        });
    }

    /** A successful login clears the failures counted at its address. */
    void recordSuccess(String username, String address) {
        locks.clear(name(username), address(address));
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    private static String name(String username) {
        String name = username == null ? "" : username;
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String address(String address) {
        String from = address == null || address.isBlank() ? "unknown" : address;
        return from.length() > MAX_ADDRESS ? from.substring(0, MAX_ADDRESS) : from;
    }
}
