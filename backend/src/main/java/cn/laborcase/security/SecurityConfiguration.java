package cn.laborcase.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
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
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Two filter chains: HTTP Basic without session (and so without CSRF exposure) for integrations on {@code /api/**}
 * and the actuator; form login with CSRF and a session timeout for people everywhere else. The Camunda REST API and
 * webapps are not on the classpath at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC = {"/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain integrationChain(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"laborcase\", charset=\"UTF-8\"");
            write(response, json, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", messageOf(e));
        };
        AccessDeniedHandler forbidden =
                (request, response, e) -> write(response, json, HttpStatus.FORBIDDEN, "FORBIDDEN", "您没有办理此事项的权限");
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless: no cookie carries the authentication, so there is nothing for CSRF to forge
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain peopleChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(loginFailure())
                        .permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired"));
        return http.build();
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, e) -> {
            String reason =
                    e instanceof LockedException ? "locked" : e instanceof DisabledException ? "disabled" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
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
        problem.setTitle(status == HttpStatus.UNAUTHORIZED ? "请先登录" : "无权操作");
        problem.setProperties(Map.of("code", code));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
