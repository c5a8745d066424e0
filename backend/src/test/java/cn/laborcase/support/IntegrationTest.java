package cn.laborcase.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test on real PostgreSQL ({@link TestDatabase}) with the demo data. Every test class that uses it
 * shares one application context, so the context starts once per run. Mail goes to the demo profile's own SMTP
 * server on a free port ({@link TestMailPort}). Metrics export stays on (Spring Boot turns it
 * off in tests by default) so that the Prometheus endpoint exists as in production. Rows the tests read as maps hold
 * standard Java types on IvorySQL's Oracle mode too ({@link OracleTypesJdbc}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestMailPort.class})
@AutoConfigureObservability(tracing = false)
@Import(OracleTypesJdbc.class)
public @interface IntegrationTest {}
