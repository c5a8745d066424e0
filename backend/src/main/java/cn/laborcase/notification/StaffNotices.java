package cn.laborcase.notification;

import cn.laborcase.notification.persistence.NoticeMapper;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.Page;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notices (站内通知) per staff member: written by {@link Notifications#notifyStaff} in the caller's
 * transaction, counted in every page header, read and marked read on /notifications. Each staff member sees and
 * changes only his own. Not journalled: a notice and whether it was read are the reader's own screen state, not
 * case data (the change that caused the notice is journalled by its module).
 */
@Service
public class StaffNotices {

    static final int PAGE_SIZE = 20;

    private static final Logger log = LoggerFactory.getLogger(StaffNotices.class);

    private final NoticeMapper mapper;
    private final Clock clock;

    StaffNotices(NoticeMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    void create(String username, String title, String link) {
        List<FieldProblem> problems = new ArrayList<>();
        if (username == null || username.isBlank()) {
            problems.add(new FieldProblem("username", "REQUIRED", "接收人不能为空"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "REQUIRED", "通知标题不能为空"));
        } else if (title.strip().length() > 200) {
            problems.add(new FieldProblem("title", "TOO_LONG", "通知标题不能超过200个字符"));
        }
        if (link != null && !isLocalPath(link)) {
            problems.add(new FieldProblem("link", "INVALID", "通知链接必须是本系统内以 / 开头的地址"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (mapper.insert(username.strip(), title.strip(), link, Instant.now(clock)) == 0) {
            throw new NotFoundException("人员", username);
        }
    }

    /**
     * A path inside this application: the notices page redirects to it, so an absolute or protocol-relative
     * address would make it an open redirect.
     */
    static boolean isLocalPath(String link) {
        return link.length() <= 500
                && link.startsWith("/")
                && !link.startsWith("//")
                && !link.contains("\\")
                && link.chars().noneMatch(Character::isISOControl);
    }

    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return mapper.countUnread(username);
    }

    /**
     * The page header's badge: the unread count, or 0 if it cannot be read, so that a page (the error page
     * included) still renders when the count fails.
     */
    public long badge(String username) {
        if (username == null) {
            return 0;
        }
        try {
            return mapper.countUnread(username);
        } catch (DataAccessException e) {
            log.warn("unread notices of {} not counted: {}", username, e.getMessage());
            return 0;
        }
    }

    @Transactional(readOnly = true)
    public NoticePage page(String username, int page) {
        int shown = Math.max(page, 0);
        return new NoticePage(
                new Page<>(
                        mapper.findByUsername(username, shown * PAGE_SIZE, PAGE_SIZE),
                        mapper.count(username),
                        shown,
                        PAGE_SIZE),
                mapper.countUnread(username));
    }

    /** Marks the notice read and returns it (its link is where the reader goes next). */
    @Transactional
    public StaffNotice open(String username, long id) {
        markRead(username, id);
        return mapper.find(id, username);
    }

    /** Marks one of the user's own notices read; an already read one stays as it was. */
    @Transactional
    public void markRead(String username, long id) {
        if (!mapper.exists(id, username)) {
            throw new NotFoundException("通知", id);
        }
        mapper.markRead(id, username, Instant.now(clock));
    }

    /** Returns how many notices were unread. */
    @Transactional
    public int markAllRead(String username) {
        return mapper.markAllRead(username, Instant.now(clock));
    }
}
