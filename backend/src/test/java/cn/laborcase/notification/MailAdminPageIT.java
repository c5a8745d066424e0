package cn.laborcase.notification;

import static cn.laborcase.notification.MailFixtures.inTransaction;
import static cn.laborcase.notification.MailFixtures.pdfLike;
import static cn.laborcase.notification.MailFixtures.received;
import static cn.laborcase.notification.MailFixtures.uniqueAddress;
import static cn.laborcase.notification.MailFixtures.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
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

/** /admin/mail through the real security chain: the outbox, the demo server's mail, requeue, downloads. */
@IntegrationTest
class MailAdminPageIT {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    Notifications notifications;

    @Autowired
    MailAdministration administration;

    @Autowired
    DemoMailServer server;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void showsTheOutboxAndTheMailTheDemoServerReceived() throws Exception {
        String key = uniqueKey("page");
        String to = uniqueAddress("page");
        byte[] pdf = pdfLike(12_345);
        String subject = "补正通知书 " + key;
        inTransaction(
                transactions,
                status -> notifications.queueMail(new MailMessage(
                        key,
                        List.of(to),
                        subject,
                        "请于5个工作日内补正材料。",
                        List.of(new MailAttachment("补正通知书.pdf", "application/pdf", pdf)),
                        "DOCUMENT",
                        "77")));
        await().atMost(DELIVERY).until(() -> received(server, to).size() == 1);
        OutboxEntry entry = administration.findByDedupKey(key).orElseThrow();
        String messageId = entry.messageId();

        mvc.perform(get("/admin/mail").param("q", key).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString(to)))
                .andExpect(content().string(containsString("补正通知书.pdf")))
                .andExpect(content().string(containsString("<td class=\"small\"><span>文书</span></td>")))
                .andExpect(content().string(containsString("data-state=\"SENT\"")))
                .andExpect(content().string(containsString("nav-text\">邮件</span></a>")))
                .andExpect(content().string(containsString("演示邮件服务器收件")));
        mvc.perform(get("/admin/mail/received").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("请于5个工作日内补正材料。")))
                .andExpect(content().string(containsString("12.1 KB")));

        byte[] downloaded = mvc.perform(get("/admin/mail/received/attachment")
                        .param("mailbox", to)
                        .param("messageId", messageId)
                        .param("index", "0")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        byte[] stored = mvc.perform(
                        get("/admin/mail/outbox/{id}/attachments/0", entry.id()).with(as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(stored).isEqualTo(pdf);
    }

    @Test
    void requeuesAFailedMessageAndJournalsIt() throws Exception {
        String key = uniqueKey("requeue");
        String to = uniqueAddress("requeue");
        inTransaction(transactions, status -> {
            notifications.queueMail(MailFixtures.message(key, to));
            jdbc.update(
                    "update mail_outbox set state = 'FAILED', attempts = 10, last_error = '550 mailbox unavailable'"
                            + " where dedup_key = ?",
                    key);
        });
        OutboxEntry failed = administration.findByDedupKey(key).orElseThrow();
        mvc.perform(get("/admin/mail").param("state", "FAILED").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("550 mailbox unavailable")))
                .andExpect(content().string(containsString("重新发送")));

        mvc.perform(post("/admin/mail/outbox/{id}/requeue", failed.id())
                        .param("version", String.valueOf(failed.version()))
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/mail"))
                .andExpect(flash().attribute("flashSuccess", containsString("已重新排队")));

        await().atMost(DELIVERY)
                .until(() -> administration.find(failed.id()).orElseThrow().state() == OutboxState.SENT);
        assertThat(received(server, to)).hasSize(1);
        assertThat(administration.find(failed.id()).orElseThrow().attempts()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'MAIL_REQUEUED' and target_id = ? and actor = 'admin'",
                        Long.class,
                        String.valueOf(failed.id())))
                .isEqualTo(1);

        mvc.perform(post("/admin/mail/outbox/{id}/requeue", failed.id())
                        .param("version", String.valueOf(failed.version()))
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/mail"))
                .andExpect(flash().attribute("flashError", containsString("只有发送失败的邮件可以重新发送")));
    }

    @Test
    void isForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/mail").with(as("inspector1"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mail/received").with(as("clerk1"))).andExpect(status().isForbidden());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
