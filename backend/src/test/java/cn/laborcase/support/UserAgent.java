package cn.laborcase.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client against the running test server: keeps cookies, does not follow redirects (tests check
 * where they point), reads the CSRF token from the pages like a form would. Or, with {@link #basic}, an integration
 * sending HTTP Basic credentials and no cookies.
 */
public final class UserAgent {

    public static final String DEMO_PASSWORD = "Demo@2026";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final String authorization;

    private UserAgent(int port, String authorization) {
        this.base = URI.create("http://127.0.0.1:" + port);
        this.authorization = authorization;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (authorization == null) {
            builder.cookieHandler(cookies);
        }
        this.client = builder.build();
    }

    /** A browser without a session. */
    public static UserAgent browser(int port) {
        return new UserAgent(port, null);
    }

    /** An integration that sends HTTP Basic credentials on every request and keeps no cookies. */
    public static UserAgent basic(int port, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new UserAgent(port, "Basic " + token);
    }

    /** A browser logged in through the login form; fails unless the login was accepted. */
    public static UserAgent loggedIn(int port, String username, String password) {
        UserAgent agent = browser(port);
        HttpResponse<String> response = agent.login(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException(
                    "login of " + username + " refused: " + response.statusCode() + " → " + location);
        }
        return agent;
    }

    /** Fetches the login page for its CSRF token, then posts the form. */
    public HttpResponse<String> login(String username, String password) {
        String token = csrfToken("/login");
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    /** Logs out the way the page header's button does. */
    public HttpResponse<String> logout() {
        return postForm("/logout", Map.of("_csrf", csrfToken("/login")));
    }

    /** The CSRF token of the form on this page. */
    public String csrfToken(String page) {
        HttpResponse<String> response = get(page);
        Matcher m = CSRF.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page + " (" + response.statusCode() + ")");
        }
        return m.group(1);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path).headers(headers).GET().build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = new LinkedHashMap<>(fields)
                .entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** @param headers extra header names and values, alternating */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** Replaces the session cookie, e.g. by one the server never issued. */
    public void setSessionCookie(String value) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().get(base).stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** The path (and query) a redirect points to. */
    public static String location(HttpResponse<?> response) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode()));
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A download (an export): the body as bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
