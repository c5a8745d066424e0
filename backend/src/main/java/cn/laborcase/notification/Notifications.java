package cn.laborcase.notification;

import org.springframework.stereotype.Service;

/** What other modules call to notify people. Implemented by the notification module's outbox. */
@Service
public class Notifications {

    /** Queues an e-mail in the caller's transaction; it is sent after commit, retried, and never sent twice. */
    public void queueMail(MailMessage message) {
        throw new UnsupportedOperationException("the notification outbox is being built on branch 'notification'");
    }

    /** An in-app notice for a staff member (shown with an unread count in the page header). */
    public void notifyStaff(String username, String title, String link) {
        throw new UnsupportedOperationException("the notification outbox is being built on branch 'notification'");
    }
}
