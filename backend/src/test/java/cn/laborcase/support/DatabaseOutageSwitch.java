package cn.laborcase.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Lets a test cut the database off for its own thread only, as a PostgreSQL restart does for every request: asking
 * for a connection then fails as the connection pool fails when the server refuses connections. Only the calling
 * thread (a MockMvc request runs on it) is affected, so the job executor, the mail sender and the other test classes
 * that share this application context go on as usual.
 */
@Component
public class DatabaseOutageSwitch implements BeanPostProcessor {

    private static final ThreadLocal<Boolean> DOWN = ThreadLocal.withInitial(() -> false);

    /** Runs the action with the database unreachable from this thread. */
    public static <T> T whileDown(Supplier<T> action) {
        DOWN.set(true);
        try {
            return action.get();
        } finally {
            DOWN.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Switchable)) {
            return new Switchable(dataSource);
        }
        return bean;
    }

    static final class Switchable extends DelegatingDataSource {

        Switchable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            refuseWhileDown();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            refuseWhileDown();
            return super.getConnection(username, password);
        }

        private static void refuseWhileDown() throws SQLException {
            if (DOWN.get()) {
                // what HikariCP throws when PostgreSQL refuses connections (SQL state 08001)
                throw new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 30000ms", "08001");
            }
        }
    }
}
