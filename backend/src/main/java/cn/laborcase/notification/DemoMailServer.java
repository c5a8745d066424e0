package cn.laborcase.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's own SMTP server (GreenMail, in memory): a newcomer sees the notices the system sends on
 * /admin/mail without configuring a mail server. It starts before the outbox sender and stops after it. It only
 * starts when {@code spring.mail.host} is this machine, and a port already in use is reported, not fatal: the mail
 * then waits in the outbox, as it would for a real server that is down.
 */
@Component
@Profile("demo")
class DemoMailServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

    private final MailSettings.DemoServer config;
    private final String mailHost;
    private volatile GreenMail server;

    DemoMailServer(MailSettings settings, @Value("${spring.mail.host:localhost}") String mailHost) {
        this.config = settings.demoServer();
        this.mailHost = mailHost;
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
        GreenMail candidate = new GreenMail(
                        new ServerSetup(config.port(), config.bindAddress(), ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            candidate.start();
            server = candidate;
            log.info(
                    "demo SMTP server (GreenMail) listening on {}:{}; received mail: /admin/mail",
                    config.bindAddress(),
                    config.port());
        } catch (RuntimeException e) {
            log.warn(
                    "demo SMTP server could not listen on {}:{} ({}); mail stays in the outbox until a server answers",
                    config.bindAddress(),
                    config.port(),
                    e.getMessage());
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

    int port() {
        return config.port();
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
