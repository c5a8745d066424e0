package cn.laborcase.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.util.PGobject;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The tests' {@link JdbcTemplate}, whose rows read as maps hold the same Java types on IvorySQL's Oracle-compatible
 * mode as on PostgreSQL. There a {@code varchar} column is Oracle's {@code VARCHAR2} and {@code date} and
 * {@code timestamp} are Oracle's types, which the PostgreSQL driver does not know: {@code getObject} answers a
 * {@link PGobject}. The application reads columns with typed getters only (docs/operations.md); this is for the
 * tests' own checks.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OracleTypesJdbc {

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource) {
            @Override
            protected RowMapper<Map<String, Object>> getColumnMapRowMapper() {
                return new ColumnMapRowMapper() {
                    @Override
                    protected Object getColumnValue(ResultSet rs, int index) throws SQLException {
                        Object value = super.getColumnValue(rs, index);
                        return value instanceof PGobject oracleType ? standard(rs, index, oracleType) : value;
                    }
                };
            }
        };
    }

    private static Object standard(ResultSet rs, int index, PGobject value) throws SQLException {
        String type = value.getType();
        type = type.substring(type.lastIndexOf('.') + 1).replace("\"", "");
        return switch (type) {
            case "oradate" -> rs.getDate(index);
            case "oratimestamp", "oratimestamptz", "oratimestampltz" -> rs.getTimestamp(index);
            default -> value.getValue();
        };
    }
}
