package cn.laborcase.security;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.organization.OrganizationDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits every login (form), every failed login (form or HTTP Basic) and every logout; counts failures and locks the
 * name at the address they came from after too many (default 5 for 15 minutes, {@link SecurityProperties},
 * {@link LoginLocks}). An integration's HTTP Basic request authenticates anew each time: that clears the failures
 * at its address but is not journalled as a login, or the journal would hold one line per API call; its last login
 * time is written at most once a minute, not on every call.
 */
@Component
class LoginAuditor {

    static final String TARGET = "STAFF";
    private static final Logger log = LoggerFactory.getLogger(LoginAuditor.class);
    private static final Duration RECORD_LOGIN_EVERY = Duration.ofMinutes(1);

    private final OrganizationDirectory directory;
    private final AuditJournal audit;
    private final SecurityProperties properties;
    private final Clock clock;
    private final LoginLocks locks;
    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    LoginAuditor(
            OrganizationDirectory directory,
            AuditJournal audit,
            SecurityProperties properties,
            Clock clock,
            LoginLocks locks) {
        this.clock = clock;
        this.locks = locks;
        this.directory = directory;
        this.audit = audit;
        this.properties = properties;
    }

    /** No transaction of its own: for an API call nothing is written here, at most once a minute the last login. */
    @EventListener
    void onAuthenticated(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        Instant now = Instant.now(clock);
        Instant last = lastRecorded.get(username);
        if (last == null || !last.plus(RECORD_LOGIN_EVERY).isAfter(now) || last.isAfter(now)) {
            lastRecorded.put(username, now);
            directory.recordLogin(username, now);
        }
    }

    @EventListener
    @Transactional
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        directory.recordLogin(username, Instant.now(clock));
        audit.recordAs(username, "LOGIN", TARGET, username, "登录成功", null, null);
    }

    /**
     * Not one transaction: a database that cannot be reached must be recognised before a transaction asks it for a
     * connection; the journal entry and the failure count each commit on their own.
     */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        if (event.getException() instanceof DatabaseUnavailableException) {
            // nothing can be journalled without the database; the log keeps the trace, and it was not a bad login
            log.warn("login of {} not checked: database unreachable", username);
            return;
        }
        audit.recordAs(username, "LOGIN_FAILED", TARGET, username, "登录失败：" + reason(event.getException()), null, null);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            countWrongPassword(username, LoginLocks.addressOf(event.getAuthentication()));
        }
    }

    /**
     * A wrong password, at login or when a logged-in user confirms his current password (修改密码): counted alike,
     * so that a session left open does not let anyone guess the password without the lock a login would meet.
     */
    void countWrongPassword(String username, String address) {
        // the administrator's view (人员管理 shows "已锁定" and offers 解除锁定): failures from any address; it locks
        // nobody by itself (StaffAuthenticationProvider)
        directory.recordFailedLogin(
                username, properties.maxFailedLogins(), Instant.now(clock).plus(properties.lockDuration()));
        locks.recordFailure(username, address)
                .ifPresent(until -> audit.recordAs(
                        username,
                        "ACCOUNT_LOCKED",
                        TARGET,
                        username,
                        "自地址 " + address + " 连续 " + properties.maxFailedLogins() + " 次密码错误，该账户在此地址锁定至 " + until,
                        null,
                        null));
    }

    @EventListener
    @Transactional
    void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAs(username, "LOGOUT", TARGET, username, "退出登录", null, null);
    }

    private static String reason(AuthenticationException e) {
        if (e instanceof BadCredentialsException) {
            return "用户名或密码错误";
        }
        if (e instanceof LockedException) {
            return "账户已锁定";
        }
        if (e instanceof DisabledException) {
            return "账户已停用";
        }
        return e.getClass().getSimpleName();
    }
}
