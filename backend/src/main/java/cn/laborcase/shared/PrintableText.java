package cn.laborcase.shared;

import java.util.Optional;

/**
 * The one rule for text that will be stored and printed (names, addresses, descriptions, employer fields): it must be
 * something a document can render. Checked at the door, so that an accepted record always renders — the 登记表 and
 * every later notice are XHTML rendered to PDF, and XML 1.0 cannot carry a NUL, most control characters, a lone UTF-16
 * surrogate or U+FFFE/U+FFFF (PostgreSQL refuses NUL outright).
 *
 * <ul>
 *   <li>single-line fields (names, addresses, phones, codes): no control character at all, no line or paragraph
 *       separator;
 *   <li>multi-line fields (a description): line feeds and tabs allowed, CR/LF normalised to LF by {@link
 *       #normalizeNewlines} before the check, no other control character;
 *   <li>at most {@code maxLength} characters (code points, so that one Chinese character counts one).
 * </ul>
 *
 * @param label the field as the user knows it, in Chinese (姓名, 住址)
 */
public record PrintableText(String label, int maxLength, boolean multiline) {

    public static PrintableText singleLine(String label, int maxLength) {
        return new PrintableText(label, maxLength, false);
    }

    public static PrintableText multiline(String label, int maxLength) {
        return new PrintableText(label, maxLength, true);
    }

    /**
     * The problem of {@code value} in {@code field}, or empty; an absent value has none (whether it is required is
     * the caller's rule). The length is that of the stripped value, as it will be stored.
     */
    public Optional<FieldProblem> problemOf(String field, String value) {
        return problemOf(field, value, label, maxLength, multiline);
    }

    /** {@link #problemOf(String, String)} without a rule object, for a one-off field. */
    public static Optional<FieldProblem> problemOf(
            String field, String value, String label, int maxLength, boolean multiline) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of(new FieldProblem(field, "Surrogate", label + "含有无法识别的字符，请重新输入"));
            }
            if (c == 0) {
                return Optional.of(new FieldProblem(field, "Nul", label + "含有空字符（NUL），请重新输入"));
            }
            if ((c == '\n' || c == '\t') && multiline) {
                continue;
            }
            if (c == '\n' || c == '\r') {
                return Optional.of(new FieldProblem(
                        field, "LineBreak", multiline ? label + "含有回车符，请重新输入" : label + "不能换行，请写在一行内"));
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of(new FieldProblem(field, "Control", label + "含有控制字符，请删除后重新输入"));
            }
        }
        String stored = value.strip();
        if (stored.codePointCount(0, stored.length()) > maxLength) {
            return Optional.of(new FieldProblem(field, "Size", label + "不能超过 " + maxLength + " 字"));
        }
        return Optional.empty();
    }

    /** CR LF and a lone CR become LF: the line breaks of a Windows browser or a pasted letter, kept as lines. */
    public static String normalizeNewlines(String value) {
        return value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A value to quote back in a message: at most 40 characters, without the characters this rule refuses. */
    public static String quoted(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        value.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && !(cp >= 0xD800 && cp <= 0xDFFF))
                .limit(40)
                .forEach(b::appendCodePoint);
        return value.codePointCount(0, value.length()) > 40 ? b + "…" : b.toString();
    }
}
