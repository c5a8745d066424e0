package cn.laborcase.notification.persistence;

/** A row of {@code mail_outbox_attachment}; {@code content} is null where only the summary was read. */
public record AttachmentRow(
        long outboxId, int position, String filename, String contentType, int sizeBytes, byte[] content) {}
