package cn.laborcase.notification;

import java.time.Instant;

/** An in-app notice (站内通知) for one staff member; {@code readAt} null = unread. */
public record StaffNotice(long id, String title, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
