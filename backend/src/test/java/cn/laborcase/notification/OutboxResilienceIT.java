package cn.laborcase.notification;

import static cn.laborcase.notification.MailFixtures.inTransaction;
import static cn.laborcase.notification.MailFixtures.message;
import static cn.laborcase.notification.MailFixtures.messageId;
import static cn.laborcase.notification.MailFixtures.received;
import static cn.laborcase.notification.MailFixtures.uniqueAddress;
import static cn.laborcase.notification.MailFixtures.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.notification.persistence.OutboxMapper;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Exactly once across an SMTP outage, a sender restart, a sender that died holding a claim, and two senders polling
 * at the same time. Each message has its own recipient, so "once" is one copy in that mailbox with the row's
 * Message-ID.
 */
@IntegrationTest
class OutboxResilienceIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    java.time.Clock clock;

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

    @Autowired
    OutboxMapper mapper;

    @Autowired
    SmtpGateway gateway;

    @Autowired
    AuditJournal audit;

    @Autowired
    MailSettings settings;

    @Test
    void keepsMailThroughAnSmtpOutageAndDeliversEachOnceWhenTheServerReturns() {
        List<Sent> messages = new ArrayList<>();
        server.stop();
        try {
            for (int i = 0; i < 3; i++) {
                messages.add(queue("outage"));
            }
            await().atMost(DELIVERY).until(() -> messages.stream().allMatch(m -> {
                OutboxEntry e = entry(m);
                return e.state() == OutboxState.PENDING && e.attempts() >= 1;
            }));
            for (Sent m : messages) {
                OutboxEntry e = entry(m);
                assertThat(e.lastError()).as("last error").containsIgnoringCase("connect");
                assertThat(e.nextAttemptAt()).as("backoff").isAfter(e.lastAttemptAt());
                assertThat(e.sentAt()).isNull();
            }
        } finally {
            server.start();
        }
        assertThat(server.isRunning()).isTrue();

        // the backoff has run out
        for (Sent m : messages) {
            jdbc.update(
                    "update mail_outbox set next_attempt_at = ? where dedup_key = ?",
                    Timestamp.from(TestClock.get().instant().minusSeconds(1)),
                    m.key());
        }
        sender.poll();

        awaitDeliveredOnce(messages);
        for (Sent m : messages) {
            assertThat(entry(m).attempts()).isEqualTo(2);
        }
    }

    @Test
    void deliversMailQueuedWhileTheSenderWasStoppedOnceItStartsAgain() {
        List<Sent> messages = new ArrayList<>();
        sender.stop();
        try {
            for (int i = 0; i < 3; i++) {
                messages.add(queue("restart"));
            }
            for (Sent m : messages) {
                assertThat(entry(m).state()).isEqualTo(OutboxState.PENDING);
                assertThat(entry(m).attempts()).isZero();
            }
        } finally {
            sender.start();
        }

        awaitDeliveredOnce(messages);
    }

    @Test
    void takesOverAMessageWhoseSenderDiedAfterClaimingItOnceTheLeaseRunsOut() {
        String key = uniqueKey("crashed");
        String to = uniqueAddress("crashed");
        inTransaction(transactions, status -> {
            notifications.queueMail(message(key, to));
            // another node claimed it and died before it could send: its lease still runs
            jdbc.update(
                    """
                    update mail_outbox set state = 'SENDING', attempts = 1, claim_token = 'dead', locked_by = 'dead-node',
                           locked_until = ? where dedup_key = ?""",
                    Timestamp.from(TestClock.get().instant().plus(Duration.ofMinutes(5))),
                    key);
        });
        Sent message = new Sent(key, to);

        sender.poll();
        assertThat(entry(message).state()).isEqualTo(OutboxState.SENDING);
        assertThat(received(server, to)).isEmpty();

        jdbc.update(
                "update mail_outbox set locked_until = ? where dedup_key = ?",
                Timestamp.from(TestClock.get().instant().minusSeconds(1)),
                key);
        sender.poll();

        awaitDeliveredOnce(List.of(message));
        assertThat(entry(message).attempts()).isEqualTo(2);
    }

    @Test
    void twoSendersPollingAtOnceDeliverEachMessageOnce() throws Exception {
        List<Sent> messages = new ArrayList<>();
        OutboxSender otherNode = new OutboxSender(mapper, gateway, audit, settings, transactions, clock, event -> {});
        sender.stop();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 10; i++) {
                messages.add(queue("concurrent"));
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Integer>> polls = List.of(
                    () -> {
                        go.await();
                        return sender.poll();
                    },
                    () -> {
                        go.await();
                        return otherNode.poll();
                    });
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> poll : polls) {
                results.add(threads.submit(poll));
            }
            go.countDown();
            int delivered = 0;
            for (Future<Integer> result : results) {
                delivered += result.get(60, TimeUnit.SECONDS);
            }
            assertThat(delivered).isGreaterThanOrEqualTo(messages.size());
        } finally {
            threads.shutdownNow();
            sender.start();
        }

        awaitDeliveredOnce(messages);
        for (Sent m : messages) {
            assertThat(entry(m).attempts()).as("claimed once").isEqualTo(1);
        }
    }

    private Sent queue(String prefix) {
        String key = uniqueKey(prefix);
        String to = uniqueAddress(prefix);
        inTransaction(transactions, status -> notifications.queueMail(message(key, to)));
        return new Sent(key, to);
    }

    private OutboxEntry entry(Sent message) {
        return administration.findByDedupKey(message.key()).orElseThrow();
    }

    /** Every message is SENT and its mailbox holds exactly one copy, with the row's Message-ID. */
    private void awaitDeliveredOnce(List<Sent> messages) {
        await().atMost(DELIVERY).until(() -> messages.stream().allMatch(m -> entry(m).state() == OutboxState.SENT));
        for (Sent m : messages) {
            assertThat(received(server, m.to()))
                    .as("copies for %s", m.key())
                    .singleElement()
                    .satisfies(mail -> assertThat(messageId(mail)).isEqualTo(entry(m).messageId()));
        }
    }

    private record Sent(String key, String to) {}
}
