package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.laborcase.notification.MailAttachment;
import cn.laborcase.notification.MailMessage;
import cn.laborcase.notification.Notifications;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The notice badge and list as an inspector sees them, and the mail page as the administrator sees it. */
class NotificationBrowserIT extends BrowserTestBase {

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void inspectorSeesHisUnreadNoticesAndTheAdministratorTheMailThatWentOut() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "新的投诉待审查：示范市湖滨食品有限公司拖欠工资（" + suffix + "）";
        String subject = "受理通知书（东劳监受字〔2026〕第15号）" + suffix;
        String key = "browser:" + suffix;
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.notifyStaff("inspector3", title, "/inbox");
            notifications.notifyStaff("inspector3", "受理审查期限还剩 1 个工作日（" + suffix + "）", null);
            notifications.queueMail(new MailMessage(
                    key,
                    List.of("李四 <lisi-" + suffix + "@example.cn>"),
                    subject,
                    "李四：\n\n您于2026年3月2日反映的示范市湖滨食品有限公司拖欠工资问题，本机关已决定受理，受理通知书见附件。\n\n" + "示范市东湖区劳动保障监察大队\n2026年3月4日",
                    List.of(new MailAttachment("受理通知书.pdf", "application/pdf", new byte[20_480])),
                    "DOCUMENT",
                    "15"));
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT"
                .equals(jdbc.queryForObject("select state from mail_outbox where dedup_key = ?", String.class, key)));

        Browser b = browser();
        b.login("inspector3", "Demo@2026");
        b.waitForHome();
        int before = Integer.parseInt(b.text("#notice-badge .notice-count"));
        assertThat(before).isGreaterThanOrEqualTo(2);
        b.find("#notice-badge").click();
        b.waitForPath("/notifications");
        b.findByText(title);
        b.screenshot("notices");
        b.driver()
                .findElement(By.xpath("//button[normalize-space(text())='" + title + "']"))
                .click();
        b.waitForPath("/inbox");
        assertThat(Integer.parseInt(b.text("#notice-badge .notice-count"))).isEqualTo(before - 1);
        b.logout();

        b.login("admin", "Demo@2026");
        b.waitForPath("/admin");
        b.get("/admin/mail");
        b.findByText(subject);
        b.screenshot("mail-outbox");
        b.find("#tab-received").click();
        b.waitForPath("/admin/mail/received");
        b.driver()
                .findElement(By.xpath("//summary[normalize-space(text())='" + subject + "']"))
                .click();
        b.findByText("本机关已决定受理");
        b.screenshot("mail-received");
        b.logout();
    }
}
