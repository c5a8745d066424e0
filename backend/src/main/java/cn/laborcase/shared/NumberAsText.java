package cn.laborcase.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * For a request field that holds a number as text (so that a wrong one is named as a field by the module's own
 * validation): a JSON number ({@code 120}, {@code 860000.50}) and a JSON string ({@code "120"}) are both read as its
 * text, exactly as written. The strict JSON settings otherwise refuse a number for a text field. Use it with
 * {@code @JsonDeserialize(using = NumberAsText.class)}.
 */
public final class NumberAsText extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT
                || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
}
