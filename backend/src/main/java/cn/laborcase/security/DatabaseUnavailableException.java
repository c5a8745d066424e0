package cn.laborcase.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The credentials could not be checked because the database cannot be reached: answered 503 with Retry-After, never
 * 401 "wrong password" (an integration would take that for a rejected password and stop, or count it as a failure).
 */
final class DatabaseUnavailableException extends AuthenticationServiceException {

    DatabaseUnavailableException(Throwable cause) {
        super("database unreachable", cause);
    }
}
