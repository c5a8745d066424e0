package cn.laborcase.notification;

import java.util.List;

/**
 * An e-mail to queue.
 *
 * @param dedupKey unique per logical message (e.g. "document:123:recipient:4"): queueing the same key twice sends once
 * @param relatedType what the message is about, for the outbox page (e.g. DOCUMENT)
 * @param relatedId its id
 */
public record MailMessage(
        String dedupKey,
        List<String> to,
        String subject,
        String body,
        List<MailAttachment> attachments,
        String relatedType,
        String relatedId) {}
