package cn.laborcase.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL the tests run on, once per test JVM. With {@code LABORCASE_DB_URL} set (CI points it at the
 * machine's server), the tests use that server but their own database ({@code LABORCASE_TEST_DB}, default
 * {@code laborcase_test}), dropped and created fresh for each run; otherwise an embedded PostgreSQL in a temporary
 * folder.
 */
public final class TestDatabase {

    private static final Pattern SERVER = Pattern.compile("^(jdbc:postgresql://[^/]+)/([^?]*)(\\?.*)?$");

    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();

    private static volatile TestDatabase instance;

    private final String url;
    private final String username;
    private final String password;

    private TestDatabase(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public static TestDatabase get() {
        if (instance == null) {
            synchronized (TestDatabase.class) {
                if (instance == null) {
                    instance = create();
                }
            }
        }
        return instance;
    }

    /** Remembers a context that uses this database, to close it before the embedded server stops. */
    static void register(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    private static TestDatabase create() {
        String external = System.getenv("LABORCASE_DB_URL");
        if (external != null && !external.isBlank()) {
            return onServer(external);
        }
        return embedded();
    }

    private static TestDatabase onServer(String serverUrl) {
        Matcher m = SERVER.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalStateException(
                    "LABORCASE_DB_URL is not a jdbc:postgresql://host:port/db URL: " + serverUrl);
        }
        String user = env("LABORCASE_DB_USER", "postgres");
        String password = env("LABORCASE_DB_PASSWORD", "");
        String database = env("LABORCASE_TEST_DB", "laborcase_test");
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("LABORCASE_TEST_DB must be a plain lower-case name: " + database);
        }
        String query = m.group(3) == null ? "" : m.group(3);
        try (Connection c = DriverManager.getConnection(m.group(1) + "/postgres" + query, user, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot create the test database on " + serverUrl + ": " + e.getMessage(), e);
        }
        System.out.println("[tests] PostgreSQL server " + m.group(1) + ", database " + database + " (fresh)");
        return new TestDatabase(m.group(1) + "/" + database + query, user, password);
    }

    private static TestDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            // Spring closes its cached test contexts in its own shutdown hook; the server must outlive them, so
            // this hook closes them first (close() is idempotent and synchronised) and only then the server.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                CONTEXTS.forEach(ConfigurableApplicationContext::close);
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary folder goes with it
                }
            }));
            System.out.println("[tests] embedded PostgreSQL on port " + postgres.getPort());
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
