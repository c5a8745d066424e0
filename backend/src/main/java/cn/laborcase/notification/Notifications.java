package cn.laborcase.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other modules call to notify people. Implemented by the notification module's outbox. */
@Service
public class Notifications {

    private final MailOutbox outbox;
    private final StaffNotices notices;

    Notifications(MailOutbox outbox, StaffNotices notices) {
        this.outbox = outbox;
        this.notices = notices;
    }

    /**
     * Queues an e-mail in the caller's transaction; it is sent after commit, retried, and never sent twice.
     *
     * <p>A transaction must be active (MANDATORY): the point of the outbox is that the message commits or rolls back
     * with the business change that caused it. Queueing a dedup key that is already in the outbox does nothing.
     * Recipients are bare addresses ({@code a@example.cn}) or with a name ({@code 张三 <a@example.cn>}); attachments
     * without a content type are sent as {@code application/octet-stream}.
     *
     * @throws cn.laborcase.shared.InvalidInputException (400) naming each unusable field, before anything is written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueMail(MailMessage message) {
        outbox.queue(message);
    }

    /**
     * An in-app notice for a staff member (shown with an unread count in the page header), written in the caller's
     * transaction.
     *
     * @param link a path inside this application ({@code /tasks/123}), or null
     * @throws cn.laborcase.shared.NotFoundException (404) when no staff member has this username
     * @throws cn.laborcase.shared.InvalidInputException (400) for a missing title or a link outside the application
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void notifyStaff(String username, String title, String link) {
        notices.create(username, title, link);
    }
}
