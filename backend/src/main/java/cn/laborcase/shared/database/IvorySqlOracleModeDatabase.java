package cn.laborcase.shared.database;

import java.util.Locale;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.database.base.Table;
import org.flywaydb.core.internal.jdbc.JdbcConnectionFactory;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;
import org.flywaydb.database.postgresql.PostgreSQLDatabase;

/**
 * Flyway's PostgreSQL support adapted to an Oracle-mode session of IvorySQL (docs/operations.md, "Running on an
 * Oracle-compatible PostgreSQL"). Two differences, each found by running Flyway there:
 *
 * <ol>
 *   <li>Quoted identifiers: with the default identifier case conversion {@code interchange}, the server turns a
 *       quoted all-lower-case name into upper case and vice versa, so Flyway's {@code "public"} became
 *       {@code PUBLIC} ({@code schema "PUBLIC" does not exist}). Flyway's quoting here applies the same swap first,
 *       and the server swaps it back: {@code "PUBLIC"} means {@code public}.
 *   <li>Its history table: Flyway writes the quoted names of its columns as literals, which the case conversion
 *       would turn to upper case, and {@code TIMESTAMP} is Oracle's type in this mode, which has no assignment cast
 *       from {@code now()} (PostgreSQL's {@code timestamptz}): the same table, quoted as above, with the standard
 *       {@code CURRENT_TIMESTAMP} as the default.
 * </ol>
 *
 * The session settings Flyway's DDL needs (character length semantics) come with the application's pooled
 * connections ({@link OracleModeSessions}); Flyway must use that DataSource, as it does by default.
 */
class IvorySqlOracleModeDatabase extends PostgreSQLDatabase {

    IvorySqlOracleModeDatabase(
            Configuration configuration,
            JdbcConnectionFactory jdbcConnectionFactory,
            StatementInterceptor statementInterceptor) {
        super(configuration, jdbcConnectionFactory, statementInterceptor);
    }

    @Override
    public String doQuote(String identifier) {
        return super.doQuote(interchange(identifier));
    }

    /** IvorySQL's {@code identifier_case_transform}: all upper → lower, all lower → upper, mixed unchanged. */
    static String interchange(String identifier) {
        String upper = identifier.toUpperCase(Locale.ROOT);
        if (upper.equals(identifier)) {
            return identifier.toLowerCase(Locale.ROOT);
        }
        String lower = identifier.toLowerCase(Locale.ROOT);
        return lower.equals(identifier) ? upper : identifier;
    }

    /**
     * Flyway's PostgreSQL history table, with its identifiers quoted through {@link #quote} (Flyway writes them as
     * literals there) and the portable default for {@code installed_on}.
     */
    @Override
    public String getRawCreateScript(Table table, boolean baseline) {
        if (configuration.getTablespace() != null) {
            throw new IllegalStateException("a Flyway tablespace is not supported in IvorySQL's Oracle mode");
        }
        return "CREATE TABLE " + table + " (\n"
                + "    " + quote("installed_rank") + " INT NOT NULL,\n"
                + "    " + quote("version") + " VARCHAR(50),\n"
                + "    " + quote("description") + " VARCHAR(200) NOT NULL,\n"
                + "    " + quote("type") + " VARCHAR(20) NOT NULL,\n"
                + "    " + quote("script") + " VARCHAR(1000) NOT NULL,\n"
                + "    " + quote("checksum") + " INTEGER,\n"
                + "    " + quote("installed_by") + " VARCHAR(100) NOT NULL,\n"
                + "    " + quote("installed_on") + " TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,\n"
                + "    " + quote("execution_time") + " INTEGER NOT NULL,\n"
                + "    " + quote("success") + " BOOLEAN NOT NULL\n"
                + ");\n"
                + (baseline ? getBaselineStatement(table) + ";\n" : "")
                + "ALTER TABLE " + table + " ADD CONSTRAINT " + quote(table.getName() + "_pk")
                + " PRIMARY KEY (" + quote("installed_rank") + ");\n"
                + "CREATE INDEX " + quote(table.getName() + "_s_idx") + " ON " + table + " (" + quote("success")
                + ");";
    }
}
