package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.emergency.AgencyOfficeFixtures;
import cn.laborcase.emergency.DecisionRequest;
import cn.laborcase.emergency.DepositNoticeRequest;
import cn.laborcase.emergency.DepositNotices;
import cn.laborcase.emergency.IncidentApprovals;
import cn.laborcase.emergency.RepaymentOrderRequest;
import cn.laborcase.emergency.ReportIncidentRequest;
import cn.laborcase.emergency.WageIncidents;
import cn.laborcase.emergency.process.WageArrearsEmergencyProcess;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The incident page after activation in an office with agencies configured (TAGC, application-test.yml): the on-site
 * team, the notices to the police and the union (the construction authority 未配置), the 责令限期清偿 and the
 * 工资保证金支付通知书; screenshot {@code emergency-incident-response}.
 */
class EmergencyResponseBrowserIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    WageIncidents incidents;

    @Autowired
    IncidentApprovals approvals;

    @Autowired
    DepositNotices deposits;

    @Autowired
    TaskInbox inbox;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Test
    void theIncidentPageShowsTheTeamTheAgencyNoticesAndTheWageDeposit() throws Exception {
        AgencyOfficeFixtures o = new AgencyOfficeFixtures(jdbc, users);
        long id = incidents
                .report(
                        o.inspector,
                        new ReportIncidentRequest(
                                new ReportIncidentRequest.EmployerRequest(o.employer(), null, null, null, null),
                                "通报测试区滨江路安置房项目工地",
                                "45",
                                "360000",
                                "2026年9月至11月",
                                false,
                                false,
                                TestClock.get().instant().minusSeconds(7200).toString(),
                                "45名农民工在项目部聚集讨要工资"))
                .id();
        // the job executor issues the 审批表 beside the approval task; deciding while that job ends its branch can
        // lose the engine's optimistic lock (a 409 to the leader): decide once it has run, as a leader reading it would
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> engine.getManagementService()
                                .createJobQuery()
                                .processInstanceId(incidents.get(id).processInstanceId())
                                .activityId(
                                        cn.laborcase.emergency.process.WageArrearsEmergencyProcess
                                                .TASK_ISSUE_APPROVAL_FORM)
                                .count()
                        == 0);
        approvals.decide(o.leader, id, new DecisionRequest("APPROVE", "同意启动，立即处置"));
        String pid = incidents.get(id).processInstanceId();
        // the job executor runs the notice step on its own; the on-site check is completed after it, as on site
        // (two parallel branches ending at the same instant: the loser gets the engine's optimistic-locking 409)
        Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> engine.getManagementService()
                                .createJobQuery()
                                .processInstanceId(pid)
                                .activityId(WageArrearsEmergencyProcess.TASK_NOTIFY_AGENCIES)
                                .count()
                        == 0);
        TaskView onSite = inbox.openTasks(pid).stream()
                .filter(t -> WageArrearsEmergencyProcess.TASK_ON_SITE.equals(t.taskDefinitionKey()))
                .findFirst()
                .orElseThrow();
        Map<String, Object> team = new HashMap<>();
        team.put("teamMember1", o.inspector.username());
        team.put("teamMember2", o.partner.username());
        java.time.ZonedDateTime arrived =
                TestClock.get().instant().minusSeconds(3600).atZone(cn.laborcase.shared.BeijingTime.ZONE);
        team.put("arrivedOn", arrived.toLocalDate().toString());
        team.put("arrivedTime", String.format("%02d:%02d", arrived.getHour(), arrived.getMinute()));
        team.put("onSiteRecord", "现场 45 名工人，情绪稳定，已登记工资清单。");
        inbox.complete(o.inspector, onSite.id(), null, team);
        LocalDate today = TestClock.get().today();
        deposits.recordOrder(
                o.inspector,
                id,
                new RepaymentOrderRequest(
                        today.minusDays(5).toString(),
                        today.minusDays(1).toString(),
                        today.minusDays(4).toString()));
        deposits.issueNotice(
                o.inspector, id, new DepositNoticeRequest("中国建设银行示范市东湖支行", "3305 0161 6300 0000 0123", "200000"));

        Browser b = browser();
        b.resize(1366, 1500);
        b.login(o.inspector.username(), IntakeFixtures.PASSWORD);
        b.waitForHome();
        // the job executor sends the notices on its own (Task_NotifyAgencies, then the mail outbox)
        Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            b.get("/wage-incidents/" + id);
            return b.text("#incident-notifications").contains("已发送");
        });
        assertThat(b.text("#incident-team")).contains("通报监察员", "通报搭档");
        assertThat(b.text("#incident-notifications")).contains("测试市公安局测试分局", "测试区总工会", "未配置");
        assertThat(b.text("#incident-deposit")).contains("期限已届满", "中国建设银行示范市东湖支行", "200,000.00", "欠薪应急保字");
        // the response sections follow the money: bring them to the top of the picture
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("document.getElementById('incident-team').scrollIntoView(); window.scrollBy(0, -70);");
        b.screenshot("emergency-incident-response");
    }
}
