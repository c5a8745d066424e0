package cn.laborcase.intake;

import cn.laborcase.notification.Notifications;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Everything the intake sends to people, in one place: in-app notices to staff (reminder, overdue) through the
 * notification module, and the legal documents of each step through the documents module.
 */
@Component
class IntakeNotices {

    private final Notifications notifications;

    IntakeNotices(Notifications notifications) {
        this.notifications = notifications;
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
}
