package cn.laborcase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The demo accounts (README passwords) log in only where the {@code demo} profile is active: a server that once got
 * the demo data and then runs for real does not let them in. Built by hand on the real accounts, because the shared
 * test context itself runs with the demo profile.
 */
@IntegrationTest
class DemoAccountsIT {

    @Autowired
    java.time.Clock clock;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusesDemoAccountsWithoutTheDemoProfile() {
        StaffUserDetailsService production = new StaffUserDetailsService(directory, new MockEnvironment(), clock);

        for (String demo : new String[] {"admin", "inspector1", "director"}) {
            assertThatThrownBy(() -> production.loadUserByUsername(demo))
                    .as(demo)
                    .isInstanceOf(UsernameNotFoundException.class);
        }
    }

    @Test
    void refusesDemoAccountsUnderAnotherProfile() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> new StaffUserDetailsService(directory, environment, clock).loadUserByUsername("admin"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void acceptsRealAccountsWithoutTheDemoProfile() {
        String username = TestStaff.uniqueUsername("real");
        TestStaff.insert(jdbc, username, "Real#2026", "D2", "INSPECTOR");

        StaffUserDetailsService production = new StaffUserDetailsService(directory, new MockEnvironment(), clock);

        assertThat(production.loadUserByUsername(username).getUsername()).isEqualTo(username);
    }

    @Test
    void acceptsDemoAccountsWithTheDemoProfile() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("demo");

        StaffPrincipal admin =
                (StaffPrincipal) new StaffUserDetailsService(directory, environment, clock).loadUserByUsername("admin");

        assertThat(admin.user().isAdmin()).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
    }
}
