package cn.laborcase.notification;

import java.util.List;
import java.util.Map;

/** One page of the outbox, newest first, with the number of messages in each state. */
public record OutboxPage(List<OutboxEntry> entries, long total, int page, int size, Map<OutboxState, Long> byState) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
