package cn.laborcase.security;

import cn.laborcase.organization.OrganizationDirectory;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Another staff member as a {@link CurrentUser}, e.g. the colleague a task is transferred to. */
@Service
public class UserLookup {

    private final OrganizationDirectory directory;

    UserLookup(OrganizationDirectory directory) {
        this.directory = directory;
    }

    /** An active staff member with this username. */
    public Optional<CurrentUser> findActive(String username) {
        return directory.findAccount(username).filter(a -> a.active()).map(StaffPrincipal::toCurrentUser);
    }
}
