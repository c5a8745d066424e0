package cn.laborcase.notification;

import cn.laborcase.notification.persistence.AttachmentRow;
import cn.laborcase.notification.persistence.OutboxRow;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Turns an outbox row into a MIME message (UTF-8, Chinese subject and sender name encoded per RFC 2047, the
 * attachments as parts) and hands it to the SMTP server configured under {@code spring.mail}.
 */
@Component
class SmtpGateway {

    static final String OUTBOX_HEADER = "X-LaborCase-Outbox-Id";

    private final JavaMailSender sender;
    private final MailSettings settings;
    private final Clock clock;

    SmtpGateway(JavaMailSender sender, MailSettings settings, Clock clock) {
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends one message and returns the server's reply to it (e.g. "250 2.0.0 Ok: queued as 4ZxY") where the
     * transport tells it, else null.
     */
    String send(OutboxRow row, List<AttachmentRow> attachments) throws MessagingException {
        MimeMessage message;
        try {
            message = compose(row, attachments);
        } catch (MessagingException | RuntimeException e) {
            throw new Unsendable(e);
        }
        if (sender instanceof JavaMailSenderImpl configured) {
            return sendReportingReply(configured, message);
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new MessagingException(e.getMessage(), e);
        }
        return null;
    }

    MimeMessage compose(OutboxRow row, List<AttachmentRow> attachments) throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(session(), row.messageId());
        MimeMessageHelper helper =
                new MimeMessageHelper(message, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
        try {
            helper.setFrom(settings.from(), settings.fromName().isEmpty() ? null : settings.fromName());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("sender name not encodable", e);
        }
        helper.setTo(encoded(MailOutbox.parseRecipients(row.recipients())));
        helper.setSubject(row.subject());
        helper.setText(row.body(), false);
        helper.setSentDate(Date.from(Instant.now(clock)));
        for (AttachmentRow attachment : attachments) {
            helper.addAttachment(
                    attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        message.setHeader(OUTBOX_HEADER, String.valueOf(row.id()));
        return message;
    }

    /**
     * A parsed address keeps its display name as typed (raw UTF-8 in a header is not allowed); re-made with a charset
     * the name is encoded per RFC 2047, as for the sender.
     */
    private static InternetAddress[] encoded(List<InternetAddress> addresses) throws MessagingException {
        InternetAddress[] result = new InternetAddress[addresses.size()];
        for (int i = 0; i < result.length; i++) {
            InternetAddress address = addresses.get(i);
            try {
                result[i] = address.getPersonal() == null
                        ? address
                        : new InternetAddress(
                                address.getAddress(), address.getPersonal(), StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new MessagingException("recipient name not encodable", e);
            }
        }
        return result;
    }

    /**
     * What {@link JavaMailSenderImpl#send} does, keeping the transport long enough to read the server's reply. A
     * failure of the closing QUIT is ignored: the server has accepted the message by then.
     */
    private static String sendReportingReply(JavaMailSenderImpl configured, MimeMessage message)
            throws MessagingException {
        Session session = configured.getSession();
        String protocol = configured.getProtocol() == null ? "smtp" : configured.getProtocol();
        Transport transport = session.getTransport(protocol);
        try {
            transport.connect(
                    configured.getHost(),
                    configured.getPort(),
                    emptyToNull(configured.getUsername()),
                    emptyToNull(configured.getPassword()));
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            return transport instanceof SMTPTransport smtp ? trimReply(smtp.getLastServerResponse()) : null;
        } finally {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the message was accepted before QUIT
            }
        }
    }

    private Session session() {
        return sender instanceof JavaMailSenderImpl configured
                ? configured.getSession()
                : Session.getInstance(new Properties());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static String trimReply(String reply) {
        if (reply == null) {
            return null;
        }
        String trimmed = reply.strip();
        return trimmed.length() <= 500 ? trimmed : trimmed.substring(0, 499) + "…";
    }

    /** The row cannot be made into a message at all: no server will take it, so it is not retried. */
    static final class Unsendable extends MessagingException {

        Unsendable(Exception cause) {
            super("message cannot be composed: " + cause.getMessage(), cause);
        }
    }

    /**
     * JavaMail replaces the Message-ID with a new random one on every {@code saveChanges()}; the outbox fixes it when
     * the row is written so that a resend carries the same one.
     */
    static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
