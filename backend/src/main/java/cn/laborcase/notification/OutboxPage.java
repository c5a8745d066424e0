package cn.laborcase.notification;

import cn.laborcase.shared.Page;
import java.util.Map;

/** One page of the outbox, newest first, with the number of messages in each state. */
public record OutboxPage(Page<OutboxEntry> list, Map<OutboxState, Long> byState) {}
