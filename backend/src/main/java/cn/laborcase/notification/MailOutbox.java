package cn.laborcase.notification;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.notification.persistence.AttachmentRow;
import cn.laborcase.notification.persistence.OutboxMapper;
import cn.laborcase.notification.persistence.OutboxRow;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;

/**
 * Writes messages to the outbox in the caller's transaction. Everything that could make a message unsendable is
 * checked here, before anything is written, so the caller gets a 400 naming the field instead of a FAILED row later.
 */
@Component
class MailOutbox {

    static final String TARGET = "MAIL";
    static final int MAX_RECIPIENTS = 50;

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final OutboxMapper mapper;
    private final AuditJournal audit;
    private final ApplicationEventPublisher events;
    private final MailSettings settings;
    private final Clock clock;

    MailOutbox(
            OutboxMapper mapper,
            AuditJournal audit,
            ApplicationEventPublisher events,
            MailSettings settings,
            Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes the message; false (and nothing written) when a message with the same dedup key exists. */
    boolean queue(MailMessage message) {
        List<InternetAddress> recipients = validate(message);
        Instant now = Instant.now(clock);
        OutboxRow row = new OutboxRow(
                null,
                message.dedupKey().trim(),
                newMessageId(),
                String.join(
                        "\n",
                        recipients.stream()
                                .map(InternetAddress::toUnicodeString)
                                .toList()),
                message.subject().strip(),
                message.body(),
                blankToNull(message.relatedType()),
                blankToNull(message.relatedId()),
                OutboxState.PENDING.name(),
                0,
                now,
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                currentActor(),
                0);
        GeneratedKey key = new GeneratedKey();
        if (mapper.insert(row, key) == 0) {
            log.debug("mail {} already queued; not queued again", row.dedupKey());
            return false;
        }
        long id = key.getId();
        List<MailAttachment> attachments = attachments(message);
        for (int i = 0; i < attachments.size(); i++) {
            MailAttachment a = attachments.get(i);
            mapper.insertAttachment(
                    new AttachmentRow(id, i, a.filename().strip(), contentType(a), a.content().length, a.content()));
        }
        audit.record(
                "MAIL_QUEUED",
                TARGET,
                id,
                "邮件待发送：" + row.subject() + "（收件人" + recipients.size() + "位，附件" + attachments.size() + "个）",
                null,
                related(row));
        events.publishEvent(new MailQueued(id));
        return true;
    }

    /** RFC 5322 msg-id, fixed for the life of the row: {@code <outbox.<random>@<domain of the sender address>>}. */
    private String newMessageId() {
        return "<outbox." + UUID.randomUUID().toString().replace("-", "") + "@" + settings.messageIdDomain() + ">";
    }

    private List<InternetAddress> validate(MailMessage message) {
        List<FieldProblem> problems = new ArrayList<>();
        if (message == null) {
            throw new InvalidInputException("message", "REQUIRED", "邮件内容不能为空");
        }
        if (isBlank(message.dedupKey())) {
            problems.add(new FieldProblem("dedupKey", "REQUIRED", "去重键不能为空"));
        } else if (message.dedupKey().trim().length() > 200) {
            problems.add(new FieldProblem("dedupKey", "TOO_LONG", "去重键不能超过200个字符"));
        }
        List<InternetAddress> recipients = recipients(message.to(), problems);
        if (isBlank(message.subject())) {
            problems.add(new FieldProblem("subject", "REQUIRED", "邮件主题不能为空"));
        } else if (message.subject().strip().length() > 500) {
            problems.add(new FieldProblem("subject", "TOO_LONG", "邮件主题不能超过500个字符"));
        } else if (message.subject().contains("\r") || message.subject().contains("\n")) {
            problems.add(new FieldProblem("subject", "INVALID", "邮件主题不能换行"));
        }
        // an empty body is refused as the message says: an Oracle-compatible database stores '' as NULL, which the
        // NOT NULL column would refuse only at the insert, failing the business change that queued the mail
        if (message.body() == null || message.body().isEmpty()) {
            problems.add(new FieldProblem("body", "REQUIRED", "邮件正文不能为空"));
        }
        if (message.relatedType() != null && message.relatedType().length() > 40) {
            problems.add(new FieldProblem("relatedType", "TOO_LONG", "关联对象类型不能超过40个字符"));
        }
        if (message.relatedId() != null && message.relatedId().length() > 100) {
            problems.add(new FieldProblem("relatedId", "TOO_LONG", "关联对象标识不能超过100个字符"));
        }
        checkAttachments(attachments(message), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return recipients;
    }

    private static List<InternetAddress> recipients(List<String> to, List<FieldProblem> problems) {
        if (to == null || to.stream().allMatch(MailOutbox::isBlank)) {
            problems.add(new FieldProblem("to", "REQUIRED", "至少需要一位收件人"));
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<InternetAddress> parsed = new ArrayList<>();
        for (String candidate : to) {
            if (isBlank(candidate)) {
                continue;
            }
            try {
                InternetAddress address = parseOne(candidate.strip());
                if (seen.add(address.getAddress().toLowerCase())) {
                    parsed.add(address);
                }
            } catch (AddressException e) {
                problems.add(new FieldProblem("to", "INVALID_EMAIL", "收件人邮箱地址「" + candidate.strip() + "」格式不正确"));
            }
        }
        if (parsed.size() > MAX_RECIPIENTS) {
            problems.add(new FieldProblem("to", "TOO_MANY", "收件人不能超过" + MAX_RECIPIENTS + "位"));
        }
        return parsed;
    }

    /** One address, bare ({@code a@b.cn}) or with a display name ({@code 张三 <a@b.cn>}), strictly per RFC 822. */
    static InternetAddress parseOne(String text) throws AddressException {
        if (text.contains("\n") || text.contains("\r")) {
            throw new AddressException("line break in address", text);
        }
        InternetAddress[] addresses = InternetAddress.parse(text, true);
        if (addresses.length != 1) {
            throw new AddressException("exactly one address expected", text);
        }
        InternetAddress address = addresses[0];
        address.validate();
        String mailbox = address.getAddress();
        if (mailbox == null || mailbox.indexOf('@') <= 0 || mailbox.contains("\"")) {
            throw new AddressException("a mailbox user@domain expected", text);
        }
        return address;
    }

    /** For people: {@code 张三 <a@b.cn>} without the quotes the header form needs. */
    static String display(InternetAddress address) {
        return address.getPersonal() == null
                ? address.getAddress()
                : address.getPersonal() + " <" + address.getAddress() + ">";
    }

    /** The recipients as the outbox stores them: one address per line. */
    static List<InternetAddress> parseRecipients(String stored) {
        List<InternetAddress> addresses = new ArrayList<>();
        for (String line : stored.split("\n")) {
            if (!line.isBlank()) {
                try {
                    addresses.add(parseOne(line.strip()));
                } catch (AddressException e) {
                    throw new IllegalStateException("stored recipient is not an address: " + e.getMessage(), e);
                }
            }
        }
        return addresses;
    }

    private void checkAttachments(List<MailAttachment> attachments, List<FieldProblem> problems) {
        long total = 0;
        for (int i = 0; i < attachments.size(); i++) {
            MailAttachment a = attachments.get(i);
            String field = "attachments[" + i + "]";
            if (a == null) {
                problems.add(new FieldProblem(field, "REQUIRED", "附件不能为空"));
                continue;
            }
            if (isBlank(a.filename())) {
                problems.add(new FieldProblem(field + ".filename", "REQUIRED", "附件文件名不能为空"));
            } else if (a.filename().strip().length() > 255
                    || a.filename().contains("/")
                    || a.filename().contains("\\")
                    || a.filename().chars().anyMatch(Character::isISOControl)) {
                problems.add(new FieldProblem(field + ".filename", "INVALID", "附件文件名「" + a.filename() + "」不可用"));
            }
            if (a.contentType() != null && !isMimeType(a.contentType())) {
                problems.add(new FieldProblem(
                        field + ".contentType", "INVALID", "附件类型「" + a.contentType() + "」不是有效的 MIME 类型"));
            }
            if (a.content() == null) {
                problems.add(new FieldProblem(field + ".content", "REQUIRED", "附件内容不能为空"));
            } else {
                total += a.content().length;
            }
        }
        if (total > settings.maxAttachmentsSize().toBytes()) {
            problems.add(new FieldProblem(
                    "attachments",
                    "TOO_LARGE",
                    "附件合计不能超过" + settings.maxAttachmentsSize().toMegabytes() + " MB"));
        }
    }

    private static boolean isMimeType(String value) {
        try {
            MimeType type = MimeType.valueOf(value);
            return !type.isWildcardType() && !type.isWildcardSubtype() && value.length() <= 100;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String contentType(MailAttachment a) {
        return a.contentType() == null
                ? "application/octet-stream"
                : a.contentType().strip();
    }

    private static List<MailAttachment> attachments(MailMessage message) {
        return message.attachments() == null ? List.of() : message.attachments();
    }

    static String related(OutboxRow row) {
        return row.relatedType() == null ? null : row.relatedType() + " " + row.relatedId();
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            return "system";
        }
        String name = auth.getName();
        return name.length() <= 50 ? name : name.substring(0, 50);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
