package cn.laborcase.notification;

/**
 * Filters of the outbox page.
 *
 * @param state only messages in this state; null = all
 * @param text part of the subject, a recipient, the dedup key, the related id or the Message-ID
 */
public record OutboxQuery(OutboxState state, String text, int page, int size) {

    public OutboxQuery {
        text = text == null || text.isBlank() ? null : text.trim();
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 100_000);
    }
}
