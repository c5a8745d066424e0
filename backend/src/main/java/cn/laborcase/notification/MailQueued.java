package cn.laborcase.notification;

/** A message was written to the outbox (or requeued); after commit the sender is woken to deliver it. */
record MailQueued(long outboxId) {}
