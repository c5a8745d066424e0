package cn.laborcase.calendar;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is recorded as having made a change: the logged-in user, or "system" (job executor, startup). */
final class Actor {

    private Actor() {}

    static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
