package cn.laborcase.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A list filter's day range in Beijing time, both days included. A range whose end is before its start is refused,
 * naming the field (the Chinese label given), instead of silently finding nothing.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange of(LocalDate from, LocalDate to, String field, String label) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "DateRange", label + "：结束日期不能早于开始日期")));
        }
        return new DateRange(from, to);
    }

    /** The first instant of {@code from}, or null. */
    public Instant start() {
        return from == null ? null : BeijingTime.startOf(from);
    }

    /** The first instant after {@code to} (exclusive), or null. */
    public Instant end() {
        return to == null ? null : BeijingTime.startOf(to.plusDays(1));
    }

    public boolean isEmpty() {
        return from == null && to == null;
    }
}
