package cn.laborcase.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The current request's user, for controllers and services that act on his behalf. */
@Component
public class CurrentUsers {

    /** The logged-in staff member; fails if there is none (every page but the login page requires one). */
    public CurrentUser require() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated staff member"));
    }

    public Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }
}
