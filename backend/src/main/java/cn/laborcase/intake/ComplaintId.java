package cn.laborcase.intake;

/** Identifies a complaint; the process carries its {@link #value()} as a variable and as business key. */
public record ComplaintId(long value) {

    /** From a process variable, business key or path (Long, Integer, or digits). */
    public static ComplaintId of(Object value) {
        if (value instanceof ComplaintId id) {
            return id;
        }
        if (value instanceof Number n) {
            return new ComplaintId(n.longValue());
        }
        if (value instanceof String s && s.strip().matches("\\d{1,18}")) {
            return new ComplaintId(Long.parseLong(s.strip()));
        }
        throw new IllegalArgumentException("not a complaint id: " + value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
