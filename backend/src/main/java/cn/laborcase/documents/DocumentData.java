package cn.laborcase.documents;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks the data a document is filled with against its type, before anything is numbered or rendered, and
 * formats it for the template.
 */
final class DocumentData {

    static final int MAX_TEXT = 200;
    static final int MAX_TEXTAREA = 5000;

    private DocumentData() {}

    /**
     * The data as it will be stored: declared fields only, trimmed, blanks dropped, dates in ISO form.
     *
     * @throws InvalidInputException naming every missing or malformed field (and every undeclared one)
     */
    static Map<String, String> clean(DocumentType type, Map<String, String> data) {
        Map<String, String> input = data == null ? Map.of() : data;
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : new TreeSet<>(input.keySet())) {
            if (type.field(name).isEmpty()) {
                problems.add(new FieldProblem(name, "Unknown", type.name() + "没有此项（" + name + "）"));
            }
        }
        Map<String, String> clean = new LinkedHashMap<>();
        for (DocumentField field : type.fields()) {
            String raw = input.get(field.name());
            String value = raw == null ? "" : raw.strip().replace("\r\n", "\n");
            if (value.isEmpty()) {
                if (field.required()) {
                    problems.add(new FieldProblem(field.name(), "Required", "请填写" + field.label()));
                }
                continue;
            }
            String problem = problem(field, value);
            if (problem != null) {
                problems.add(new FieldProblem(field.name(), "Invalid", field.label() + problem));
                continue;
            }
            clean.put(field.name(), normalise(field, value));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clean;
    }

    /** Every declared field (null when empty) formatted for display; templates read these as {@code f.name}. */
    static Map<String, Object> display(DocumentType type, Map<String, String> data) {
        Map<String, Object> shown = new LinkedHashMap<>();
        for (DocumentField field : type.fields()) {
            String value = data.get(field.name());
            shown.put(field.name(), value == null ? null : format(field.kind(), value));
        }
        return shown;
    }

    /** The paragraphs of every multi-line field (empty list when empty), as {@code paras.name}. */
    static Map<String, Object> paragraphs(DocumentType type, Map<String, String> data) {
        Map<String, Object> paras = new LinkedHashMap<>();
        for (DocumentField field : type.fields()) {
            String value = data.get(field.name());
            paras.put(
                    field.name(),
                    value == null
                            ? List.of()
                            : Arrays.stream(value.split("\n"))
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList());
        }
        return paras;
    }

    static String format(FieldKind kind, String value) {
        return switch (kind) {
            case DATE -> Dates.chinese(LocalDate.parse(value));
            case DATETIME -> Dates.chineseHour(LocalDateTime.parse(value));
            default -> value;
        };
    }

    private static String problem(DocumentField field, String value) {
        switch (field.kind()) {
            case TEXT -> {
                if (value.length() > MAX_TEXT) {
                    return "不能超过" + MAX_TEXT + "个字符";
                }
                if (value.contains("\n")) {
                    return "只能填写一行";
                }
            }
            case TEXTAREA -> {
                if (value.length() > MAX_TEXTAREA) {
                    return "不能超过" + MAX_TEXTAREA + "个字符";
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    return "应为日期，格式如 2026-03-02";
                }
            }
            case DATETIME -> {
                try {
                    LocalDateTime.parse(value);
                } catch (DateTimeParseException e) {
                    return "应为日期和时间，格式如 2026-03-02T14:00";
                }
            }
            case CHOICE -> {
                if (!field.options().contains(value)) {
                    return "只能选择：" + String.join("、", field.options());
                }
            }
            case NUMBER -> {
                if (!value.matches("\\d{1,9}")) {
                    return "应为不超过9位的非负整数";
                }
            }
        }
        return null;
    }

    private static String normalise(DocumentField field, String value) {
        return switch (field.kind()) {
            case DATE -> LocalDate.parse(value).toString();
            case DATETIME ->
                LocalDateTime.parse(value).withSecond(0).withNano(0).toString();
            case NUMBER -> Integer.toString(Integer.parseInt(value));
            default -> value;
        };
    }
}
