package cn.laborcase.security;

import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.StaffAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff from our tables. Demo accounts (README passwords) exist only for the demo profile. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final OrganizationDirectory directory;
    private final boolean demoProfile;
    private final Clock clock;

    StaffUserDetailsService(OrganizationDirectory directory, Environment environment, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.demoProfile = Arrays.asList(environment.getActiveProfiles()).contains("demo");
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = directory
                .findAccount(username)
                .filter(a -> demoProfile || !a.demo())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new StaffPrincipal(account, Instant.now(clock));
    }
}
