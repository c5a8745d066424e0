package cn.laborcase.intake;

import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.Recipient;
import cn.laborcase.documents.RecipientView;
import cn.laborcase.documents.ServiceQueue;
import cn.laborcase.notification.Notifications;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.PersonalData;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Everything the intake sends to people, in one place: in-app notices to staff (reminder, overdue) through the
 * notification module, and the legal documents of each step through the documents module's issue-and-serve: e-mailed
 * to complainants who confirmed an address for service (送达地址确认书; the 电子送达 and its 送达回证 are recorded when
 * the mail server accepted the mail), printed for the others, whose service is recorded by whoever hands or posts it.
 */
@Component
class IntakeNotices {

    private final Notifications notifications;
    private final Documents documents;

    IntakeNotices(Notifications notifications, Documents documents) {
        this.notifications = notifications;
        this.documents = documents;
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
     * Issues a document of the complaint and queues its service ({@link Documents#issueAndServe}): e-mailed to the
     * complainants who confirmed an address for service (recorded as 电子送达 once the mail server accepted it),
     * printed for the others.
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
        ServiceQueue queued = documents.issueAndServe(
                new DocumentRequest(
                        typeCode,
                        CaseRef.of(CaseType.COMPLAINT, complaintId),
                        officeCode,
                        gridCode,
                        Set.of(actor),
                        data,
                        recipients),
                actor);
        DocumentView issued = queued.document();
        return new IssuedNotice(
                issued.id(),
                issued.typeName(),
                issued.number(),
                queued.byEmail().stream()
                        .map(r -> PersonalData.email(r.email()))
                        .toList(),
                queued.toPrint().stream().map(RecipientView::name).toList());
    }

    /** The documents of a complaint, oldest first. */
    List<ComplaintView.DocumentRef> documentsOf(long complaintId) {
        return documents.listForCase(CaseRef.of(CaseType.COMPLAINT, complaintId)).stream()
                .map(d -> new ComplaintView.DocumentRef(
                        d.id(), d.typeName(), d.number(), d.status().label(), d.issuedAt(), "/documents/" + d.id()))
                .toList();
    }

    /**
     * @param emailed the (masked) addresses it is being served on by e-mail (recorded when delivered)
     * @param toPrint recipients without consent to electronic service: print and hand or post, then record the service
     */
    record IssuedNotice(long documentId, String typeName, String number, List<String> emailed, List<String> toPrint) {

        /** For the timeline, without personal data beyond masked addresses and names. */
        String summary() {
            StringBuilder s =
                    new StringBuilder("签发").append(typeName).append(" ").append(number);
            if (!emailed.isEmpty()) {
                s.append("；电子送达 ").append(String.join("、", emailed)).append("（邮件服务器接收后自动记录送达回证）");
            }
            if (!toPrint.isEmpty()) {
                s.append("；待打印送达（未签署送达地址确认书，直接送达或邮寄）：")
                        .append(String.join(
                                "、", toPrint.stream().map(PersonalData::name).toList()))
                        .append("，送达后在文书页记录送达回证");
            }
            return s.toString();
        }
    }
}
