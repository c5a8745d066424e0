package cn.laborcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** The environment variables of docs/configuration.md reach the settings they claim, with the documented defaults. */
class ConfigurationTest {

    @Test
    void usesTheDocumentedDefaults() throws IOException {
        Binder settings = settings(Map.of());

        assertThat(settings.bind("spring.datasource.url", String.class).orElse(""))
                .isEmpty();
        assertThat(settings.bind("spring.datasource.username", String.class).get())
                .isEqualTo("postgres");
        assertThat(settings.bind("server.port", Integer.class).get()).isEqualTo(8080);
        assertThat(settings.bind("server.servlet.session.timeout", Duration.class)
                        .get())
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.bind("spring.mail.host", String.class).get()).isEqualTo("localhost");
        assertThat(settings.bind("spring.mail.port", Integer.class).get()).isEqualTo(2525);
        assertThat(settings.bind("spring.mail.username", String.class).orElse(""))
                .isEmpty();
        assertThat(settings.bind("spring.mail.properties", Bindable.mapOf(String.class, String.class))
                        .get())
                .containsEntry("mail.smtp.starttls.enable", "false")
                .containsEntry("mail.smtp.connectiontimeout", "5000");
        assertThat(settings.bind("laborcase.mail.from", String.class).get()).isEqualTo("noreply@laborcase.local");
        assertThat(settings.bind("laborcase.mail.from-name", String.class).get())
                .isEqualTo("劳动保障监察与争议仲裁案件办理系统");
        assertThat(settings.bind("laborcase.mail.demo-server.port", Integer.class)
                        .get())
                .isEqualTo(2525);
        assertThat(settings.bind("laborcase.embedded-db.data-directory", String.class)
                        .get())
                .isEqualTo("data/postgres");
        assertThat(settings.bind("laborcase.intake.emergency-workers-threshold", Integer.class)
                        .get())
                .isEqualTo(30);
        assertThat(settings.bind("laborcase.security.max-failed-logins", Integer.class)
                        .get())
                .isEqualTo(5);
        assertThat(settings.bind("laborcase.security.lock-duration", Duration.class)
                        .get())
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.bind("laborcase.documents.public-base-url", String.class)
                        .get())
                .isEqualTo("http://localhost:8080");
        assertThat(settings.bind("laborcase.documents.verify-requests-per-minute", Integer.class)
                        .get())
                .isEqualTo(30);
        assertThat(settings.bind("camunda.bpm.generic-properties.properties", Map.class)
                        .get())
                .containsEntry("historyCleanupBatchWindowStartTime", "01:00")
                .containsEntry("historyCleanupBatchWindowEndTime", "05:00");
    }

    @Test
    void takesEachDocumentedEnvironmentVariable() throws IOException {
        Binder settings = settings(Map.ofEntries(
                Map.entry("LABORCASE_DB_URL", "jdbc:postgresql://db.example:5432/laborcase"),
                Map.entry("LABORCASE_DB_USER", "laborcase"),
                Map.entry("LABORCASE_DB_PASSWORD", "s3cret"),
                Map.entry("LABORCASE_PORT", "9090"),
                Map.entry("LABORCASE_SESSION_TIMEOUT", "45m"),
                Map.entry("LABORCASE_SMTP_HOST", "smtp.example"),
                Map.entry("LABORCASE_SMTP_PORT", "25"),
                Map.entry("LABORCASE_DATA_DIR", "/var/lib/laborcase/postgres"),
                Map.entry("LABORCASE_SMTP_USER", "laborcase"),
                Map.entry("LABORCASE_SMTP_PASSWORD", "mail-s3cret"),
                Map.entry("LABORCASE_SMTP_STARTTLS", "true"),
                Map.entry("LABORCASE_MAIL_FROM", "notice@hrss.example.cn"),
                Map.entry("LABORCASE_MAIL_FROM_NAME", "示范市人社局"),
                Map.entry("LABORCASE_EMERGENCY_WORKERS_THRESHOLD", "20"),
                Map.entry("LABORCASE_PUBLIC_URL", "https://laborcase.example.gov.cn")));

        assertThat(settings.bind("spring.datasource.url", String.class).get())
                .isEqualTo("jdbc:postgresql://db.example:5432/laborcase");
        assertThat(settings.bind("spring.datasource.username", String.class).get())
                .isEqualTo("laborcase");
        assertThat(settings.bind("spring.datasource.password", String.class).get())
                .isEqualTo("s3cret");
        assertThat(settings.bind("server.port", Integer.class).get()).isEqualTo(9090);
        assertThat(settings.bind("server.servlet.session.timeout", Duration.class)
                        .get())
                .isEqualTo(Duration.ofMinutes(45));
        assertThat(settings.bind("spring.mail.host", String.class).get()).isEqualTo("smtp.example");
        assertThat(settings.bind("spring.mail.port", Integer.class).get()).isEqualTo(25);
        assertThat(settings.bind("laborcase.mail.demo-server.port", Integer.class)
                        .get())
                .isEqualTo(25);
        assertThat(settings.bind("spring.mail.username", String.class).get()).isEqualTo("laborcase");
        assertThat(settings.bind("spring.mail.password", String.class).get()).isEqualTo("mail-s3cret");
        assertThat(settings.bind("spring.mail.properties", Bindable.mapOf(String.class, String.class))
                        .get())
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true");
        assertThat(settings.bind("laborcase.mail.from", String.class).get()).isEqualTo("notice@hrss.example.cn");
        assertThat(settings.bind("laborcase.mail.from-name", String.class).get())
                .isEqualTo("示范市人社局");
        assertThat(settings.bind("laborcase.embedded-db.data-directory", String.class)
                        .get())
                .isEqualTo("/var/lib/laborcase/postgres");
        assertThat(settings.bind("laborcase.intake.emergency-workers-threshold", Integer.class)
                        .get())
                .isEqualTo(20);
        assertThat(settings.bind("laborcase.documents.public-base-url", String.class)
                        .get())
                .isEqualTo("https://laborcase.example.gov.cn");
    }

    @Test
    void takesAnyOtherSettingAsAnEnvironmentVariableByTheRelaxedRule() throws IOException {
        Binder settings = settings(Map.of(
                "LABORCASE_SECURITY_MAXFAILEDLOGINS", "3",
                "LABORCASE_SECURITY_LOCKDURATION", "30m",
                "CAMUNDA_BPM_JOBEXECUTION_ENABLED", "false"));

        assertThat(settings.bind("laborcase.security.max-failed-logins", Integer.class)
                        .get())
                .isEqualTo(3);
        assertThat(settings.bind("laborcase.security.lock-duration", Duration.class)
                        .get())
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.bind("camunda.bpm.job-execution.enabled", Boolean.class)
                        .get())
                .isFalse();
    }

    /** application.yml under a stand-in for the process environment, as Spring Boot layers them. */
    private static Binder settings(Map<String, Object> environmentVariables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.replace(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"))
                .forEach(sources::addLast);
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment);
    }
}
