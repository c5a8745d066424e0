package cn.laborcase.benchmarks;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client logged in once with the login form (a session cookie) and holding the session's CSRF token for
 * unsafe requests: what a browser does, and what the benchmarks use so that HTTP Basic's BCrypt check per request
 * does not dominate their figures.
 */
final class SessionClient {

    static final String DEMO_PASSWORD = "Demo@2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private final String csrf;

    SessionClient(int port, String username) {
        this.base = "http://127.0.0.1:" + port;
        try {
            String token = csrf("/login");
            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                                    + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 302
                    || login.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("login of " + username + " failed: " + login.statusCode());
            }
            this.csrf = csrf("/complaints");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String csrf(String path) throws Exception {
        Matcher m = CSRF.matcher(get(path).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return m.group(1);
    }
}
