package cn.laborcase.security;

import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.shared.DatabaseOutage;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains.
 *
 * <ul>
 *   <li>Machine endpoints ({@code /api/**}, the actuator, the OpenAPI document): HTTP Basic for integrations, or the
 *       session of a person already logged in; never a new session; 401/403 as problem JSON. CSRF is checked only
 *       when the request carries a live session cookie, i.e. when a browser's ambient credential could be abused;
 *       Basic requests from integrations carry none.
 *   <li>Everything else: form login with CSRF for people, session timeout ({@code server.servlet.session.timeout}),
 *       the role's home page after login, {@code /login?expired} for a dead session.
 * </ul>
 *
 * The Camunda REST API and webapps are not on the classpath at all; {@code /admin/operations} replaces them.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    // /verify: anyone holding a document checks it there, without an account (documents module, rate-limited)
    private static final String[] PUBLIC = {
        "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/verify", "/verify/**", "/public/**"
    };
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** The OpenAPI document and its UI describe every endpoint: administrators only (issue 9 item 5). */
    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**"};

    private static final String[] SWAGGER_UI = {"/swagger-ui.html", "/swagger-ui/**"};

    /** A browser with a live session could be lured into an unsafe request: only then is a CSRF token needed. */
    private static final RequestMatcher SESSION_COOKIE_AND_UNSAFE =
            request -> !SAFE_METHODS.contains(request.getMethod())
                    && request.getRequestedSessionId() != null
                    && request.isRequestedSessionIdValid();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The only authentication provider (form login and HTTP Basic): lock per address, then the password. */
    @Bean
    StaffAuthenticationProvider staffAuthentication(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginLocks locks,
            OrganizationDirectory accounts,
            SecurityProperties properties,
            Clock clock) {
        return new StaffAuthenticationProvider(
                users,
                new VerifiedCredentials(passwordEncoder, properties.credentialCacheTtl(), clock),
                locks,
                accounts);
    }

    @Bean
    @Order(1)
    SecurityFilterChain integrationChain(HttpSecurity http, ObjectMapper json, SessionRevalidation revalidation)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            if (e instanceof DatabaseUnavailableException) {
                response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
                write(response, json, HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", DatabaseOutage.MESSAGE);
                return;
            }
            if (!isHtmx(request)) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"laborcase\", charset=\"UTF-8\"");
            }
            write(response, json, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", messageOf(e));
        };
        AccessDeniedHandler forbidden = (request, response, e) -> {
            if (e instanceof CsrfException) {
                write(response, json, HttpStatus.FORBIDDEN, "CSRF", "页面已过期或请求来源不明，请刷新页面后重试");
            } else {
                write(response, json, HttpStatus.FORBIDDEN, "FORBIDDEN", "您没有办理此事项的权限");
            }
        };
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers(API_DOCS)
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .headers(SecurityHeaders::apply)
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                // read a person's session if there is one, but never create one: integrations stay stateless
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(c -> c.requireCsrfProtectionMatcher(SESSION_COOKIE_AND_UNSAFE))
                .addFilterBefore(revalidation, AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain peopleChain(HttpSecurity http, SessionRevalidation revalidation) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(SWAGGER_UI)
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .headers(SecurityHeaders::apply)
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(new RoleHomeSuccessHandler())
                        .failureHandler(loginFailure())
                        .permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(loginPage("/login")))
                .requestCache(c -> c.requestCache(pagesOnly()))
                .logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.invalidSessionStrategy(expiredSession("/login?expired")))
                .addFilterBefore(revalidation, AuthorizationFilter.class);
        return http.build();
    }

    /** {@link SessionRevalidation} runs inside the two chains only, not as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<SessionRevalidation> sessionRevalidationOutsideTheChains(SessionRevalidation filter) {
        FilterRegistrationBean<SessionRevalidation> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * After login: the page the user asked for before being sent to the login page, otherwise the home page of his
     * role ({@link CurrentUser#home()}).
     */
    static final class RoleHomeSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

        @Override
        protected String determineTargetUrl(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
            return authentication.getPrincipal() instanceof StaffPrincipal principal
                    ? principal.user().home()
                    : "/";
        }
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, e) -> {
            if (e instanceof DatabaseUnavailableException) {
                // the error page for 503 (ErrorPageController): the login itself was not refused
                response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
                return;
            }
            String reason =
                    e instanceof LockedException ? "locked" : e instanceof DisabledException ? "disabled" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    /**
     * Remembers the page a person asked for before logging in, to send him there afterwards; never a fragment that
     * htmx or a script fetched (it would show as a bare piece of a page).
     */
    private static RequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && !isHtmx(request)
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                && !request.getRequestURI().endsWith("/favicon.ico")
                && acceptsHtml(request.getHeader("Accept")));
        return cache;
    }

    private static boolean acceptsHtml(String accept) {
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    /** htmx would swap the login page into a fragment; it follows {@code HX-Redirect} with a full page load. */
    private static AuthenticationEntryPoint loginPage(String url) {
        LoginUrlAuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint(url);
        return (request, response, e) -> {
            if (isHtmx(request)) {
                htmxRedirect(request, response, url);
            } else {
                page.commence(request, response, e);
            }
        };
    }

    /** A request whose session timed out (or never existed on this server) goes to the login page, saying why. */
    private static InvalidSessionStrategy expiredSession(String url) {
        return (request, response) -> {
            // a fresh session for the login page's CSRF token; the dead id would otherwise trigger this again
            request.getSession(true);
            if (isHtmx(request)) {
                htmxRedirect(request, response, url);
            } else {
                response.sendRedirect(request.getContextPath() + url);
            }
        };
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    private static void htmxRedirect(HttpServletRequest request, HttpServletResponse response, String url) {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("HX-Redirect", request.getContextPath() + url);
    }

    private static String messageOf(Exception e) {
        if (e instanceof LockedException) {
            return "账户因连续登录失败已被锁定，请稍后再试";
        }
        if (e instanceof DisabledException) {
            return "账户已停用，请联系管理员";
        }
        return "请先登录（用户名或密码错误，或未提供）";
    }

    private static void write(
            HttpServletResponse response, ObjectMapper json, HttpStatus status, String code, String msg)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, msg);
        problem.setType(URI.create("urn:laborcase:problem:" + code));
        problem.setTitle(
                switch (status) {
                    case UNAUTHORIZED -> "请先登录";
                    case SERVICE_UNAVAILABLE -> "系统暂不可用";
                    default -> "无权操作";
                });
        problem.setProperties(Map.of("code", code));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
