package cn.laborcase.shared;

/**
 * A user's search text as a portable {@code LIKE} pattern: its own {@code %}, {@code _} and {@code \} escaped, to be
 * used as {@code like #{x} escape '\'} (PostgreSQL and IvorySQL's Oracle mode alike; no {@code ILIKE}).
 */
public final class LikePattern {

    private LikePattern() {}

    /** "东湖" → "%东湖%"; null or blank → null (Oracle mode reads '' as NULL: a blank filter is no filter). */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + escape(text.strip()) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
