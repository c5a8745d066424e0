package cn.laborcase.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Filter and page of the journal; blank fields do not filter. */
public record AuditQuery(
        String actor,
        String action,
        String targetType,
        String targetId,
        LocalDate from,
        LocalDate to,
        int page,
        int size) {

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 200);
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Start of {@code from} in Beijing time. */
    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(CHINA).toInstant();
    }

    /** End of {@code to} (exclusive) in Beijing time. */
    public Instant toInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(CHINA).toInstant();
    }

    public int offset() {
        return page * size;
    }
}
