package cn.laborcase.security;

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
    private final LoginLocks locks;

    StaffAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginLocks locks) {
        this.locks = locks;
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
                throw new LockedException("locked at this address until " + counted.lockedUntil());
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

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static void checkAccount(UserDetails user) {
        if (!user.isAccountNonLocked()) {
            throw new LockedException("locked by the administrator");
        }
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
