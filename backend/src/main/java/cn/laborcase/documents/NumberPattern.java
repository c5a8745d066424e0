package cn.laborcase.documents;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number pattern (文号格式), e.g. {@code {office}劳人仲字〔{year}〕第{seq}号}: {@code {office}} is the
 * office's short name (机关代字), {@code {year}} the year of issue, {@code {seq}} the number within office, type and
 * year, gap-free. GB/T 9704 §7.2.4: 发文字号由发文机关代字、年份、发文顺序号组成, the year in 六角括号〔〕.
 */
public record NumberPattern(String value) {

    public static final int MAX_LENGTH = 60;
    static final Set<String> PLACEHOLDERS = Set.of("office", "year", "seq");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public NumberPattern {
        List<FieldProblem> problems = problems("pattern", value);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        value = value.strip();
    }

    /** What is wrong with a pattern, if anything, reported against {@code field}. */
    public static List<FieldProblem> problems(String field, String pattern) {
        List<FieldProblem> problems = new ArrayList<>();
        if (pattern == null || pattern.isBlank()) {
            problems.add(new FieldProblem(field, "Required", "请填写文号格式"));
            return problems;
        }
        String p = pattern.strip();
        if (p.length() > MAX_LENGTH) {
            problems.add(new FieldProblem(field, "Size", "文号格式不能超过" + MAX_LENGTH + "个字符"));
        }
        if (!p.contains("{seq}")) {
            problems.add(new FieldProblem(field, "MissingSeq", "文号格式必须包含顺序号占位符 {seq}"));
        }
        Matcher m = PLACEHOLDER.matcher(p);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                problems.add(new FieldProblem(
                        field, "UnknownPlaceholder", "未知的占位符 {" + m.group(1) + "}，只能使用 {office}、{year}、{seq}"));
            }
        }
        String rest = PLACEHOLDER.matcher(p).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            problems.add(new FieldProblem(field, "Braces", "花括号只能用于占位符 {office}、{year}、{seq}"));
        }
        return problems;
    }

    public String format(String officeShortName, int year, int seq) {
        return value.replace("{office}", officeShortName)
                .replace("{year}", Integer.toString(year))
                .replace("{seq}", Integer.toString(seq));
    }
}
