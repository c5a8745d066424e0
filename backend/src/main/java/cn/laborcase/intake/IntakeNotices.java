package cn.laborcase.intake;

import cn.laborcase.documents.CaseReference;
import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.Recipient;
import cn.laborcase.documents.RecipientView;
import cn.laborcase.documents.ServiceMethod;
import cn.laborcase.documents.ServiceRecordRequest;
import cn.laborcase.documents.ServiceRecordView;
import cn.laborcase.documents.ServiceRecords;
import cn.laborcase.notification.Notifications;
import cn.laborcase.shared.PersonalData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Everything the intake sends to people, in one place: in-app notices to staff (reminder, overdue) through the
 * notification module, and the legal documents of each step through the documents module — drafted, issued (which
 * e-mails the PDF to every complainant with an address), and, for those reached by e-mail, the service record
 * (电子送达, with its 送达回证). Complainants without an address get the document printed: its service is recorded
 * by whoever hands or posts it.
 */
@Component
class IntakeNotices {

    static final String CASE_TYPE = "COMPLAINT";

    private final Notifications notifications;
    private final Documents documents;
    private final ServiceRecords serviceRecords;
    private final Clock clock;

    IntakeNotices(Notifications notifications, Documents documents, ServiceRecords serviceRecords, Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.documents = documents;
        this.serviceRecords = serviceRecords;
    }

    /** One working day before the due date (laborcase.deadlines.reminder): to whoever holds or may take the review. */
    void remindReviewers(Collection<String> usernames, String number, LocalDate dueDate, String taskId) {
        for (String username : usernames) {
            notifications.notifyStaff(username, "受理审查将于 " + dueDate + " 到期：" + number, "/tasks/" + taskId);
        }
    }

    /** On breach: the office's leaders, who get the task to reassign or decide. */
    void reportOverdue(Collection<String> leaders, String number, LocalDate dueDate, long complaintId) {
        for (String username : leaders) {
            notifications.notifyStaff(username, "受理审查已超期（" + dueDate + " 届满）：" + number, "/complaints/" + complaintId);
        }
    }

    /**
     * Drafts and issues a document of the complaint, then records the e-mail service on every recipient with an
     * address.
     *
     * @param server who serves it (送达人), e.g. the decision maker
     */
    IssuedNotice issue(
            String typeCode,
            long complaintId,
            String officeCode,
            String gridCode,
            Map<String, String> data,
            List<Recipient> recipients,
            String actor,
            String server) {
        DocumentView draft = documents.draft(
                new DocumentRequest(
                        typeCode,
                        new CaseReference(CASE_TYPE, String.valueOf(complaintId)),
                        officeCode,
                        gridCode,
                        Set.of(actor),
                        data,
                        recipients),
                actor);
        DocumentView issued = documents.issue(draft.id(), actor);
        ZonedDateTime now = ZonedDateTime.now(clock);
        List<String> emailed = new ArrayList<>();
        List<String> toPrint = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        for (RecipientView r : issued.recipients()) {
            if (r.email() == null) {
                toPrint.add(r.name());
                continue;
            }
            ServiceRecordView record = serviceRecords.record(
                    issued.id(),
                    new ServiceRecordRequest(
                            r.id(),
                            ServiceMethod.EMAIL,
                            now.toLocalDate(),
                            now.getHour(),
                            null,
                            null,
                            null,
                            null,
                            r.email(),
                            null,
                            null,
                            null,
                            server,
                            "随文书签发以电子邮件送达（系统发件箱发送）"),
                    null,
                    actor);
            emailed.add(PersonalData.email(r.email()));
            receipts.add(record.receiptNumber());
        }
        return new IssuedNotice(issued.id(), issued.typeName(), issued.number(), emailed, toPrint, receipts);
    }

    /** The documents of a complaint, oldest first. */
    List<ComplaintView.DocumentRef> documentsOf(long complaintId) {
        return documents.listForCase(CASE_TYPE, String.valueOf(complaintId)).stream()
                .map(d -> new ComplaintView.DocumentRef(
                        d.id(), d.typeName(), d.number(), d.status().label(), d.issuedAt(), "/documents/" + d.id()))
                .toList();
    }

    /**
     * @param emailed the (masked) addresses it was served on by e-mail
     * @param toPrint recipients without an address: print and hand or post, then record the service
     * @param receipts the numbers of the 送达回证 of the e-mail services
     */
    record IssuedNotice(
            long documentId,
            String typeName,
            String number,
            List<String> emailed,
            List<String> toPrint,
            List<String> receipts) {

        /** For the timeline, without personal data beyond masked addresses and names. */
        String summary() {
            StringBuilder s =
                    new StringBuilder("签发").append(typeName).append(" ").append(number);
            if (!emailed.isEmpty()) {
                s.append("；已电子送达 ")
                        .append(String.join("、", emailed))
                        .append("（送达回证 ")
                        .append(String.join("、", receipts))
                        .append("）");
            }
            if (!toPrint.isEmpty()) {
                s.append("；待打印送达（直接送达或邮寄）：")
                        .append(String.join(
                                "、", toPrint.stream().map(PersonalData::name).toList()))
                        .append("，送达后在文书页记录送达回证");
            }
            return s.toString();
        }
    }
}
