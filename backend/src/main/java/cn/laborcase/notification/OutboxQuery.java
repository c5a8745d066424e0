package cn.laborcase.notification;

import java.util.Set;

/**
 * Filters and order of the outbox page.
 *
 * @param state only messages in this state; null = all
 * @param text part of the subject, a recipient, the dedup key, the related id or the Message-ID
 * @param sort one of {@link #SORTS}, or null for the newest first
 */
public record OutboxQuery(OutboxState state, String text, int page, int size, String sort, boolean descending) {

    /** The columns the outbox sorts by: 排队时间, 状态, 主题, 发送时间. */
    public static final Set<String> SORTS = Set.of("createdAt", "state", "subject", "sentAt");

    public OutboxQuery(OutboxState state, String text, int page, int size) {
        this(state, text, page, size, null, true);
    }

    public OutboxQuery {
        if (sort != null && !SORTS.contains(sort)) {
            throw new IllegalArgumentException("not a sort key of the outbox: " + sort);
        }
        text = text == null || text.isBlank() ? null : text.trim();
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 100_000);
    }
}
