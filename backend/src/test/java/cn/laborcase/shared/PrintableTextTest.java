package cn.laborcase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared text rule: what a stored and printed field may hold, single-line and multi-line. */
class PrintableTextTest {

    static final PrintableText NAME = PrintableText.singleLine("姓名", 5);
    static final PrintableText DESCRIPTION = PrintableText.multiline("事实和请求", 10);

    @ParameterizedTest(name = "{0}: single-line {1}, multi-line {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // value (escaped)   | single-line | multi-line
                "张三                 | ok          | ok",
                "'𠀀𠀁𠀂𠀃𠀄'          | ok          | ok",
                "'𠀀𠀁𠀂𠀃𠀄𠀅'        | Size        | ok",
                "a\\u0000b            | Nul         | Nul",
                "a\\u0007b            | Control     | Control",
                "a\\u001bb            | Control     | Control",
                "a\\u0085b            | Control     | Control",
                "a\\u000bb            | Control     | Control",
                "a\\nb                | LineBreak   | ok",
                "a\\tb                | Control     | ok",
                "a\\rb                | LineBreak   | LineBreak",
                "a\\u2028b            | Control     | Control",
                "a\\ud800b            | Surrogate   | Surrogate",
                "\\udc00              | Surrogate   | Surrogate",
                "a\\uffffb            | Control     | Control",
                "'  张三  '           | ok          | ok"
            })
    void refusesWhatCannotBeStoredOrPrinted(String escaped, String singleLine, String multiLine) {
        String value = unescape(escaped);

        assertThat(NAME.problemOf("name", value).map(FieldProblem::code).orElse("ok"))
                .isEqualTo(singleLine);
        assertThat(DESCRIPTION
                        .problemOf("description", value)
                        .map(FieldProblem::code)
                        .orElse("ok"))
                .isEqualTo(multiLine);
    }

    @ParameterizedTest
    @CsvSource({"a\\r\\nb, a\\nb", "a\\rb, a\\nb", "a\\n\\rb, a\\n\\nb", "ab, ab"})
    void windowsAndOldMacLineBreaksBecomeLf(String escaped, String expected) {
        assertThat(PrintableText.normalizeNewlines(unescape(escaped))).isEqualTo(unescape(expected));
    }

    @ParameterizedTest
    @CsvSource({"a\\u0000b, ab", "a\\ud800b, ab"})
    void aQuotedValueLeavesOutWhatItRefuses(String escaped, String quoted) {
        assertThat(PrintableText.quoted(unescape(escaped))).isEqualTo(quoted);
        assertThat(PrintableText.quoted("长".repeat(100))).hasSize(41).endsWith("…");
    }

    @org.junit.jupiter.api.Test
    void namesTheFieldAndSaysWhatIsWrongInChinese() {
        assertThat(NAME.problemOf("complainants[3].name", "张\u0000三"))
                .contains(new FieldProblem("complainants[3].name", "Nul", "姓名含有空字符（NUL），请重新输入"));
        assertThat(NAME.problemOf("complainants[3].name", null)).isEmpty();
    }

    /** {@code \\uXXXX}, {@code \\n}, {@code \\r}, {@code \\t} as in Java source (a CSV cannot hold them raw). */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }
}
