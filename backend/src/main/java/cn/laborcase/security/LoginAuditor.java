package cn.laborcase.security;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.organization.OrganizationDirectory;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Audits every login and failed login, counts failures and locks the account after too many (default 5, 15 min). */
@Component
class LoginAuditor {

    static final String TARGET = "STAFF";

    private final OrganizationDirectory directory;
    private final AuditJournal audit;
    private final SecurityProperties properties;
    private final Clock clock = Clock.systemUTC();

    LoginAuditor(OrganizationDirectory directory, AuditJournal audit, SecurityProperties properties) {
        this.directory = directory;
        this.audit = audit;
        this.properties = properties;
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        directory.recordLogin(username, Instant.now(clock));
        audit.recordAs(username, "LOGIN", TARGET, username, "登录成功", null, null);
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String reason = event.getException().getClass().getSimpleName();
        audit.recordAs(username, "LOGIN_FAILED", TARGET, username, "登录失败（" + reason + "）", null, null);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            Instant until = Instant.now(clock).plus(properties.lockDuration());
            if (directory.recordFailedLogin(username, properties.maxFailedLogins(), until)) {
                audit.recordAs(
                        username,
                        "ACCOUNT_LOCKED",
                        TARGET,
                        username,
                        "连续 " + properties.maxFailedLogins() + " 次登录失败，账户锁定至 " + until,
                        null,
                        null);
            }
        }
    }

    @EventListener
    @Transactional
    void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAs(username, "LOGOUT", TARGET, username, "退出登录", null, null);
    }
}
