package cn.laborcase.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Session settings for a database in IvorySQL's Oracle-compatible mode, on every pooled connection, so that the
 * engine, Flyway and our mappers share one DataSource and one transaction there as on PostgreSQL
 * (docs/operations.md, "Running on an Oracle-compatible PostgreSQL"). Before the pool opens, one connection asks the
 * server for its mode; on stock PostgreSQL and IvorySQL's PostgreSQL port nothing changes.
 *
 * <ul>
 *   <li>{@code nls_length_semantics = char}: Oracle's {@code varchar(50)} counts bytes by default, 16 Chinese
 *       characters in UTF-8; our columns (and the engine's) count characters, as PostgreSQL does. It matters where
 *       tables are created: Flyway and the engine's schema update, both on these connections.
 *   <li>{@code ivorysql.datetime_ignore_nls_mask = 15}: the PostgreSQL driver sends a {@code java.sql.Timestamp} as
 *       text with a zone offset ({@code 2026-03-02 09:30:00+08}); Oracle's {@code timestamp}, which the engine's
 *       tables use, reads input by the NLS format and refuses the offset ("datetime format picture ends before
 *       converting entire input string"). The mask makes Oracle's date and time types read input as PostgreSQL does.
 *   <li>{@code nls_date_format}, {@code nls_timestamp_format}, {@code nls_timestamp_tz_format}: the driver does not
 *       know Oracle's date and time types and parses their text, which follows these formats. IvorySQL's defaults
 *       are ISO; they are pinned here because a DBA may set Oracle's own ({@code DD-MON-RR}) for the server.
 * </ul>
 */
@Component
class OracleModeSessions implements BeanPostProcessor, Ordered {

    static final String SETTINGS = String.join(
            "; ",
            "set nls_length_semantics = char",
            "set ivorysql.datetime_ignore_nls_mask = 15",
            "set nls_date_format = 'YYYY-MM-DD'",
            "set nls_timestamp_format = 'YYYY-MM-DD HH24:MI:SS.FF6'",
            "set nls_timestamp_tz_format = 'YYYY-MM-DD HH24:MI:SS.FF6 TZH:TZM'");

    private static final Logger log = LoggerFactory.getLogger(OracleModeSessions.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && isOracleMode(pool)) {
            String own = pool.getConnectionInitSql();
            pool.setConnectionInitSql(own == null || own.isBlank() ? SETTINGS : own + "; " + SETTINGS);
            log.info("数据库为 IvorySQL Oracle 兼容模式：每个连接先执行 {}", SETTINGS);
        }
        return bean;
    }

    private static boolean isOracleMode(HikariDataSource pool) {
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), properties)) {
            return OracleMode.isOn(connection);
        } catch (SQLException e) {
            // a database that cannot be reached now fails the start in Flyway a moment later, with the same cause
            throw new IllegalStateException(
                    "cannot connect to " + pool.getJdbcUrl() + " to learn its SQL mode: " + e.getMessage(), e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
