package cn.laborcase.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

/**
 * Gives the tests' SMTP server (the demo profile's GreenMail) and the mail sender a free port instead of the default
 * 2525, so a test run does not collide with a running demo application or another test run on this machine.
 */
public class TestMailPort implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.port=" + TestSocketUtils.findAvailableTcpPort())
                .applyTo(context.getEnvironment());
    }
}
