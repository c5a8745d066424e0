package cn.laborcase.calendar;

/** Identifies a deadline; processes carry its {@link #value()} as a variable. */
public record DeadlineId(long value) {

    /** From a process variable or request parameter (Long, Integer, or digits). */
    public static DeadlineId of(Object value) {
        if (value instanceof DeadlineId id) {
            return id;
        }
        if (value instanceof Number n) {
            return new DeadlineId(n.longValue());
        }
        if (value instanceof String s && s.strip().matches("\\d{1,18}")) {
            return new DeadlineId(Long.parseLong(s.strip()));
        }
        throw new IllegalArgumentException("not a deadline id: " + value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
