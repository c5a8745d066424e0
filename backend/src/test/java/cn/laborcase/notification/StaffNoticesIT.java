package cn.laborcase.notification;

import static cn.laborcase.notification.MailFixtures.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestStaff;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;

/** In-app notices: the header's unread count, the list, marking read; each staff member sees only his own. */
@IntegrationTest
class StaffNoticesIT {

    private static final Pattern BADGE =
            Pattern.compile("id=\"notice-badge\"[^>]*>通知(?:<span[^>]*>(\\d+)</span>)?</a>");

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    Notifications notifications;

    @Autowired
    StaffNotices notices;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    String reader;
    String colleague;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        reader = TestStaff.uniqueUsername("notice");
        colleague = TestStaff.uniqueUsername("notice");
        TestStaff.insert(jdbc, reader, "Test@2026-pass", "D1", "INSPECTOR");
        TestStaff.insert(jdbc, colleague, "Test@2026-pass", "D1", "INSPECTOR");
    }

    @Test
    void showsTheUnreadCountInTheHeaderOfTheRecipientOnly() throws Exception {
        inTransaction(transactions, status -> {
            notifications.notifyStaff(reader, "新任务：审查投诉（东湖区）", "/inbox");
            notifications.notifyStaff(reader, "期限将至：受理审查", "/inbox");
        });

        assertThat(badge(reader)).isEqualTo(2);
        assertThat(badge(colleague)).isZero();
        assertThat(page(colleague)).doesNotContain("新任务：审查投诉（东湖区）");
        assertThat(page(reader)).contains("新任务：审查投诉（东湖区）", "期限将至：受理审查", "2 条未读");
    }

    @Test
    void markingANoticeReadLowersTheCount() throws Exception {
        inTransaction(transactions, status -> {
            notifications.notifyStaff(reader, "通知一", null);
            notifications.notifyStaff(reader, "通知二", "/inbox");
        });
        long first = noticeId(reader, "通知一");
        long second = noticeId(reader, "通知二");

        mvc.perform(post("/notifications/{id}/read", first).with(as(reader)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(badge(reader)).isEqualTo(1);

        mvc.perform(post("/notifications/{id}/open", second).with(as(reader)).with(csrf()))
                .andExpect(redirectedUrl("/inbox"));
        assertThat(badge(reader)).isZero();
        assertThat(notices.page(reader, 0).list().items())
                .allSatisfy(n -> assertThat(n.unread()).isFalse());
    }

    @Test
    void marksAllReadAtOnce() throws Exception {
        inTransaction(transactions, status -> {
            for (int i = 0; i < 3; i++) {
                notifications.notifyStaff(reader, "批量通知" + i, null);
            }
        });
        assertThat(badge(reader)).isEqualTo(3);

        mvc.perform(post("/notifications/read-all").with(as(reader)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));

        assertThat(badge(reader)).isZero();
    }

    @Test
    void nobodyCanMarkAnotherStaffMembersNotice() throws Exception {
        inTransaction(transactions, status -> notifications.notifyStaff(reader, "仅本人可见", null));
        long id = noticeId(reader, "仅本人可见");

        mvc.perform(post("/notifications/{id}/read", id).with(as(colleague)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(notices.unreadCount(reader)).isEqualTo(1);
    }

    @Test
    void dropsTheNoticeWhenTheCallersTransactionRollsBack() {
        inTransaction(transactions, status -> {
            notifications.notifyStaff(reader, "不会出现", null);
            status.setRollbackOnly();
        });

        assertThat(notices.unreadCount(reader)).isZero();
    }

    @Test
    void refusesAnUnknownStaffMemberAndLinksOutsideTheApplication() {
        assertThatThrownBy(() -> inTransaction(
                        transactions, status -> notifications.notifyStaff("nobody-" + reader, "标题", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inTransaction(
                        transactions, status -> notifications.notifyStaff(reader, "标题", "https://evil.example/")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> inTransaction(
                        transactions, status -> notifications.notifyStaff(reader, "标题", "//evil.example/")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(notices.unreadCount(reader)).isZero();
    }

    /** The badge in the header of an ordinary page (the inbox), as rendered for this user. */
    private long badge(String username) throws Exception {
        String html = mvc.perform(get("/inbox").with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher badge = BADGE.matcher(html);
        assertThat(badge.find()).as("notice badge in the header").isTrue();
        return badge.group(1) == null ? 0 : Long.parseLong(badge.group(1));
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/notifications").with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long noticeId(String username, String title) {
        return notices.page(username, 0).list().items().stream()
                .filter(n -> n.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
