package cn.laborcase.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a Camunda Form (form-js schema JSON) into a {@link TaskForm}. Components that only decorate (spacer,
 * separator, image...) are skipped; a component type the inbox cannot render or check fails loudly, so that a new
 * form never goes live with fields nobody validates.
 */
final class CamundaFormParser {

    private static final Set<String> DECORATION =
            Set.of("spacer", "separator", "image", "html", "iframe", "button", "documentPreview");
    private static final Set<String> CONTAINERS = Set.of("group");

    private final ObjectMapper json;

    CamundaFormParser(ObjectMapper json) {
        this.json = json;
    }

    TaskForm parse(InputStream in) {
        try {
            return parse(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Camunda Form", e);
        }
    }

    TaskForm parse(JsonNode form) {
        String id = form.path("id").asText(null);
        List<FormField> fields = new ArrayList<>();
        collect(id, form.path("components"), fields);
        return new TaskForm(id, fields);
    }

    private static void collect(String formId, JsonNode components, List<FormField> fields) {
        for (JsonNode c : components) {
            String type = c.path("type").asText("");
            if (DECORATION.contains(type)) {
                continue;
            }
            if (CONTAINERS.contains(type)) {
                collect(formId, c.path("components"), fields);
                continue;
            }
            fields.add(field(formId, type, c));
        }
    }

    private static FormField field(String formId, String type, JsonNode c) {
        FormField.Type kind = typeOf(formId, type, c);
        if (kind == FormField.Type.TEXT) {
            return new FormField(
                    kind,
                    null,
                    null,
                    c.path("text").asText(""),
                    false,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    null);
        }
        String key = c.path("key").asText(null);
        if (key == null || key.isBlank()) {
            throw new IllegalStateException(
                    "form " + formId + ": component " + c.path("id").asText() + " has no key");
        }
        JsonNode validate = c.path("validate");
        String label = text(c, "label");
        if (label == null && kind == FormField.Type.DATE) {
            label = text(c, "dateLabel");
        }
        List<FormField.Option> options = new ArrayList<>();
        for (JsonNode o : c.path("values")) {
            options.add(new FormField.Option(
                    o.path("label").asText(), o.path("value").asText()));
        }
        String valuesKey = text(c, "valuesKey");
        if (valuesKey != null && kind != FormField.Type.SELECT) {
            throw new IllegalStateException("form " + formId + ": " + key + ": valuesKey only on a select");
        }
        if ((kind == FormField.Type.SELECT || kind == FormField.Type.RADIO) && options.isEmpty() && valuesKey == null) {
            throw new IllegalStateException("form " + formId + ": " + key
                    + " needs static values or a valuesKey (valuesExpression unsupported)");
        }
        JsonNode defaultValue = c.get("defaultValue");
        return new FormField(
                kind,
                key,
                label,
                null,
                validate.path("required").asBoolean(false),
                c.path("disabled").asBoolean(false),
                decimal(validate, "min"),
                decimal(validate, "max"),
                integer(validate, "minLength"),
                integer(validate, "maxLength"),
                text(validate, "pattern"),
                options,
                defaultValue == null || defaultValue.isNull()
                        ? null
                        : defaultValue.isBoolean() ? defaultValue.asBoolean() : defaultValue.asText(),
                valuesKey);
    }

    private static FormField.Type typeOf(String formId, String type, JsonNode c) {
        for (FormField.Type t : FormField.Type.values()) {
            if (t.formJsType().equals(type)) {
                if (t == FormField.Type.DATE && !"date".equals(c.path("subtype").asText("date"))) {
                    break;
                }
                return t;
            }
        }
        throw new IllegalStateException("form " + formId + ": component type '" + type
                + (type.equals("datetime")
                        ? "' with subtype " + c.path("subtype").asText()
                        : "'")
                + " is not supported by the task inbox");
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() || v.asText().isBlank() ? null : new BigDecimal(v.asText());
    }

    private static Integer integer(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() || !v.canConvertToInt() ? null : v.asInt();
    }
}
