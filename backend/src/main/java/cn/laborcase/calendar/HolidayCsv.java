package cn.laborcase.calendar;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The upload format of a year's holiday schedule (docs/calendar.md): UTF-8 CSV, header {@code date,kind,name,source},
 * one day per line, {@code kind} OFF (放假) or WORKING (调休上班). Blank lines and lines starting with {@code #} are
 * ignored; a field may be double-quoted. A file with any bad line is rejected whole, naming every bad line.
 */
final class HolidayCsv {

    static final String HEADER = "date,kind,name,source";
    static final int MAX_LINES = 400;
    private static final int MAX_NAME = 50;
    private static final int MAX_SOURCE = 200;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private HolidayCsv() {}

    static List<ScheduledDay> parse(int year, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "Empty", "请选择要上传的CSV文件");
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return parse(year, text);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "Encoding", "文件不是UTF-8编码，请另存为UTF-8格式的CSV后重新上传");
        }
    }

    static List<ScheduledDay> parse(int year, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        List<FieldProblem> problems = new ArrayList<>();
        List<ScheduledDay> days = new ArrayList<>();
        Map<LocalDate, Integer> seenOn = new HashMap<>();
        if (lines.length > MAX_LINES + 1) {
            throw new InvalidInputException(
                    "file", "TooLong", "文件过长：最多" + MAX_LINES + "行数据，实际" + (lines.length - 1) + "行");
        }
        if (!HEADER.equalsIgnoreCase(lines[0].strip().replace(" ", ""))) {
            problems.add(problem(1, "Header", "第一行应为表头 " + HEADER + "，实际为「" + abbreviate(lines[0]) + "」"));
        }
        for (int i = 1; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            parseLine(year, lineNo, line, seenOn, days).ifPresent(problems::add);
        }
        if (problems.isEmpty() && days.isEmpty()) {
            problems.add(new FieldProblem("file", "NoDays", "文件中没有任何日期"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return days;
    }

    private static Optional<FieldProblem> parseLine(
            int year, int lineNo, String line, Map<LocalDate, Integer> seenOn, List<ScheduledDay> days) {
        List<String> fields = split(line);
        if (fields == null) {
            return Optional.of(problem(lineNo, "Quote", "引号不成对"));
        }
        if (fields.size() != 4) {
            return Optional.of(problem(lineNo, "Columns", "应有4列（" + HEADER + "），实际" + fields.size() + "列"));
        }
        List<String> errors = new ArrayList<>();
        LocalDate date = null;
        try {
            date = LocalDate.parse(fields.get(0), DATE);
            if (date.getYear() != year) {
                errors.add("日期" + date + "不属于" + year + "年");
            }
        } catch (DateTimeParseException e) {
            errors.add("日期「" + abbreviate(fields.get(0)) + "」无效，应为yyyy-MM-dd格式的真实日期");
        }
        Optional<DayKind> kind = DayKind.parse(fields.get(1).toUpperCase(java.util.Locale.ROOT));
        if (kind.isEmpty()) {
            errors.add("类型「" + abbreviate(fields.get(1)) + "」无效，应为OFF（放假）或WORKING（调休上班）");
        } else if (kind.get() == DayKind.WORKING && date != null && !HolidaySchedule.isWeekend(date)) {
            errors.add(PeriodCalculator.describe(date) + "本是工作日，不能标为调休上班（WORKING只用于周六、周日）");
        }
        String name = fields.get(2);
        if (name.isEmpty()) {
            errors.add("名称不能为空");
        } else if (name.length() > MAX_NAME) {
            errors.add("名称不能超过" + MAX_NAME + "个字");
        }
        String source = fields.get(3);
        if (source.isEmpty()) {
            errors.add("来源（通知文号）不能为空");
        } else if (source.length() > MAX_SOURCE) {
            errors.add("来源不能超过" + MAX_SOURCE + "个字");
        }
        if (date != null && seenOn.containsKey(date)) {
            errors.add(contradiction(date, seenOn.get(date), days, kind.orElse(null)));
        }
        if (!errors.isEmpty()) {
            return Optional.of(problem(lineNo, "Invalid", String.join("；", errors)));
        }
        seenOn.put(date, lineNo);
        days.add(new ScheduledDay(date, kind.get(), name, source));
        return Optional.empty();
    }

    private static String contradiction(LocalDate date, int firstLine, List<ScheduledDay> days, DayKind kind) {
        DayKind earlier = days.stream()
                .filter(d -> d.date().equals(date))
                .map(ScheduledDay::kind)
                .findFirst()
                .orElse(null);
        if (earlier != null && kind != null && earlier != kind) {
            return "日期" + date + "与第" + firstLine + "行矛盾（一行为" + earlier.label() + "，一行为" + kind.label() + "）";
        }
        return "日期" + date + "与第" + firstLine + "行重复";
    }

    /** Splits one CSV line; {@code null} if a quote is not closed. */
    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(current.toString().strip());
        return fields;
    }

    private static FieldProblem problem(int lineNo, String code, String message) {
        return new FieldProblem("line" + lineNo, code, "第" + lineNo + "行：" + message);
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 30 ? t : t.substring(0, 29) + "…";
    }
}
