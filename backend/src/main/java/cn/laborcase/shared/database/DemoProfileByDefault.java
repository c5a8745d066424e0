package cn.laborcase.shared.database;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With no database URL and no profile chosen, the application is a newcomer's demo: embedded PostgreSQL plus demo
 * data, i.e. the {@code demo} profile. A configured server gets no demo data unless the profile is asked for.
 */
class DemoProfileByDefault implements EnvironmentPostProcessor, Ordered {

    static final String DEMO = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (environment.getActiveProfiles().length == 0 && url.isBlank()) {
            environment.addActiveProfile(DEMO);
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
