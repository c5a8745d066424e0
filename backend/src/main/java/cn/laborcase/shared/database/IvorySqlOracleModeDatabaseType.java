package cn.laborcase.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.database.base.Database;
import org.flywaydb.core.internal.jdbc.JdbcConnectionFactory;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;
import org.flywaydb.database.postgresql.PostgreSQLDatabaseType;

/**
 * Flyway's view of a session in the Oracle-compatible mode of IvorySQL (and of PostgreSQL derivatives that answer
 * {@code ivorysql.compatible_mode = oracle} the same way). Flyway's PostgreSQL support works there except for its own
 * bookkeeping; {@link IvorySqlOracleModeDatabase} says what differs. Our migrations run unchanged, in that Oracle-mode
 * session. Registered for Flyway's plugin loader in {@code META-INF/services}; chosen before the PostgreSQL type
 * (higher priority) only when the connection says it is in Oracle mode, so stock PostgreSQL is untouched.
 */
public class IvorySqlOracleModeDatabaseType extends PostgreSQLDatabaseType {

    @Override
    public String getName() {
        return "IvorySQL (Oracle-compatible mode)";
    }

    @Override
    public int getPriority() {
        return 10;
    }

    @Override
    public boolean handlesDatabaseProductNameAndVersion(
            String databaseProductName, String databaseProductVersion, Connection connection) {
        return super.handlesDatabaseProductNameAndVersion(databaseProductName, databaseProductVersion, connection)
                && isOracleMode(connection);
    }

    private static boolean isOracleMode(Connection connection) {
        try {
            return OracleMode.isOn(connection);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public Database createDatabase(
            Configuration configuration,
            JdbcConnectionFactory jdbcConnectionFactory,
            StatementInterceptor statementInterceptor) {
        return new IvorySqlOracleModeDatabase(configuration, jdbcConnectionFactory, statementInterceptor);
    }
}
