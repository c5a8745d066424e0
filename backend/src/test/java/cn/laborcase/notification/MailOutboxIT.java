package cn.laborcase.notification;

import static cn.laborcase.notification.MailFixtures.inTransaction;
import static cn.laborcase.notification.MailFixtures.message;
import static cn.laborcase.notification.MailFixtures.pdfLike;
import static cn.laborcase.notification.MailFixtures.received;
import static cn.laborcase.notification.MailFixtures.uniqueAddress;
import static cn.laborcase.notification.MailFixtures.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;

/** The outbox against a real SMTP server (the demo profile's GreenMail): after commit, once, intact. */
@IntegrationTest
class MailOutboxIT {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @Autowired
    Notifications notifications;

    @Autowired
    MailAdministration administration;

    @Autowired
    OutboxSender sender;

    @Autowired
    DemoMailServer server;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sendsNothingWhenTheBusinessTransactionRollsBack() {
        String key = uniqueKey("rollback");
        String to = uniqueAddress("rollback");

        inTransaction(transactions, status -> {
            notifications.queueMail(message(key, to));
            status.setRollbackOnly();
        });
        sender.poll();

        assertThat(administration.findByDedupKey(key)).isEmpty();
        assertThat(received(server, to)).isEmpty();
    }

    @Test
    void deliversOnceAfterCommitWithChineseSubjectAndTheAttachmentIntact() throws Exception {
        String key = uniqueKey("document");
        String to = uniqueAddress("party");
        String subject = "受理通知书（东劳监受字〔2026〕第1号）";
        byte[] pdf = pdfLike(40_000);

        inTransaction(
                transactions,
                status -> notifications.queueMail(new MailMessage(
                        key,
                        List.of("张三 <" + to + ">"),
                        subject,
                        "张三：\n您于2026年3月2日提出的投诉，本机关决定受理。\n示范市东湖区劳动保障监察大队",
                        List.of(new MailAttachment("受理通知书.pdf", "application/pdf", pdf)),
                        "DOCUMENT",
                        "42")));

        await().atMost(DELIVERY).until(() -> received(server, to).size() == 1);
        OutboxEntry entry = administration.findByDedupKey(key).orElseThrow();
        await().atMost(DELIVERY)
                .until(() -> administration.find(entry.id()).orElseThrow().state() == OutboxState.SENT);
        MimeMessage mail = received(server, to).get(0);
        ReceivedMail read = MimeReader.read(to, null, mail);

        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(mail.getMessageID())
                .isEqualTo(entry.messageId())
                .matches("<outbox\\.[0-9a-f]{32}@laborcase\\.local>");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("劳动保障监察与争议仲裁案件办理系统");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("noreply@laborcase.local");
        assertThat(read.to()).containsExactly("张三 <" + to + ">");
        assertThat(read.text()).contains("本机关决定受理");
        assertThat(read.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("受理通知书.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
        });
        assertThat(MimeReader.attachment(mail, 0).content()).isEqualTo(pdf);

        OutboxEntry sent = administration.find(entry.id()).orElseThrow();
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.smtpReply()).startsWith("250");
        assertThat(sent.lastError()).isNull();
        assertThat(sent.relatedType()).isEqualTo("DOCUMENT");
        assertThat(sent.attachments()).singleElement().satisfies(a -> assertThat(a.sizeBytes())
                .isEqualTo(40_000));
        assertThat(administration.outboxAttachment(entry.id(), 0).content()).isEqualTo(pdf);
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where target_type = 'MAIL' and target_id = ? order by occurred_at, id",
                        String.class,
                        String.valueOf(entry.id())))
                .containsExactly("MAIL_QUEUED", "MAIL_SENT");

        sender.poll();
        assertThat(received(server, to)).hasSize(1);
    }

    @Test
    void queueingTheSameDedupKeyAgainSendsOneMail() {
        String key = uniqueKey("dedup");
        String to = uniqueAddress("dedup");

        inTransaction(transactions, status -> notifications.queueMail(message(key, to)));
        inTransaction(transactions, status -> {
            notifications.queueMail(message(key, to));
            notifications.queueMail(message(key, to));
        });

        await().atMost(DELIVERY).until(() -> received(server, to).size() == 1);
        await().atMost(DELIVERY)
                .until(() -> administration.findByDedupKey(key).orElseThrow().state() == OutboxState.SENT);
        sender.poll();
        assertThat(received(server, to)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = ?", Long.class, key))
                .isEqualTo(1);
    }

    @Test
    void refusesUnusableMessagesNamingEachFieldAndWritesNothing() {
        String key = uniqueKey("invalid");
        MailMessage bad = new MailMessage(
                key,
                List.of("not an address", "ok@example.cn"),
                " ",
                "正文",
                List.of(new MailAttachment("../etc/passwd", "application/pdf", new byte[] {1})),
                null,
                null);

        assertThatThrownBy(() -> inTransaction(transactions, status -> notifications.queueMail(bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("to", "subject", "attachments[0].filename"));
        assertThat(administration.findByDedupKey(key)).isEmpty();
    }

    @Test
    void requiresTheCallersTransaction() {
        String key = uniqueKey("no-transaction");

        assertThatThrownBy(() -> notifications.queueMail(message(key, uniqueAddress("nobody"))))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(administration.findByDedupKey(key)).isEmpty();
    }
}
