package cn.laborcase.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Messages with unique keys and recipients, and what the demo SMTP server received for a recipient. */
final class MailFixtures {

    private MailFixtures() {}

    static String uniqueKey(String prefix) {
        return prefix + ":" + UUID.randomUUID();
    }

    /** A recipient no other test uses: its mailbox holds only this test's mail. */
    static String uniqueAddress(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
    }

    static MailMessage message(String key, String to) {
        return new MailMessage(key, List.of(to), "测试邮件 " + key, "这是一封测试邮件。", List.of(), "TEST", key);
    }

    /** Bytes that look like a PDF and cover every byte value, so any re-encoding damage shows. */
    static byte[] pdfLike(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = 0; i < 256; i++) {
            bytes[head.length + i] = (byte) i;
        }
        return bytes;
    }

    static void inTransaction(PlatformTransactionManager transactions, Consumer<TransactionStatus> work) {
        new TransactionTemplate(transactions).executeWithoutResult(work);
    }

    static List<MimeMessage> received(DemoMailServer server, String mailbox) {
        return server.received().stream()
                .filter(c -> c.mailbox().equalsIgnoreCase(mailbox))
                .map(DemoMailServer.Copy::message)
                .toList();
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
