package cn.laborcase.organization;

import cn.laborcase.shared.PrintableText;
import cn.laborcase.shared.Problems;
import java.util.Set;

/**
 * Normalises form input: trimmed strings, blank as absent, absent sets as empty; and checks text that is stored and
 * printed (office names head every document, staff names sign them) by the shared rule, {@link PrintableText}.
 */
final class Text {

    private Text() {}

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static <T> Set<T> set(Set<T> s) {
        return s == null ? Set.of() : Set.copyOf(s);
    }

    /**
     * A single-line field: NUL, control characters and line breaks refused, naming the field in Chinese. Not checked
     * again when Bean Validation already named it (its length rule, say).
     */
    static void line(Problems problems, String field, String label, int maxLength, String value) {
        if (!problems.has(field)) {
            problems.add(PrintableText.singleLine(label, maxLength).problemOf(field, value));
        }
    }

    /** A multi-line field (an area description): line feeds allowed, other control characters not. */
    static void lines(Problems problems, String field, String label, int maxLength, String value) {
        if (!problems.has(field)) {
            problems.add(
                    PrintableText.multiline(label, maxLength).problemOf(field, PrintableText.normalizeNewlines(value)));
        }
    }
}
