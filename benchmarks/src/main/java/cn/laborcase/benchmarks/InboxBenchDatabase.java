package cn.laborcase.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the benchmarks use: {@code LABORCASE_DB_URL} (a server's {@code postgres} database, as for
 * the tests), {@code LABORCASE_DB_USER}, {@code LABORCASE_DB_PASSWORD}. Each benchmark works in its own database
 * on that server, created if missing and kept between runs (its data takes minutes to generate).
 */
record InboxBenchDatabase(String serverUrl, String user, String password) {

    static InboxBenchDatabase fromEnvironment() {
        String url = System.getenv("LABORCASE_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(
                    "set LABORCASE_DB_URL (e.g. jdbc:postgresql://127.0.0.1:5432/postgres) and LABORCASE_DB_USER");
        }
        String user = System.getenv().getOrDefault("LABORCASE_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("LABORCASE_DB_PASSWORD", "");
        return new InboxBenchDatabase(url, user, password);
    }

    /** The URL of the named database on the server, created if it does not exist. */
    String ensure(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + name);
                }
            }
        }
        return urlOf(name);
    }

    void drop(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }

    String urlOf(String name) {
        int slash = serverUrl.lastIndexOf('/');
        int query = serverUrl.indexOf('?', slash);
        return serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
    }

    Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(urlOf(name), user, password);
    }
}
