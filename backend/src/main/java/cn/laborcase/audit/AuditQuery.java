package cn.laborcase.audit;

import cn.laborcase.shared.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Filter, sort and page of the journal; blank fields do not filter.
 *
 * @param sort one of {@link #SORTS} (the mapper maps it to a column), null for newest first
 */
public record AuditQuery(
        String actor,
        String action,
        String targetType,
        String targetId,
        LocalDate from,
        LocalDate to,
        int page,
        int size,
        String sort,
        boolean descending) {

    /** The columns the journal sorts by. */
    public static final Set<String> SORTS = Set.of("time", "actor", "action");

    public AuditQuery(
            String actor,
            String action,
            String targetType,
            String targetId,
            LocalDate from,
            LocalDate to,
            int page,
            int size) {
        this(actor, action, targetType, targetId, from, to, page, size, null, true);
    }

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 100_000);
        if (sort != null && !SORTS.contains(sort)) {
            throw new IllegalArgumentException("not a sort key of the journal: " + sort);
        }
    }

    /** Start of {@code from} in Beijing time. */
    public Instant fromInstant() {
        return from == null ? null : BeijingTime.startOf(from);
    }

    /** End of {@code to} (exclusive) in Beijing time. */
    public Instant toInstant() {
        return to == null ? null : BeijingTime.startOf(to.plusDays(1));
    }

    public int offset() {
        return page * size;
    }

    /** The same query from its first row, {@code rows} long: what an export reads. */
    public AuditQuery all(int rows) {
        return new AuditQuery(actor, action, targetType, targetId, from, to, 0, Math.max(1, rows), sort, descending);
    }

    /** The criteria in words, for the journal line of an export. */
    public String describe(AuditActions labels) {
        List<String> parts = new ArrayList<>();
        if (actor != null) parts.add("操作人账号“" + actor + "”");
        if (action != null) parts.add("操作“" + labels.action(action) + "”");
        if (targetType != null) parts.add("对象“" + labels.target(targetType) + "”");
        if (targetId != null) parts.add("对象标识“" + targetId + "”");
        if (from != null || to != null) {
            parts.add("日期 " + (from == null ? "" : from) + " 至 " + (to == null ? "" : to));
        }
        return parts.isEmpty() ? "全部" : String.join("，", parts);
    }
}
