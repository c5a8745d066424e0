package cn.laborcase.workflow;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PrintableText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A task's Camunda Form (from {@code forms/}, deployed with the processes): the fields the inbox renders, and the
 * check of what the user submits against them.
 *
 * @param id the form's id ({@code camunda:formRef})
 */
public record TaskForm(String id, List<FormField> fields) {

    /** Prefix of the field names in the problems of {@link #values}: the request's {@code variables} map. */
    public static final String FIELD_PREFIX = "variables.";

    private static final Set<String> TRUE = Set.of("true", "on", "1", "yes");
    private static final Set<String> FALSE = Set.of("false", "off", "0", "no", "");

    public TaskForm {
        fields = List.copyOf(fields);
    }

    public List<FormField> inputs() {
        return fields.stream().filter(f -> f.input() && !f.disabled()).toList();
    }

    /**
     * The values as a clerk reads them, for the journal: each field by its label and a choice by its label, e.g.
     * 「审查决定：受理（当日立案）；意见：同意」; empty fields left out, long texts cut at 200 characters.
     */
    public String describe(Map<String, Object> values) {
        List<String> parts = new ArrayList<>();
        for (FormField field : inputs()) {
            Object value = values.get(field.key());
            if (value == null) {
                continue;
            }
            String shown = field.options().stream()
                    .filter(o -> o.value().equals(value.toString()))
                    .map(FormField.Option::label)
                    .findFirst()
                    .orElseGet(() -> value instanceof Boolean b ? (b ? "是" : "否") : value.toString());
            if (shown.length() > 200) {
                shown = shown.substring(0, 200) + "…";
            }
            parts.add((field.label() == null ? field.key() : field.label()) + "：" + shown);
        }
        return String.join("；", parts);
    }

    /**
     * Checks the submitted values (strings from an HTML form, or JSON values) against the form and converts them to
     * plain process variables: {@code Long} or {@code Double} for numbers, {@code Boolean} for check boxes, ISO
     * {@code yyyy-MM-dd} strings for dates, strings otherwise; an empty optional field becomes {@code null}. Keys
     * the form does not declare are dropped: a task cannot set variables its form does not show.
     *
     * @throws InvalidInputException naming every wrong field by its label
     */
    public Map<String, Object> values(Map<String, ?> submitted) {
        Map<String, ?> input = submitted == null ? Map.of() : submitted;
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (FormField field : inputs()) {
            try {
                values.put(field.key(), convert(field, input.get(field.key())));
            } catch (FieldError e) {
                problems.add(new FieldProblem(FIELD_PREFIX + field.key(), e.code, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return Collections.unmodifiableMap(values);
    }

    private static Object convert(FormField field, Object raw) {
        String name = "「" + (field.label() == null ? field.key() : field.label()) + "」";
        Object value =
                switch (field.type()) {
                    case NUMBER -> number(raw, name);
                    case CHECKBOX -> bool(raw, name);
                    case DATE -> date(raw, name);
                    case SELECT, RADIO -> option(field, raw, name);
                    // a browser sends a text area's lines as CR LF
                    case TEXTAREA -> text(raw == null ? null : PrintableText.normalizeNewlines(raw.toString()));
                    default -> text(raw);
                };
        if (field.required() && (value == null || Boolean.FALSE.equals(value))) {
            throw switch (field.type()) {
                case CHECKBOX -> new FieldError("AssertTrue", "请勾选" + name);
                case SELECT, RADIO -> new FieldError("NotBlank", "请选择" + name);
                default -> new FieldError("NotBlank", "请填写" + name);
            };
        }
        if (value instanceof String s) {
            checkPrintable(field, s, name);
            checkLength(field, s, name);
        }
        if (value instanceof Number && field.type() == FormField.Type.NUMBER) {
            checkRange(field, new BigDecimal(value.toString()), name);
        }
        return value;
    }

    /**
     * What a task form stores may be printed on a document or shown on a page: no NUL, no control character, no line
     * break in a one-line field ({@link PrintableText}); a text area keeps its lines, CR LF read as LF.
     */
    private static void checkPrintable(FormField field, String value, String name) {
        boolean multiline = field.type() == FormField.Type.TEXTAREA;
        PrintableText.problemOf(field.key(), value, name, Integer.MAX_VALUE, multiline)
                .ifPresent(p -> {
                    throw new FieldError(p.code(), p.message());
                });
    }

    private static String text(Object raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static Object number(Object raw, String name) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        BigDecimal n;
        try {
            n = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new FieldError("NotNumber", name + "须为数字");
        }
        try {
            return n.stripTrailingZeros().scale() <= 0 ? (Object) n.longValueExact() : (Object) n.doubleValue();
        } catch (ArithmeticException e) {
            throw new FieldError("NotNumber", name + "数值过大");
        }
    }

    private static Boolean bool(Object raw, String name) {
        if (raw == null || raw instanceof Boolean) {
            return raw == null ? Boolean.FALSE : (Boolean) raw;
        }
        String s = raw.toString().strip().toLowerCase(java.util.Locale.ROOT);
        if (TRUE.contains(s)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(s)) {
            return Boolean.FALSE;
        }
        throw new FieldError("NotBoolean", name + "只能勾选或不勾选");
    }

    private static String date(Object raw, String name) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            throw new FieldError("NotDate", name + "须为日期（年-月-日）");
        }
    }

    private static String option(FormField field, Object raw, String name) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        if (field.options().stream().noneMatch(o -> o.value().equals(s))) {
            throw new FieldError("NotAnOption", name + "的选项无效");
        }
        return s;
    }

    private static void checkLength(FormField field, String s, String name) {
        int length = s.codePointCount(0, s.length());
        if (field.minLength() != null && length < field.minLength()) {
            throw new FieldError("Size", name + "至少填写 " + field.minLength() + " 个字");
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            throw new FieldError("Size", name + "不能超过 " + field.maxLength() + " 个字");
        }
        if (field.pattern() != null && field.type() != FormField.Type.DATE) {
            try {
                if (!Pattern.compile(field.pattern()).matcher(s).matches()) {
                    throw new FieldError("Pattern", name + "格式不正确");
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("form field " + field.key() + " has a bad pattern", e);
            }
        }
    }

    private static void checkRange(FormField field, BigDecimal n, String name) {
        if (field.min() != null && n.compareTo(field.min()) < 0) {
            throw new FieldError("Min", name + "不能小于 " + field.min().toPlainString());
        }
        if (field.max() != null && n.compareTo(field.max()) > 0) {
            throw new FieldError("Max", name + "不能大于 " + field.max().toPlainString());
        }
    }

    private static final class FieldError extends RuntimeException {

        private final String code;

        FieldError(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
