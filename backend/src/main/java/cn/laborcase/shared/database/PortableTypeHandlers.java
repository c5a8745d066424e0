package cn.laborcase.shared.database;

import java.time.LocalDate;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Our MyBatis type handlers that replace MyBatis's own where a database needs it (docs/operations.md). */
@Configuration(proxyBeanMethods = false)
class PortableTypeHandlers {

    @Bean
    ConfigurationCustomizer portableLocalDates() {
        return configuration ->
                configuration.getTypeHandlerRegistry().register(LocalDate.class, new PortableLocalDateTypeHandler());
    }
}
