package cn.laborcase.notification;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.notification.persistence.AttachmentRow;
import cn.laborcase.notification.persistence.OutboxMapper;
import cn.laborcase.notification.persistence.OutboxRow;
import jakarta.mail.MessagingException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: woken after each commit that queued mail, and every {@code poll-interval} for retries and
 * for messages whose sender died. Each message is claimed by a guarded update before it is sent (one winner across
 * threads and nodes, see OutboxMapper.xml), sent outside any transaction, and its outcome written in a transaction of
 * its own.
 *
 * <p>Never twice: a row leaves PENDING only through the claim, and a claimed row is SENT as soon as the server has
 * accepted it. The one window is a crash (or lost database) between the server's acceptance and the SENT mark: the
 * lease then runs out and the message is sent again, with the same Message-ID so that the receiving side can drop
 * the copy. A lease shorter than an SMTP conversation would open a second window; {@code lease} defaults to 5 minutes
 * against SMTP time-outs of 5 + 10 + 10 seconds.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final String SYSTEM = "system";

    private final OutboxMapper mapper;
    private final SmtpGateway gateway;
    private final AuditJournal audit;
    private final MailSettings settings;
    private final RetryPolicy retry;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String node;
    private final AtomicBoolean kickQueued = new AtomicBoolean();
    private volatile ThreadPoolTaskScheduler scheduler;

    OutboxSender(
            OutboxMapper mapper,
            SmtpGateway gateway,
            AuditJournal audit,
            MailSettings settings,
            PlatformTransactionManager transactions,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.mapper = mapper;
        this.gateway = gateway;
        this.audit = audit;
        this.settings = settings;
        this.retry = settings.retryPolicy();
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.node = nodeName();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void queued(MailQueued event) {
        kick();
    }

    /** Wakes the sender thread (at most one wake-up waits at a time); a no-op while the sender is stopped. */
    void kick() {
        ThreadPoolTaskScheduler current = scheduler;
        if (current != null && kickQueued.compareAndSet(false, true)) {
            current.execute(() -> {
                kickQueued.set(false);
                pollQuietly();
            });
        }
    }

    /**
     * Claims and sends every message that is due now (PENDING and due, or SENDING with a lease that ran out). Safe
     * to call from several threads and nodes at once. Returns how many messages this call delivered.
     */
    int poll() {
        int delivered = 0;
        List<Long> due;
        do {
            due = mapper.findDue(Instant.now(clock), settings.batchSize());
            for (long id : due) {
                String token = UUID.randomUUID().toString();
                Instant now = Instant.now(clock);
                Integer claimed =
                        ownTransaction.execute(tx -> mapper.claim(id, token, node, now, now.plus(settings.lease())));
                if (claimed != null && claimed == 1 && deliver(id, token)) {
                    delivered++;
                }
            }
        } while (due.size() == settings.batchSize());
        return delivered;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("mail outbox poll failed; next poll in {}: {}", settings.pollInterval(), e.toString());
        }
    }

    private boolean deliver(long id, String token) {
        OutboxRow row = mapper.findById(id).orElseThrow();
        List<AttachmentRow> attachments = mapper.findAttachments(id);
        String reply;
        try {
            reply = gateway.send(row, attachments);
        } catch (MessagingException | RuntimeException e) {
            recordFailure(row, token, SendFailure.of(e));
            return false;
        }
        Instant sentAt = Instant.now(clock);
        try {
            ownTransaction.executeWithoutResult(tx -> {
                if (mapper.markSent(id, sentAt, reply) == 1) {
                    audit.recordAs(
                            SYSTEM,
                            "MAIL_SENT",
                            MailOutbox.TARGET,
                            id,
                            "邮件已发送：" + row.subject(),
                            null,
                            reply == null ? row.messageId() : row.messageId() + " " + reply);
                    events.publishEvent(new MailDelivered(
                            id, row.dedupKey(), row.relatedType(), row.relatedId(), recipients(row), sentAt));
                }
            });
        } catch (RuntimeException e) {
            // the window of docs/notifications.md: sent, not marked; resent with the same Message-ID after the lease
            log.error(
                    "mail {} was accepted by the SMTP server but could not be marked SENT; it will be sent again with"
                            + " Message-ID {} after its lease ends",
                    id,
                    row.messageId(),
                    e);
            return false;
        }
        return true;
    }

    private static List<String> recipients(OutboxRow row) {
        return row.recipients()
                .lines()
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .toList();
    }

    private void recordFailure(OutboxRow row, String token, SendFailure failure) {
        Instant now = Instant.now(clock);
        int attempts = row.attempts();
        boolean giveUp = failure.permanent() || retry.exhausted(attempts);
        OutboxState state = giveUp ? OutboxState.FAILED : OutboxState.PENDING;
        Instant next = giveUp ? now : retry.nextAttempt(attempts, now);
        ownTransaction.executeWithoutResult(tx -> {
            int updated = mapper.markFailed(row.id(), token, state.name(), next, failure.text(), failure.reply());
            if (updated == 1 && giveUp) {
                audit.recordAs(
                        SYSTEM,
                        "MAIL_FAILED",
                        MailOutbox.TARGET,
                        row.id(),
                        "邮件发送失败（已尝试" + attempts + "次" + (failure.permanent() ? "，服务器拒收" : "") + "）：" + row.subject(),
                        null,
                        failure.text());
            }
        });
        if (giveUp) {
            log.warn("mail {} FAILED after {} attempt(s): {}", row.id(), attempts, failure.text());
        } else {
            log.info("mail {} attempt {} failed, next attempt at {}: {}", row.id(), attempts, next, failure.text());
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        if (!settings.senderEnabled()) {
            log.info("mail sender disabled on this node (laborcase.mail.sender-enabled=false)");
            return;
        }
        ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
        started.setPoolSize(1);
        started.setThreadNamePrefix("mail-outbox-");
        started.setWaitForTasksToCompleteOnShutdown(true);
        started.setAwaitTerminationSeconds(30);
        started.initialize();
        started.scheduleWithFixedDelay(
                this::pollQuietly, Instant.now(clock).plus(settings.pollInterval()), settings.pollInterval());
        scheduler = started;
        kick();
    }

    @Override
    public synchronized void stop() {
        ThreadPoolTaskScheduler running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** Names the claimer in {@code locked_by}, so an operator sees which node holds a message. */
    String node() {
        return node;
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown";
        }
        String name = host + "/" + ProcessHandle.current().pid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
