package cn.laborcase.notification;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.notification.persistence.AttachmentRow;
import cn.laborcase.notification.persistence.OutboxMapper;
import cn.laborcase.notification.persistence.OutboxRow;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.Page;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administrators' mail page (/admin/mail) shows and does: the outbox with each message's state and SMTP
 * result, requeueing a FAILED message, and in the demo profile the mail its own SMTP server received.
 */
@Service
public class MailAdministration {

    private final OutboxMapper mapper;
    private final AuditJournal audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<DemoMailServer> demoServer;
    private final Clock clock;

    MailAdministration(
            OutboxMapper mapper,
            AuditJournal audit,
            ApplicationEventPublisher events,
            ObjectProvider<DemoMailServer> demoServer,
            Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.events = events;
        this.demoServer = demoServer;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OutboxPage outbox(OutboxQuery query) {
        String state = query.state() == null ? null : query.state().name();
        String text =
                query.text() == null ? null : "%" + escapeLike(query.text().toLowerCase()) + "%";
        List<OutboxRow> rows =
                mapper.search(state, text, query.page() * query.size(), query.size(), query.sort(), query.descending());
        Map<Long, List<OutboxEntry.AttachmentInfo>> attachments = rows.isEmpty()
                ? Map.of()
                : mapper
                        .findAttachmentSummaries(
                                rows.stream().map(OutboxRow::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                AttachmentRow::outboxId,
                                Collectors.mapping(
                                        a -> new OutboxEntry.AttachmentInfo(
                                                a.position(), a.filename(), a.contentType(), a.sizeBytes()),
                                        Collectors.toList())));
        Map<OutboxState, Long> byState = new EnumMap<>(OutboxState.class);
        Arrays.stream(OutboxState.values()).forEach(s -> byState.put(s, mapper.countByState(s.name())));
        return new OutboxPage(
                new Page<>(
                        rows.stream()
                                .map(r -> entry(r, attachments.getOrDefault(r.id(), List.of())))
                                .toList(),
                        mapper.count(state, text),
                        query.page(),
                        query.size()),
                byState);
    }

    /**
     * Every message the search finds (up to {@code limit}, else refused), for an export with the recipients masked;
     * journaled.
     */
    @Transactional
    public List<OutboxEntry> export(OutboxQuery query, int limit) {
        String state = query.state() == null ? null : query.state().name();
        String text =
                query.text() == null ? null : "%" + escapeLike(query.text().toLowerCase()) + "%";
        long total = mapper.count(state, text);
        if (total > limit) {
            throw new cn.laborcase.shared.InvalidInputException(
                    "export", "TooManyRows", "导出：一次最多导出 " + limit + " 条，本次查询共 " + total + " 条，请缩小查询条件后再导出");
        }
        List<OutboxEntry> all = outbox(new OutboxQuery(
                        query.state(), query.text(), 0, (int) Math.max(1, total), query.sort(), query.descending()))
                .list()
                .items();
        audit.recordExport(
                "邮件发件箱",
                (query.state() == null ? "全部状态" : "状态“" + query.state().label() + "”")
                        + (query.text() == null ? "" : "，关键字“" + query.text() + "”"),
                all.size());
        return all;
    }

    @Transactional(readOnly = true)
    public Optional<OutboxEntry> find(long id) {
        return mapper.findById(id).map(r -> entry(r, summaries(id)));
    }

    /** The message with this dedup key, e.g. to show whether a document's notice went out. */
    @Transactional(readOnly = true)
    public Optional<OutboxEntry> findByDedupKey(String dedupKey) {
        return mapper.findByDedupKey(dedupKey).map(r -> entry(r, summaries(r.id())));
    }

    /** FAILED → PENDING with a fresh set of attempts, sent at once; journalled. */
    @Transactional
    public void requeue(long id, int version) {
        OutboxRow row = mapper.findById(id).orElseThrow(() -> new NotFoundException("邮件", id));
        if (!OutboxState.FAILED.name().equals(row.state())) {
            throw new ConflictException(
                    "MAIL_NOT_FAILED",
                    "邮件 " + id + " 的状态为「" + OutboxState.valueOf(row.state()).label() + "」，只有发送失败的邮件可以重新发送");
        }
        if (mapper.requeue(id, version, Instant.now(clock)) == 0) {
            throw ConflictException.concurrentEdit("邮件 " + id);
        }
        audit.record(
                "MAIL_REQUEUED",
                MailOutbox.TARGET,
                id,
                "重新发送邮件：" + row.subject(),
                "FAILED，已尝试" + row.attempts() + "次：" + row.lastError(),
                "PENDING");
        events.publishEvent(new MailQueued(id));
    }

    /** A stored attachment of an outbox message, as it was queued. */
    @Transactional(readOnly = true)
    public MailAttachment outboxAttachment(long id, int position) {
        return mapper.findAttachment(id, position)
                .map(a -> new MailAttachment(a.filename(), a.contentType(), a.content()))
                .orElseThrow(() -> new NotFoundException("邮件附件", id + "/" + position));
    }

    /** Whether the demo profile's own SMTP server runs here (then {@link #received} lists its mail). */
    public boolean demoServerRunning() {
        DemoMailServer server = demoServer.getIfAvailable();
        return server != null && server.isRunning();
    }

    /** The newest {@code limit} copies the demo SMTP server received; empty without it. */
    public List<ReceivedMail> received(int limit) {
        DemoMailServer server = demoServer.getIfAvailable();
        if (server == null) {
            return List.of();
        }
        return server.received().stream()
                .limit(limit)
                .map(c -> MimeReader.read(c.mailbox(), c.receivedAt(), c.message()))
                .toList();
    }

    /** An attachment of a received copy, decoded from its MIME part. */
    public MailAttachment receivedAttachment(String mailbox, String messageId, int index) {
        DemoMailServer server = demoServer.getIfAvailable();
        return (server == null ? List.<DemoMailServer.Copy>of() : server.received())
                .stream()
                        .filter(c -> c.mailbox().equalsIgnoreCase(mailbox) && messageId.equals(messageId(c)))
                        .findFirst()
                        .map(c -> MimeReader.attachment(c.message(), index))
                        .orElseThrow(() -> new NotFoundException("收到的邮件附件", messageId + " #" + index));
    }

    private static String messageId(DemoMailServer.Copy copy) {
        try {
            return copy.message().getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            return null;
        }
    }

    private List<OutboxEntry.AttachmentInfo> summaries(long id) {
        return mapper.findAttachmentSummaries(List.of(id)).stream()
                .map(a -> new OutboxEntry.AttachmentInfo(a.position(), a.filename(), a.contentType(), a.sizeBytes()))
                .toList();
    }

    private static OutboxEntry entry(OutboxRow r, List<OutboxEntry.AttachmentInfo> attachments) {
        return new OutboxEntry(
                r.id(),
                r.dedupKey(),
                r.messageId(),
                MailOutbox.parseRecipients(r.recipients()).stream()
                        .map(MailOutbox::display)
                        .toList(),
                r.subject(),
                r.relatedType(),
                r.relatedId(),
                OutboxState.valueOf(r.state()),
                r.attempts(),
                r.nextAttemptAt(),
                r.lastAttemptAt(),
                r.lockedBy(),
                r.lastError(),
                r.smtpReply(),
                r.sentAt(),
                r.createdAt(),
                r.createdBy(),
                r.version(),
                attachments);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
