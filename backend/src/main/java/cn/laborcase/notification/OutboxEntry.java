package cn.laborcase.notification;

import java.time.Instant;
import java.util.List;

/** A message of the outbox as the administrators' mail page shows it. */
public record OutboxEntry(
        long id,
        String dedupKey,
        String messageId,
        List<String> recipients,
        String subject,
        String relatedType,
        String relatedId,
        OutboxState state,
        int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        String lockedBy,
        String lastError,
        String smtpReply,
        Instant sentAt,
        Instant createdAt,
        String createdBy,
        int version,
        List<AttachmentInfo> attachments) {

    /** What the message is about, in words (the outbox keeps a type code: DOCUMENT → 文书). */
    public String relatedLabel() {
        if (relatedType == null) {
            return "";
        }
        return switch (relatedType) {
            case "DOCUMENT" -> "文书";
            case "NOTICE" -> "通知";
            case "TASK" -> "任务";
            default -> "其他";
        };
    }

    /** Name, type and size of an attachment; {@code position} identifies it within the message. */
    public record AttachmentInfo(int position, String filename, String contentType, int sizeBytes) {}
}
