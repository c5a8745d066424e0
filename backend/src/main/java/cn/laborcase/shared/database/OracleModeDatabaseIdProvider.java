package cn.laborcase.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.springframework.stereotype.Component;

/**
 * MyBatis's {@code databaseId}: {@value OracleMode#DATABASE_ID} in IvorySQL's Oracle-compatible mode,
 * {@value OracleMode#POSTGRESQL_ID} on PostgreSQL. A statement that one of them needs written differently gets a
 * variant with {@code databaseId="ivorysql-oracle"} beside the portable one (which has none); none needs one today
 * (docs/operations.md).
 */
@Component
class OracleModeDatabaseIdProvider implements DatabaseIdProvider {

    @Override
    public String getDatabaseId(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return OracleMode.isOn(connection) ? OracleMode.DATABASE_ID : OracleMode.POSTGRESQL_ID;
        }
    }
}
