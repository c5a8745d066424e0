package cn.laborcase.organization;

import java.util.Set;

/** Normalises form input: trimmed strings, blank as absent, absent sets as empty. */
final class Text {

    private Text() {}

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static <T> Set<T> set(Set<T> s) {
        return s == null ? Set.of() : Set.copyOf(s);
    }
}
