package cn.laborcase.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises "the database cannot be reached" (issue 9 item 21: during a PostgreSQL restart requests answered 401
 * "wrong password" and 500). Such a failure is answered 503 with {@code Retry-After}: nothing is wrong with the
 * request or the credentials, and it will work again shortly. Decided on the JDBC cause, whichever layer (Spring,
 * MyBatis, the engine, the connection pool) wrapped it.
 */
public final class DatabaseOutage {

    /** Seconds a client is told to wait ({@code Retry-After}); a restart of PostgreSQL takes a few. */
    public static final int RETRY_AFTER_SECONDS = 10;

    public static final String MESSAGE = "数据库暂时无法连接，系统暂不可用，请稍后再试";

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQL class 08 (connection exception); PostgreSQL's 57P01–57P03 (shutting down, crashed, starting up). */
    private static boolean isConnectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
