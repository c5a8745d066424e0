package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.security.UserLookup;
import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import cn.laborcase.workflow.TaskInbox;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every role logs in and lands on its home, at 1366×768 and on a tablet (768×1024); the section leader sees the
 * demo's overdue registry review; an inspector finds a task he completed under 已办.
 */
class HomeBrowserIT extends BrowserTestBase {

    /** username, what his home shows. */
    static final List<String[]> HOMES = List.of(
            new String[] {"inspector1", "我的待办"},
            new String[] {"clerk1", "我的待办"},
            new String[] {"assistant1", "我的待办"},
            new String[] {"leader1", "超期与临期督办"},
            new String[] {"chief", "超期与临期督办"},
            new String[] {"director", "仲裁委审批（建设中）"},
            new String[] {"mediator", "我的调解案件"},
            new String[] {"arbitrator1", "仲裁办案（建设中）"},
            new String[] {"hearingclerk", "开庭与送达（建设中）"});

    @Autowired
    ProcessStarter processes;

    @Autowired
    TaskInbox inbox;

    @Autowired
    UserLookup users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRoleLandsOnItsHomeAtDesktopAndTabletWidth() throws Exception {
        Browser b = browser();
        String overdue = "东湖街道网格 " + TestClock.get().today().getYear() + "年下半年用人单位信息核查";
        for (int[] size : List.of(new int[] {1366, 768}, new int[] {768, 1024})) {
            b.resize(size[0], size[1]);
            boolean tablet = size[0] < 1000;
            for (String[] home : HOMES) {
                b.login(home[0], "Demo@2026");
                b.waitForHome();
                assertThat(b.path()).as(home[0]).isEqualTo("/");
                assertThat(b.text("#home-panels")).as(home[0]).contains(home[1]);
                if (home[0].equals("leader1")) {
                    assertThat(b.text("#board-items")).contains(overdue).contains("超期");
                }
                if (!tablet) {
                    b.screenshot("home-" + home[0]);
                } else if (home[0].equals("leader1") || home[0].equals("inspector1")) {
                    b.screenshot("home-" + home[0] + "-tablet");
                }
                b.logout();
            }
            b.login("admin", "Demo@2026");
            b.waitForPath("/admin");
            b.logout();
        }
        b.resize(1366, 900);
    }

    @Test
    void anInspectorSeesATaskHeCompletedUnderDone() throws Exception {
        String title = "浏览器已办测试 " + UUID.randomUUID().toString().substring(0, 6);
        String instance = processes.start(
                "employer-registry-review",
                "BT-" + UUID.randomUUID().toString().substring(0, 8),
                new CaseContext(title, "D1", "G01"),
                Map.of("dueDate", Date.from(TestClock.get().instant().plus(3, ChronoUnit.DAYS))));
        String verify = jdbc.queryForObject(
                "select id from wf_task where process_instance_id = ? and status = 'OPEN'", String.class, instance);
        inbox.complete(
                users.findActive("assistant1").orElseThrow(),
                verify,
                "已核",
                Map.of("checkedCount", "5", "changedCount", "0", "verifyComment", "无变化"));

        Browser b = browser();
        b.resize(1366, 768);
        b.login("inspector1", "Demo@2026");
        b.waitForHome();
        b.get("/inbox?sort=CREATED_DESC");
        b.findByText(title);
        b.driver()
                .findElement(By.xpath("//tr[.//div[text()='" + title + "']]//a[text()='办理']"))
                .click();
        b.waitForPath("/tasks/");
        b.find("#claim").click();
        b.waitForText(".flash", "签收");
        b.find("#field-confirmComment").sendKeys("核查结果属实");
        b.find("#complete").click();
        b.waitForText(".flash", "办结");

        b.find("#list-done").click();
        b.waitForPath("/inbox/done");
        b.findByText(title);
        assertThat(b.text("#done-table")).contains(title, "审核网格核查结果");
        b.screenshot("done");
        b.logout();
        b.resize(1366, 900);
    }
}
