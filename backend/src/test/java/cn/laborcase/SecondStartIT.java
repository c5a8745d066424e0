package cn.laborcase;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.TestDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Regression test for "Flyway must run before the engine" (EngineAfterFlywayDetector): the application starts on a
 * fresh database, stops, and starts again on the same database. If the engine created its ACT_* tables before Flyway
 * ran, the second start would fail with "non-empty schema but no schema history table".
 */
class SecondStartIT {

    private static final String DATABASE = "second_start";
    private static final String PROCESS = "employer-registry-review";

    @AfterAll
    static void dropDatabase() {
        TestDatabase.get().dropDatabase(DATABASE);
    }

    @Test
    void startsTwiceOnTheSameDatabaseWithFlywayBeforeTheEngine() {
        String url = TestDatabase.get().createDatabase(DATABASE);

        Map<String, Long> first;
        try (ConfigurableApplicationContext app = start(url)) {
            assertEngineWaitsForFlyway(app.getBeanFactory());
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Timestamp migrated = jdbc.queryForObject(
                    "select max(installed_on) from flyway_schema_history where success = true", Timestamp.class);
            Timestamp engineCreated =
                    jdbc.queryForObject("select min(timestamp_) from act_ge_schema_log", Timestamp.class);
            assertThat(engineCreated).as("engine schema created after Flyway").isAfterOrEqualTo(migrated);
            settled(jdbc);
            first = counts(jdbc);
        }
        assertThat(first.get("migrations")).isPositive();
        assertThat(first.get("failedMigrations")).isZero();
        assertThat(first.get("staff")).isPositive();
        assertThat(first.get("definitions")).isEqualTo(1);

        try (ConfigurableApplicationContext app = start(url)) {
            settled(app.getBean(JdbcTemplate.class));
            Map<String, Long> second = counts(app.getBean(JdbcTemplate.class));

            assertThat(second).isEqualTo(first);
        }
    }

    private static void assertEngineWaitsForFlyway(ConfigurableListableBeanFactory beans) {
        String[] engines = beans.getBeanNamesForType(ProcessEngineFactoryBean.class);
        assertThat(engines).isNotEmpty();
        for (String name : engines) {
            String[] dependsOn =
                    beans.getBeanDefinition(name.replaceFirst("^&", "")).getDependsOn();
            assertThat(dependsOn).as(name).isNotNull();
            assertThat(Arrays.asList(dependsOn)).as(name).contains("flywayInitializer");
        }
    }

    /**
     * The demo's events are delivered after their commit, on other threads (the emergency track starts a process for
     * the demo's group wage arrears): counted before they are done, the first start's figures would miss them.
     */
    private static void settled(JdbcTemplate jdbc) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Awaitility.await()
                    .pollInSameThread()
                    .atMost(Duration.ofSeconds(60))
                    .until(() ->
                            count(jdbc, "select count(*) from event_publication where completion_date is null") == 0);
        } finally {
            Thread.currentThread().setContextClassLoader(loader);
        }
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        return Map.of(
                "migrations", count(jdbc, "select count(*) from flyway_schema_history where success = true"),
                "failedMigrations", count(jdbc, "select count(*) from flyway_schema_history where success = false"),
                "definitions", count(jdbc, "select count(*) from act_re_procdef where key_ = '" + PROCESS + "'"),
                "deployments", count(jdbc, "select count(*) from act_re_deployment"),
                "staff", count(jdbc, "select count(*) from staff"),
                "employers", count(jdbc, "select count(*) from employer"),
                "instances", count(jdbc, "select count(*) from act_ru_execution where parent_id_ is null"));
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static ConfigurableApplicationContext start(String url) {
        TestDatabase db = TestDatabase.get();
        // command-line arguments outrank application.yml, which reads LABORCASE_DB_URL (set on CI)
        return new SpringApplicationBuilder(LaborCaseApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(),
                        "--spring.profiles.active=demo",
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false",
                        // the shared test context's engine may be registered under the default name in this JVM
                        "--camunda.bpm.process-engine-name=secondStart",
                        "--spring.main.banner-mode=off");
    }
}
