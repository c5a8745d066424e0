package cn.laborcase.notification;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a received MIME message the way a mail program shows it: decoded headers, the text, the attachments. */
final class MimeReader {

    private MimeReader() {}

    static ReceivedMail read(String mailbox, Instant receivedAt, MimeMessage message) {
        try {
            List<Part> attachments = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            walk(message, text, attachments);
            List<ReceivedMail.Part> parts = new ArrayList<>();
            for (int i = 0; i < attachments.size(); i++) {
                Part part = attachments.get(i);
                parts.add(new ReceivedMail.Part(i, filename(part), baseType(part), bytes(part).length));
            }
            return new ReceivedMail(
                    mailbox,
                    message.getMessageID(),
                    addresses(message.getFrom()).stream().findFirst().orElse(""),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    message.getSubject(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    receivedAt,
                    text.toString(),
                    List.copyOf(parts));
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable message " + mailbox, e);
        }
    }

    /** The attachment at {@code index}, decoded. */
    static MailAttachment attachment(MimeMessage message, int index) {
        try {
            List<Part> attachments = new ArrayList<>();
            walk(message, new StringBuilder(), attachments);
            if (index < 0 || index >= attachments.size()) {
                return null;
            }
            Part part = attachments.get(index);
            return new MailAttachment(filename(part), baseType(part), bytes(part));
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable message", e);
        }
    }

    private static void walk(Part part, StringBuilder text, List<Part> attachments) throws MessagingException {
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, text, attachments);
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                attachments.add(part);
            } else if (part.isMimeType("text/plain") && text.isEmpty()) {
                text.append(part.getContent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String filename(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return "附件";
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }

    private static String baseType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getBaseType();
        } catch (MessagingException e) {
            return "application/octet-stream";
        }
    }

    private static byte[] bytes(Part part) throws MessagingException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Address address : addresses) {
            result.add(address instanceof InternetAddress internet ? MailOutbox.display(internet) : address.toString());
        }
        return result;
    }
}
