package cn.laborcase.hearing;

import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.PrintableText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reading the module's input: times, days, instants in Beijing time, CSV lines; each problem named in Chinese. */
final class HearingFields {

    static final int MAX_CSV_ROWS = 2000;

    private HearingFields() {}

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String text(String field, String label, String value, int max, boolean required, List<FieldProblem> p) {
        if (blank(value)) {
            if (required) {
                p.add(new FieldProblem(field, "NotBlank", "请填写" + label));
            }
            return null;
        }
        var problem = PrintableText.problemOf(field, value, label, max, false);
        if (problem.isPresent()) {
            p.add(problem.get());
            return null;
        }
        return value.strip();
    }

    /** A chosen record's id: absent → "请选择…"; zero or negative (no record has one) → the same, not a 404. */
    static void id(String field, String label, Long value, List<FieldProblem> p) {
        if (value == null) {
            p.add(new FieldProblem(field, "NotNull", "请选择" + label));
        } else if (value < 1) {
            p.add(new FieldProblem(field, "Range", "所选" + label + "不存在，请重新选择"));
        }
    }

    /** 08:30 */
    static LocalTime time(String field, String label, String value, List<FieldProblem> p) {
        if (blank(value)) {
            p.add(new FieldProblem(field, "NotBlank", "请填写" + label + "（如 08:30）"));
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            p.add(new FieldProblem(field, "Format", label + "格式应为 时:分，如 08:30"));
            return null;
        }
    }

    static LocalDate date(String field, String label, String value, List<FieldProblem> p) {
        if (blank(value)) {
            p.add(new FieldProblem(field, "NotBlank", "请填写" + label + "（如 2026-10-12）"));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                p.add(new FieldProblem(field, "Range", label + "须在2000年至2100年之间"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            p.add(new FieldProblem(field, "Format", label + "格式应为 年-月-日，如 2026-10-12"));
            return null;
        }
    }

    /** {@code 2026-10-12T09:00:00+08:00}, or without an offset in Beijing time ({@code 2026-10-12T09:00}). */
    static Instant instant(String field, String label, String value, List<FieldProblem> p) {
        if (blank(value)) {
            p.add(new FieldProblem(field, "NotBlank", "请填写" + label + "（如 2026-10-12T09:00）"));
            return null;
        }
        String v = value.strip();
        Instant at;
        try {
            at = OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                at = LocalDateTime.parse(v).atZone(BeijingTime.ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                p.add(new FieldProblem(field, "Format", label + "格式应为 年-月-日T时:分，如 2026-10-12T09:00"));
                return null;
            }
        }
        int year = BeijingTime.dateOf(at).getYear();
        if (year < 2000 || year > 2100) {
            p.add(new FieldProblem(field, "Range", label + "须在2000年至2100年之间"));
            return null;
        }
        return at;
    }

    /** A day or a moment: a day alone means its start ({@code end=false}) or the start of the next day. */
    static Instant dayOrInstant(String field, String label, String value, boolean end, List<FieldProblem> p) {
        if (!blank(value) && value.strip().length() == 10) {
            LocalDate d = date(field, label, value, p);
            return d == null ? null : BeijingTime.startOf(end ? d.plusDays(1) : d);
        }
        return instant(field, label, value, p);
    }

    static Boolean yesNo(String field, String label, String value, List<FieldProblem> p) {
        if (blank(value)) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "是", "有", "yes", "y", "true", "1" -> true;
            case "否", "无", "no", "n", "false", "0" -> false;
            default -> {
                p.add(new FieldProblem(field, "Format", label + "请填写“是”或“否”"));
                yield null;
            }
        };
    }

    static String hhmm(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    /** The non-empty lines of a UTF-8 CSV (a BOM dropped), each split at commas and stripped; the header first. */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes == null ? new byte[0] : bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n|\n|\r", -1)) {
            if (line.isBlank()) {
                continue;
            }
            rows.add(Arrays.stream(line.split(",", -1)).map(String::strip).toList());
        }
        return rows;
    }

    static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    /** Problems of a CSV row named for a clerk: 第3行 容纳人数：… */
    static FieldProblem onRow(int line, FieldProblem p) {
        return new FieldProblem("rows[" + line + "]." + p.field(), p.code(), "第" + line + "行：" + p.message());
    }
}
