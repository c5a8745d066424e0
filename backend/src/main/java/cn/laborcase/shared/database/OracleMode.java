package cn.laborcase.shared.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether a session parses SQL the Oracle way: IvorySQL's {@code ivorysql.compatible_mode}, which is {@code oracle}
 * on the Oracle-compatible port (1521 by default) and {@code pg} on the PostgreSQL port. Stock PostgreSQL has no such
 * setting.
 */
final class OracleMode {

    /** The MyBatis {@code databaseId} of a session in Oracle mode (docs/operations.md). */
    static final String DATABASE_ID = "ivorysql-oracle";

    /** The MyBatis {@code databaseId} of every other PostgreSQL session. */
    static final String POSTGRESQL_ID = "postgresql";

    private OracleMode() {}

    static boolean isOn(Connection connection) throws SQLException {
        // current_setting(name, true) answers null instead of failing where the setting does not exist, so the probe
        // never breaks a transaction
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select current_setting('ivorysql.compatible_mode', true)")) {
            return rs.next() && "oracle".equalsIgnoreCase(rs.getString(1));
        }
    }
}
