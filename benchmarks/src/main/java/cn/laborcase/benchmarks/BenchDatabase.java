package cn.laborcase.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A throw-away database on the machine's PostgreSQL for one benchmark run: created fresh, dropped afterwards. The
 * server is the one named by {@code LABORCASE_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}),
 * user {@code LABORCASE_DB_USER} (default postgres), password {@code LABORCASE_DB_PASSWORD}.
 */
final class BenchDatabase implements AutoCloseable {

    final String url;
    final String user;
    final String password;
    private final String adminUrl;
    private final String name;

    BenchDatabase(String name) throws SQLException {
        this.adminUrl = env("LABORCASE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        this.user = env("LABORCASE_DB_USER", "postgres");
        this.password = env("LABORCASE_DB_PASSWORD", "");
        this.name = name;
        this.url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        execute("drop database if exists " + name);
        execute("create database " + name);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws SQLException {
        execute("drop database if exists " + name + " with (force)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
