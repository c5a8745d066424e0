package cn.laborcase.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL started in-process when no database URL is configured, so that {@code spring-boot:run} and
 * {@code java -jar} need nothing installed. Its data folder survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedPostgresConfiguration.EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dir = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        log.info("未配置数据库地址，启动内嵌 PostgreSQL，数据目录 {}", dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // Spring stops the server after the beans that use it (destroyMethod); zonky's own JVM hook
                // could stop it first, under the engine's feet
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "Asia/Shanghai")
                .setServerConfig("random_page_cost", "1.1");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }

    /**
     * @param dataDirectory where the embedded server keeps its files (relative to the working directory)
     * @param port 0 picks a free port
     */
    @ConfigurationProperties("laborcase.embedded-db")
    record EmbeddedDatabaseProperties(String dataDirectory, int port) {

        EmbeddedDatabaseProperties {
            if (dataDirectory == null || dataDirectory.isBlank()) {
                dataDirectory = "data/postgres";
            }
        }
    }
}
