package cn.laborcase.notification;

import java.util.List;

/** One page of a staff member's notices, newest first. */
public record NoticePage(List<StaffNotice> notices, long total, long unread, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
