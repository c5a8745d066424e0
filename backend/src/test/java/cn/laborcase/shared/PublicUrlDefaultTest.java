package cn.laborcase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Without {@code LABORCASE_PUBLIC_URL} the verify address printed on documents is this machine on the port the
 * instance listens on: a second instance on {@code LABORCASE_PORT=8081} must not print the first one's address.
 */
class PublicUrlDefaultTest {

    @Test
    void followsThePortWhenNoPublicUrlIsSet() throws IOException {
        assertThat(publicUrl(Map.of())).isEqualTo("http://localhost:8080");
        assertThat(publicUrl(Map.of("LABORCASE_PORT", "8081"))).isEqualTo("http://localhost:8081");
    }

    @Test
    void aPublicUrlWinsOverThePort() throws IOException {
        assertThat(publicUrl(Map.of("LABORCASE_PORT", "8081", "LABORCASE_PUBLIC_URL", "https://lc.example.gov.cn")))
                .isEqualTo("https://lc.example.gov.cn");
    }

    private static String publicUrl(Map<String, Object> environmentVariables) throws IOException {
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
        return Binder.get(environment)
                .bind("laborcase.documents.public-base-url", String.class)
                .get();
    }
}
