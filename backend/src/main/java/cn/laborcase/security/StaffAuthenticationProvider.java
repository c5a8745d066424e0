package cn.laborcase.security;

import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.security.persistence.LoginLockRow;
import cn.laborcase.shared.DatabaseOutage;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password, for the login form and HTTP Basic alike.
 *
 * <ol>
 *   <li>A name locked at the caller's address ({@link LoginLocks}) is refused before anything else, the same way
 *       whether the name exists or not.
 *   <li>The password is checked ({@link VerifiedCredentials}: BCrypt once, then a keyed hash for a few minutes).
 *   <li>Only after a right password does the answer say that the account is deactivated or locked by an
 *       administrator: before it, those answers would tell a stranger that the name exists.
 * </ol>
 *
 * A database that cannot be reached is {@link DatabaseUnavailableException} (503), not a failed login.
 */
final class StaffAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final PasswordEncoder encoder;
    private final LoginLocks locks;
    private final OrganizationDirectory accounts;

    StaffAuthenticationProvider(
            UserDetailsService users, PasswordEncoder encoder, LoginLocks locks, OrganizationDirectory accounts) {
        this.locks = locks;
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(StaffAuthenticationProvider::checkAccount);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            String address = LoginLocks.addressOf(authentication);
            LoginLockRow counted = locks.find(authentication.getName(), address).orElse(null);
            if (counted != null && locks.isLocked(counted)) {
                if (!liftedByAdministrator(authentication.getName())) {
                    throw new LockedException("locked at this address until " + counted.lockedUntil());
                }
                locks.recordSuccess(authentication.getName(), address);
                counted = null;
            }
            Authentication authenticated = passwords.authenticate(authentication);
            // a success clears the failures of its address; nearly always there are none, and then nothing is written
            if (counted != null) {
                locks.recordSuccess(authentication.getName(), address);
            }
            return authenticated;
        } catch (RuntimeException e) {
            // Spring wraps a failed user lookup as an authentication failure: it would answer "wrong password"
            if (DatabaseOutage.causedBy(e)) {
                throw new DatabaseUnavailableException(e);
            }
            throw e;
        }
    }

    /** Does this password match this stored hash (the same check, and the same remembered answers, as a login)? */
    boolean passwordMatches(String rawPassword, String storedHash) {
        return rawPassword != null && storedHash != null && encoder.matches(rawPassword, storedHash);
    }

    /** A password was changed: the answers remembered for its old hash are forgotten. */
    void forgetPassword(String oldHash) {
        if (encoder instanceof VerifiedCredentials credentials) {
            credentials.forget(oldHash);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * The administrator's 解除锁定 clears the account's lock flag ({@code staff.locked_until}, set at the fifth failed
     * login from any address): that lifts its locks at every address too. A name that is no account has no flag.
     */
    private boolean liftedByAdministrator(String username) {
        return accounts.findAccount(username).map(a -> a.lockedUntil() == null).orElse(false);
    }

    /**
     * The account's own state, said only after the right password. {@code staff.locked_until} is not checked here:
     * it is the administrator's view of "locked somewhere", and refusing the owner at his own address for a
     * stranger's failures elsewhere is what the lock per address is there to prevent.
     */
    private static void checkAccount(UserDetails user) {
        if (!user.isEnabled()) {
            throw new DisabledException("deactivated");
        }
        if (!user.isAccountNonExpired()) {
            throw new AccountExpiredException("expired");
        }
        if (!user.isCredentialsNonExpired()) {
            throw new CredentialsExpiredException("password expired");
        }
    }
}
