package cn.laborcase.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * One case's identity across the system: its kind and its id in the owning module. Audit targets, calendar deadlines,
 * documents, workflow business keys, timelines and case links all name a case with this value, so a track declares
 * its identity once.
 *
 * <p>As text it is {@code COMPLAINT:42} ({@link #key()}); the workflow business key of a case's processes is the same
 * text.
 */
public record CaseRef(CaseType type, long id) {

    public CaseRef {
        Objects.requireNonNull(type, "a case needs a type");
        if (id <= 0) {
            throw new IllegalArgumentException("a case id is positive: " + id);
        }
    }

    public static CaseRef of(CaseType type, long id) {
        return new CaseRef(type, id);
    }

    /** {@code COMPLAINT:42}. */
    public String key() {
        return type.name() + ":" + id;
    }

    /** Parses {@link #key()}; empty for anything else (never trust a request's text). */
    public static Optional<CaseRef> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1 || key.length() > 40) {
            return Optional.empty();
        }
        Optional<CaseType> type = CaseType.of(key.substring(0, colon));
        String digits = key.substring(colon + 1);
        if (type.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 18) {
            return Optional.empty();
        }
        long id = Long.parseLong(digits);
        return id > 0 ? Optional.of(new CaseRef(type.get(), id)) : Optional.empty();
    }

    @Override
    public String toString() {
        return key();
    }
}
