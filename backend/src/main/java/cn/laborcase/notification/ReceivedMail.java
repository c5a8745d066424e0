package cn.laborcase.notification;

import java.time.Instant;
import java.util.List;

/**
 * A message the demo profile's own SMTP server received, as decoded from its MIME form (so the page shows what a
 * recipient's mail program would).
 *
 * @param mailbox the recipient whose mailbox holds this copy (a message to two people is stored twice)
 */
public record ReceivedMail(
        String mailbox,
        String messageId,
        String from,
        List<String> to,
        String subject,
        Instant sentAt,
        Instant receivedAt,
        String text,
        List<Part> attachments) {

    /** @param index the attachment's position among the message's attachments */
    public record Part(int index, String filename, String contentType, int sizeBytes) {}
}
