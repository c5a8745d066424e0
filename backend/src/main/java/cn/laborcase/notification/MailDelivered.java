package cn.laborcase.notification;

import java.time.Instant;
import java.util.List;

/**
 * The SMTP server accepted a message of the outbox for its recipients. Published in the transaction that marks it
 * SENT; listeners that act on delivery (e.g. the documents module recording 电子送达, 民事诉讼法 §90: served when the
 * message reaches the recipient's system) listen after commit.
 *
 * @param dedupKey the key the message was queued with ({@link MailMessage#dedupKey()})
 */
public record MailDelivered(
        long outboxId,
        String dedupKey,
        String relatedType,
        String relatedId,
        List<String> recipients,
        Instant deliveredAt) {}
