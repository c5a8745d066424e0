package cn.laborcase.notification.persistence;

import java.time.Instant;

/** A row of {@code mail_outbox}; {@code recipients} holds one address per line. */
public record OutboxRow(
        Long id,
        String dedupKey,
        String messageId,
        String recipients,
        String subject,
        String body,
        String relatedType,
        String relatedId,
        String state,
        int attempts,
        Instant nextAttemptAt,
        String lockedBy,
        Instant lockedUntil,
        Instant lastAttemptAt,
        String lastError,
        String smtpReply,
        Instant sentAt,
        Instant createdAt,
        String createdBy,
        int version) {}
