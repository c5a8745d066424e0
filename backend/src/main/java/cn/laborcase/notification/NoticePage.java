package cn.laborcase.notification;

import cn.laborcase.shared.Page;

/** One page of a staff member's notices, newest first, and how many are unread in all. */
public record NoticePage(Page<StaffNotice> list, long unread) {}
