package cn.laborcase.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The demo profile's own SMTP server (GreenMail, in memory): a newcomer sees the notices the system sends on
 * /admin/mail without configuring a mail server. It starts before the outbox sender and stops after it. It only
 * starts when {@code spring.mail.host} is this machine.
 *
 * <p>When its port (2525 by default) is taken, typically by a second instance on the same machine, it listens on a
 * free port instead and points this instance's mail sender there, and says so in the log: before, the second
 * instance's mail went to the first instance's server and never showed on its own /admin/mail (issue 9 item 19).
 * If no port at all can be had, the log says so and the mail waits in the outbox, as for a real server that is down.
 */
@Component
@Profile("demo")
class DemoMailServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

    private final MailSettings.DemoServer config;
    private final String mailHost;
    private final ObjectProvider<JavaMailSender> senders;
    private volatile GreenMail server;
    private volatile int port;

    DemoMailServer(
            MailSettings settings,
            @Value("${spring.mail.host:localhost}") String mailHost,
            ObjectProvider<JavaMailSender> senders) {
        this.config = settings.demoServer();
        this.mailHost = mailHost;
        this.senders = senders;
        this.port = config.port();
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        if (!config.enabled()) {
            log.info("demo SMTP server disabled (laborcase.mail.demo-server.enabled=false)");
            return;
        }
        if (!isThisMachine(mailHost)) {
            log.info("demo SMTP server not started: spring.mail.host is {}, not this machine", mailHost);
            return;
        }
        GreenMail started = listen(config.port());
        if (started == null) {
            int free = freePort();
            started = free > 0 ? listen(free) : null;
            if (started == null) {
                log.error(
                        "demo SMTP server could not listen on {}:{} nor on any free port; mail stays in the outbox"
                                + " until a server answers",
                        config.bindAddress(),
                        config.port());
                return;
            }
            log.warn(
                    "demo SMTP server: port {} is taken (another LaborCase on this machine?); listening on {} instead,"
                            + " and this instance's mail goes there",
                    config.port(),
                    free);
            port = free;
            redirectSender(free);
        }
        server = started;
        log.info(
                "demo SMTP server (GreenMail) listening on {}:{}; received mail: /admin/mail",
                config.bindAddress(),
                port);
    }

    private GreenMail listen(int candidatePort) {
        GreenMail candidate = new GreenMail(
                        new ServerSetup(candidatePort, config.bindAddress(), ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            candidate.start();
            return candidate;
        } catch (RuntimeException e) {
            log.debug("demo SMTP server could not listen on {}:{}", config.bindAddress(), candidatePort, e);
            try {
                candidate.stop();
            } catch (RuntimeException ignored) {
                // it never ran
            }
            return null;
        }
    }

    private int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(config.bindAddress()))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            return -1;
        }
    }

    /** This instance's sender was aimed at the demo server's configured port: it follows the server. */
    private void redirectSender(int newPort) {
        if (senders.getIfAvailable() instanceof JavaMailSenderImpl sender
                && sender.getPort() == config.port()
                && isThisMachine(sender.getHost())) {
            sender.setPort(newPort);
        }
    }

    @Override
    public synchronized void stop() {
        GreenMail running = server;
        server = null;
        if (running != null) {
            running.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** Before the outbox sender (default phase) starts, after it stops. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    /**
     * Every copy received since the server started, newest first (a message to two people is stored twice, once
     * per mailbox); empty while the server is not running.
     */
    List<Copy> received() {
        GreenMail running = server;
        if (running == null) {
            return List.of();
        }
        List<Copy> copies = new ArrayList<>();
        try {
            for (GreenMailUser user : running.getUserManager().listUser()) {
                MailFolder inbox = running.getManagers().getImapHostManager().getInbox(user);
                for (StoredMessage stored : inbox.getMessages()) {
                    copies.add(
                            new Copy(user.getEmail(), stored.getReceivedDate().toInstant(), stored.getMimeMessage()));
                }
            }
        } catch (FolderException e) {
            throw new IllegalStateException("demo mailbox unreadable", e);
        }
        copies.sort(Comparator.comparing(Copy::receivedAt).reversed());
        return copies;
    }

    /** One stored copy of a message. */
    record Copy(String mailbox, Instant receivedAt, MimeMessage message) {}

    GreenMail greenMail() {
        return server;
    }

    /** The port it listens on (the configured one, or the free one it took instead). */
    int port() {
        return port;
    }

    private static boolean isThisMachine(String host) {
        if (host == null || host.isBlank()) {
            return true;
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.isLoopbackAddress() || address.isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
