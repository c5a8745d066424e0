package cn.laborcase.documents;

import cn.laborcase.notification.MailAttachment;
import cn.laborcase.notification.MailMessage;
import cn.laborcase.notification.Notifications;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The boundary to the notification module: when a document is issued, its PDF goes by e-mail to every recipient
 * who consented to electronic service at the address he confirmed (the outbox reports delivery, and
 * {@link ElectronicService} records the service then), those to be served on paper are listed for the issuer, and the staff member who drafted it (if someone else issued it) gets an in-app notice. Both are
 * queued in the issuing transaction (the outbox sends after commit, never twice: the dedup key is per document and
 * recipient).
 */
@Component
class DocumentMail {

    private final Notifications notifications;

    DocumentMail(Notifications notifications) {
        this.notifications = notifications;
    }

    void issued(DocumentView document, byte[] pdf) {
        for (RecipientView recipient : document.recipients()) {
            if (!recipient.servedByEmail()) {
                continue; // 民事诉讼法 §90: e-mail only to an address the recipient confirmed for service
            }
            notifications.queueMail(new MailMessage(
                    ElectronicService.key(document.id(), recipient.id()),
                    List.of(recipient.email()),
                    document.typeName() + "（" + document.number() + "）",
                    body(document, recipient),
                    List.of(new MailAttachment(document.fileName(), "application/pdf", pdf)),
                    "DOCUMENT",
                    String.valueOf(document.id())));
        }
        List<String> toPrint = document.recipients().stream()
                .filter(r -> !r.servedByEmail())
                .map(RecipientView::name)
                .toList();
        if (!toPrint.isEmpty() && document.issuedBy() != null && !"system".equals(document.issuedBy())) {
            notifications.notifyStaff(
                    document.issuedBy(),
                    "请打印送达" + document.typeName() + " " + document.number() + "（" + toPrint.size()
                            + " 名受送达人），送达后记录送达回证",
                    "/documents/" + document.id());
        }
        if (document.issuedBy() != null && !document.issuedBy().equals(document.createdBy())) {
            notifications.notifyStaff(
                    document.createdBy(),
                    "您起草的" + document.typeName() + "已签发：" + document.number(),
                    "/documents/" + document.id());
        }
    }

    private static String body(DocumentView document, RecipientView recipient) {
        return recipient.name() + "：\n\n"
                + document.officeName() + "向您送达" + document.typeName() + "（" + document.number()
                + "），见附件 PDF。\n\n"
                + "文书每页印有核验码（" + document.verificationCode() + "），可在文书所载核验网址核对文书真伪；"
                + "上传本 PDF 可核对其数字指纹（SHA-256：" + document.pdfSha256() + "）。\n\n"
                + "本邮件由系统自动发送，请勿直接回复。\n";
    }
}
