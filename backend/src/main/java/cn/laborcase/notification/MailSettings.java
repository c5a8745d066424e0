package cn.laborcase.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code laborcase.mail}: the sender address and how the outbox sender polls, leases and retries. The SMTP server
 * itself is {@code spring.mail.*}.
 *
 * @param from the envelope and header sender address
 * @param fromName its display name (Chinese; encoded per RFC 2047)
 * @param senderEnabled false on a node that must not send (another node does)
 * @param pollInterval how often the sender looks for due mail besides the kick after each commit
 * @param lease how long a claimed message belongs to its sender; must exceed the longest SMTP conversation
 * @param maxAttempts attempts before a message is FAILED
 * @param retryDelays wait after the 1st, 2nd, ... failed attempt; the last value repeats
 * @param batchSize messages claimed per poll
 * @param maxAttachmentsSize attachments of one message together
 */
@ConfigurationProperties("laborcase.mail")
record MailSettings(
        String from,
        String fromName,
        boolean senderEnabled,
        Duration pollInterval,
        Duration lease,
        int maxAttempts,
        List<Duration> retryDelays,
        int batchSize,
        DataSize maxAttachmentsSize,
        DemoServer demoServer) {

    MailSettings {
        from = from == null || from.isBlank() ? "noreply@laborcase.local" : from.trim();
        fromName = fromName == null ? "" : fromName.trim();
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
        retryDelays = retryDelays == null || retryDelays.isEmpty()
                ? List.of(
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(30),
                        Duration.ofHours(1),
                        Duration.ofHours(2))
                : List.copyOf(retryDelays);
        batchSize = batchSize <= 0 ? 20 : batchSize;
        maxAttachmentsSize = maxAttachmentsSize == null ? DataSize.ofMegabytes(10) : maxAttachmentsSize;
        demoServer = demoServer == null ? new DemoServer(true, "127.0.0.1", 2525) : demoServer;
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalStateException("laborcase.mail.poll-interval must be positive");
        }
        if (lease.compareTo(Duration.ofSeconds(30)) < 0) {
            // shorter than the SMTP timeouts together: a slow but live send could be claimed again
            throw new IllegalStateException("laborcase.mail.lease must be at least 30s");
        }
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, retryDelays);
    }

    /** The domain of the sender address: the right-hand side of the Message-IDs we make. */
    String messageIdDomain() {
        int at = from.lastIndexOf('@');
        return at < 0 || at == from.length() - 1 ? "laborcase.local" : from.substring(at + 1);
    }

    /**
     * The in-process SMTP server of the demo profile.
     *
     * @param port defaults to {@code spring.mail.port}, so the application sends to it without configuration
     */
    record DemoServer(boolean enabled, String bindAddress, Integer port) {

        DemoServer {
            bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress;
            port = port == null ? 2525 : port;
        }
    }
}
