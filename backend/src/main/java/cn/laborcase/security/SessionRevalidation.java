package cn.laborcase.security;

import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.StaffAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a person's sessions when his password changed or was reset, or his account was deactivated, after the session
 * began: on a request of such a session (checked at most once per {@code laborcase.security.session-recheck}, 15
 * seconds by default, per session) the session is invalidated and the person sent to {@code /login?revoked}. It reads
 * the account from the database, so it holds on every node of a cluster without a session registry. The session in
 * which the person changed his own password is renewed with the new password's stamp ({@link #renew}), so it stays.
 */
@Component
public class SessionRevalidation extends OncePerRequestFilter {

    static final String CHECKED_AT = SessionRevalidation.class.getName() + ".checkedAt";
    static final String REVOKED_URL = "/login?revoked";

    private static final Logger log = LoggerFactory.getLogger(SessionRevalidation.class);

    private final OrganizationDirectory directory;
    private final Clock clock;
    private final Duration interval;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionRevalidation(
            OrganizationDirectory directory,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${laborcase.security.session-recheck:PT15S}")
                    Duration interval) {
        this.directory = directory;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && authentication != null
                && authentication.getPrincipal() instanceof StaffPrincipal principal
                && due(session)) {
            Optional<StaffAccount> account;
            try {
                account = directory.findAccount(principal.getUsername());
            } catch (DataAccessException | TransactionException e) {
                // the database is down: the request goes on and gets the outage answer (503) where it needs the
                // database; the session is checked again at its next request
                chain.doFilter(request, response);
                return;
            }
            boolean valid = account.filter(StaffAccount::active)
                    .map(a -> StaffPrincipal.stampOf(a.passwordHash()).equals(principal.credentialStamp()))
                    .orElse(false);
            if (!valid) {
                log.info("session of {} ended: password changed or account deactivated", principal.getUsername());
                session.invalidate();
                SecurityContextHolder.clearContext();
                revoked(request, response);
                return;
            }
            session.setAttribute(CHECKED_AT, clock.instant());
        }
        chain.doFilter(request, response);
    }

    /**
     * Puts a fresh principal of the account, with its current password stamp, into the request's session: called
     * after the person changed his own password in it.
     */
    public void renew(String username, HttpServletRequest request, HttpServletResponse response) {
        directory.findAccount(username).ifPresent(account -> {
            StaffPrincipal principal = new StaffPrincipal(account, clock.instant());
            principal.eraseCredentials();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(CHECKED_AT, clock.instant());
            }
        });
    }

    private boolean due(HttpSession session) {
        Object last = session.getAttribute(CHECKED_AT);
        return !(last instanceof Instant at) || !at.plus(interval).isAfter(clock.instant());
    }

    private static void revoked(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String url = request.getContextPath() + REVOKED_URL;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write("{\"type\":\"urn:laborcase:problem:SESSION_REVOKED\",\"title\":\"请重新登录\",\"status\":401,"
                            + "\"code\":\"SESSION_REVOKED\",\"detail\":\"密码已修改或账户已停用，请重新登录\"}");
        } else if ("true".equals(request.getHeader("HX-Request"))) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("HX-Redirect", url);
        } else {
            request.getSession(true); // a fresh session for the login page's CSRF token
            response.sendRedirect(url);
        }
    }
}
