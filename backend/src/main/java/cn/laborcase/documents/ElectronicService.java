package cn.laborcase.documents;

import cn.laborcase.notification.MailDelivered;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * 电子送达 is recorded when the mail was delivered, not when it was queued: the outbox reports that the SMTP server
 * accepted a document's mail ({@link MailDelivered}), and the service is recorded with that moment (民事诉讼法 §90:
 * 以送达信息到达受送达人特定系统的日期为送达日期), in a transaction of its own after the outbox's commit so that a
 * failure here never makes the outbox send the mail again.
 */
@Component
class ElectronicService {

    private static final Logger log = LoggerFactory.getLogger(ElectronicService.class);

    /** The outbox key {@link DocumentMail} queues a document's mail with. */
    static final Pattern KEY = Pattern.compile("document:(\\d{1,18}):recipient:(\\d{1,18})");

    private final ServiceRecords serviceRecords;

    ElectronicService(ServiceRecords serviceRecords) {
        this.serviceRecords = serviceRecords;
    }

    static String key(long documentId, long recipientId) {
        return "document:" + documentId + ":recipient:" + recipientId;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void delivered(MailDelivered mail) {
        Matcher m = mail.dedupKey() == null ? null : KEY.matcher(mail.dedupKey());
        if (m == null || !m.matches()) {
            return;
        }
        long documentId = Long.parseLong(m.group(1));
        long recipientId = Long.parseLong(m.group(2));
        try {
            serviceRecords
                    .recordDelivery(documentId, recipientId, mail.deliveredAt())
                    .ifPresent(r -> log.info(
                            "document {} served electronically on recipient {} at {} (送达回证 {})",
                            documentId,
                            recipientId,
                            mail.deliveredAt(),
                            r.receiptNumber()));
        } catch (RuntimeException e) {
            // the mail is delivered either way; the service can be recorded by hand from the document page
            log.error(
                    "document {}: delivered e-mail to recipient {} could not be recorded as service",
                    documentId,
                    recipientId,
                    e);
        }
    }
}
