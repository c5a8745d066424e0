package cn.laborcase.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON dates are ISO text only. Jackson reads a bare number as a date by default (seconds or days since 1970), so
 * {@code "violationStartedOn": 20260301} became a date in the year 57 000 instead of a 400 naming the field; the
 * API documents ISO dates, so anything else is refused (and named by {@code ProblemDetailsAdvice}). The other strict
 * settings (no float truncated to an integer) are in application.yml under {@code spring.jackson}.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    /**
     * No guessing at types: a number or {@code true} for a text field, a number for a yes/no field or a fraction for
     * a count is a 400 naming the field ({@code "name": 12345} is not a name, {@code "employerAbsconded": 2} is not
     * "yes"). Text for a number ({@code "3"}) stays accepted: it is unambiguous.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer noScalarGuessing() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Boolean)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        });
    }

    @Bean
    Module isoDatesOnly() {
        SimpleModule module = new SimpleModule("laborcase-iso-dates-only");
        module.addDeserializer(Instant.class, new TextOnly<>(Instant.class, InstantDeserializer.INSTANT));
        module.addDeserializer(LocalDate.class, new TextOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE));
        return module;
    }

    /** Reads the value with Jackson's own deserializer when it is a JSON string; refuses numbers, arrays, objects. */
    static final class TextOnly<T> extends JsonDeserializer<T> {

        private final Class<T> type;
        private final JsonDeserializer<? extends T> delegate;

        TextOnly(Class<T> type, JsonDeserializer<? extends T> delegate) {
            this.type = type;
            this.delegate = delegate;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                @SuppressWarnings("unchecked")
                T refused = (T) ctxt.handleUnexpectedToken(type, p);
                return refused;
            }
            return delegate.deserialize(p, ctxt);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
