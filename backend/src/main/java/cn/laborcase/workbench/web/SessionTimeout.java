package cn.laborcase.workbench.web;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The idle timeout of the current session ({@code server.servlet.session.timeout}, or what was set on the session),
 * for the layout's warning before the session ends: {@code @sessionTimeout.seconds()}. The warning comes
 * {@code laborcase.session.warning-before} (default 3 minutes) before the end, or at half the timeout when that is
 * shorter.
 */
@Component("sessionTimeout")
public class SessionTimeout {

    private final Duration warningBefore;

    SessionTimeout(@Value("${laborcase.session.warning-before:3m}") Duration warningBefore) {
        this.warningBefore = warningBefore;
    }

    /** Seconds of idleness the current session survives; 0 when there is no session or it never times out. */
    public int seconds() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return 0;
        }
        HttpSession session = attributes.getRequest().getSession(false);
        return session == null ? 0 : Math.max(0, session.getMaxInactiveInterval());
    }

    /** How many seconds before the end the warning appears. */
    public long warnBeforeSeconds() {
        int timeout = seconds();
        return Math.min(warningBefore.toSeconds(), timeout / 2);
    }
}
