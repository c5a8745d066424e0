package cn.laborcase.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at {@link TestDatabase} and gives it the {@link TestClock}; the overdue scan runs only when
 * a test calls it.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabase.get();
        TestPropertyValues.of(
                        "spring.datasource.url=" + db.url(),
                        "spring.datasource.username=" + db.username(),
                        "spring.datasource.password=" + db.password(),
                        // tests move the clock: the overdue scan runs when a test calls it, not in the background
                        "laborcase.overdue.enabled=false")
                .applyTo(context.getEnvironment());
        TestDatabase.register(context);
        context.getBeanFactory().registerSingleton("clock", TestClock.get());
    }
}
