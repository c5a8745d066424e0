package cn.laborcase.workflow;

import java.math.BigDecimal;
import java.util.List;

/**
 * One component of a task's Camunda Form (表单项), as far as the inbox renders and checks it.
 *
 * @param key the process variable it fills; null for static text
 * @param text the static text of a {@link Type#TEXT} component
 * @param disabled shown but not submitted (form-js {@code disabled})
 * @param options the choices of a select or radio group
 * @param valuesKey for a select whose choices depend on the task (form-js {@code valuesKey}, e.g. the colleagues a
 *     task may be given to): the {@link TaskFormOptions} that supplies them; null for static choices
 */
public record FormField(
        Type type,
        String key,
        String label,
        String text,
        boolean required,
        boolean disabled,
        BigDecimal min,
        BigDecimal max,
        Integer minLength,
        Integer maxLength,
        String pattern,
        List<Option> options,
        Object defaultValue,
        String valuesKey) {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** This field with the choices its {@link #valuesKey} gives for one task. */
    public FormField withOptions(List<Option> choices) {
        return new FormField(
                type,
                key,
                label,
                text,
                required,
                disabled,
                min,
                max,
                minLength,
                maxLength,
                pattern,
                choices,
                defaultValue,
                valuesKey);
    }

    /** A field the user fills in, as opposed to static text. */
    public boolean input() {
        return type != Type.TEXT;
    }

    /** The form-js component types the inbox supports; {@code datetime} only with the {@code date} subtype. */
    public enum Type {
        TEXT("text"),
        TEXTFIELD("textfield"),
        TEXTAREA("textarea"),
        NUMBER("number"),
        CHECKBOX("checkbox"),
        SELECT("select"),
        RADIO("radio"),
        DATE("datetime");

        private final String formJsType;

        Type(String formJsType) {
            this.formJsType = formJsType;
        }

        public String formJsType() {
            return formJsType;
        }
    }

    /** A choice of a select or radio group. */
    public record Option(String label, String value) {}
}
