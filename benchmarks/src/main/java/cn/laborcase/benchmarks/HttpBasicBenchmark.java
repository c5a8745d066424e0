package cn.laborcase.benchmarks;

import cn.laborcase.LaborCaseApplication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What HTTP Basic costs against a session (issue 8: BCrypt on every Basic request made the same {@code GET
 * /api/tasks} 27× slower than with a session). Starts the application (demo data, its own database
 * {@code laborcase_bench_http} on the server of {@code LABORCASE_DB_URL}, made afresh), then lets several clients
 * call {@code GET /api/tasks} as inspector1 with a session cookie and with HTTP Basic, taking turns in rounds; then
 * starts it again with the credential cache off ({@code laborcase.security.credential-cache-ttl=0}, BCrypt on every
 * request, as before) for the baseline. Prints p50/p95 and the ratios; asserts nothing.
 *
 * <p>Arguments: threads (default 2), seconds per measurement (default 20).
 */
public final class HttpBasicBenchmark {

    static final String DATABASE = "laborcase_bench_http";
    private static final String USER = "inspector1";
    private static final String PASSWORD = "Demo@2026";
    private static final int ROUNDS = 3;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        InboxBenchDatabase server = InboxBenchDatabase.fromEnvironment();
        server.drop(DATABASE);
        String url = server.ensure(DATABASE);
        System.out.printf(
                Locale.ROOT,
                "JVM %s, %d cores, %d client threads, %d s per measurement, load average %s%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                threads,
                seconds,
                InboxBenchmark.loadAverage());

        List<WorkLatencies.Result> cached;
        try (ConfigurableApplicationContext app = start(url, server, "5m")) {
            String base = "http://localhost:"
                    + ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> cookies = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                cookies.add(login(http, base));
            }
            WorkLatencies.Work session = (thread, i) -> call(http, base, "Cookie", cookies.get(thread));
            WorkLatencies.Work basic = (thread, i) -> call(http, base, "Authorization", basicHeader());
            cached = compare(List.of(session, basic), threads, seconds);
        }
        WorkLatencies.Result bcrypt;
        try (ConfigurableApplicationContext app = start(url, server, "0s")) {
            String base = "http://localhost:"
                    + ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            WorkLatencies.Work basic = (thread, i) -> call(http, base, "Authorization", basicHeader());
            bcrypt = compare(List.of(basic), threads, seconds).get(0);
        }

        WorkLatencies.Result session = cached.get(0);
        WorkLatencies.Result basic = cached.get(1);
        System.out.println();
        System.out.println("GET /api/tasks as " + USER + ", median round by p95:");
        System.out.println(session.line("session cookie"));
        System.out.println(basic.line("HTTP Basic, credential cache (as shipped)"));
        System.out.println(bcrypt.line("HTTP Basic, BCrypt every request (cache off)"));
        System.out.printf(
                Locale.ROOT,
                "Basic / session: p50 %.2f×, p95 %.2f×   (goal ≤ 2×); BCrypt-every-time / session: p50 %.1f×%n",
                basic.p50() / session.p50(),
                basic.p95() / session.p95(),
                bcrypt.p50() / session.p50());
        System.out.println("load average after: " + InboxBenchmark.loadAverage());
    }

    private static List<WorkLatencies.Result> compare(List<WorkLatencies.Work> works, int threads, int seconds)
            throws InterruptedException {
        for (WorkLatencies.Work work : works) {
            WorkLatencies.measure(work, threads, Math.max(3, seconds / 4.0));
        }
        List<List<WorkLatencies.Result>> rounds = new ArrayList<>();
        works.forEach(w -> rounds.add(new ArrayList<>()));
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < works.size(); i++) {
                rounds.get(i)
                        .add(WorkLatencies.measure(works.get(i), threads, Math.max(1.0, seconds / (double) ROUNDS)));
            }
        }
        return rounds.stream().map(WorkLatencies::median).toList();
    }

    private static ConfigurableApplicationContext start(String url, InboxBenchDatabase server, String cacheTtl) {
        SpringApplication application = new SpringApplication(LaborCaseApplication.class);
        application.setAdditionalProfiles("demo");
        return application.run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + server.user(),
                "--spring.datasource.password=" + server.password(),
                "--server.port=0",
                "--laborcase.security.credential-cache-ttl=" + cacheTtl,
                "--logging.level.root=WARN");
    }

    private static void call(HttpClient http, String base, String header, String value) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/tasks"))
                        .header(header, value)
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/tasks answered " + response.statusCode());
        }
    }

    /** Logs in through the form (CSRF token from the login page) and returns the session cookie. */
    private static String login(HttpClient http, String base) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(page);
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + USER + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302
                || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + login.statusCode() + " "
                    + login.headers().map());
        }
        return sessionCookie(login);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    private static String basicHeader() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
