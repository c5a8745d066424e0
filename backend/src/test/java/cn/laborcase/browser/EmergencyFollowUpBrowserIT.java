package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.emergency.AdvanceDecisionRequest;
import cn.laborcase.emergency.AdvanceRequest;
import cn.laborcase.emergency.BlacklistRequest;
import cn.laborcase.emergency.BlacklistReviews;
import cn.laborcase.emergency.CriminalReferrals;
import cn.laborcase.emergency.DecisionRequest;
import cn.laborcase.emergency.IncidentApprovals;
import cn.laborcase.emergency.IncidentMoney;
import cn.laborcase.emergency.IncidentRecoveries;
import cn.laborcase.emergency.PaymentCorrectionRequest;
import cn.laborcase.emergency.PaymentCorrections;
import cn.laborcase.emergency.PaymentRequest;
import cn.laborcase.emergency.RecoveryRequest;
import cn.laborcase.emergency.ReferralRequest;
import cn.laborcase.emergency.ReportIncidentRequest;
import cn.laborcase.emergency.WageIncidents;
import cn.laborcase.inspection.InspectionFixtures;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.support.TestClock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 局长 on the incident page after the referral: the corrected payment, the recovery, the 移送书 and the pending
 * blacklist review; he lists the employer through the page's form (screenshot emergency-follow-up).
 */
class EmergencyFollowUpBrowserIT extends BrowserTestBase {

    @Autowired
    cn.laborcase.workflow.EngineConflicts conflicts;

    @Autowired
    WageIncidents incidents;

    @Autowired
    IncidentApprovals approvals;

    @Autowired
    IncidentMoney money;

    @Autowired
    PaymentCorrections corrections;

    @Autowired
    IncidentRecoveries recoveries;

    @Autowired
    CriminalReferrals referrals;

    @Autowired
    BlacklistReviews blacklist;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Test
    void theHeadListsTheEmployerFromTheIncidentPage() throws Exception {
        InspectionFixtures x = new InspectionFixtures(jdbc, users);
        IntakeFixtures f = x.f;
        long id = incidents
                .report(
                        f.inspector,
                        new ReportIncidentRequest(
                                new ReportIncidentRequest.EmployerRequest(f.employer(), null, null, null, null),
                                "东湖区滨江路安置房项目工地",
                                "45",
                                "360000",
                                "2026年9月至11月",
                                false,
                                true,
                                TestClock.get().instant().minusSeconds(7200).toString(),
                                "45名农民工在项目部聚集讨要工资"))
                .id();
        // the 审批表 job may end its branch at this instant: decide as the decision endpoint does, run again
        // in a new transaction when the engine's optimistic lock refuses it (EngineConflicts)
        conflicts.retrying("decide", () -> {
            approvals.decide(f.leader, id, new DecisionRequest("APPROVE", "同意启动，立即处置"));
            return null;
        });
        String paidAt = TestClock.get().instant().minusSeconds(1800).toString();
        long payment = money.recordPayment(f.inspector, id, new PaymentRequest("张三", "8000", paidAt, "CONTRACTOR"));
        corrections.correct(
                f.inspector,
                id,
                payment,
                new PaymentCorrectionRequest("0", "CORRECT", "按工资表核对，应为 7800 元", "张三", "7800", paidAt, "CONTRACTOR"));
        long advance = money.requestAdvance(f.inspector, id, new AdvanceRequest("5", "20000", "工人返乡在即"));
        money.decideAdvance(x.head, id, advance, new AdvanceDecisionRequest("APPROVE", "同意垫付，限期追偿"));
        LocalDate today = BeijingTime.dateOf(TestClock.get().instant());
        recoveries.record(f.inspector, id, new RecoveryRequest("5000", today.toString(), "REPAID", null));
        long referral = referrals.propose(
                f.inspector,
                id,
                new ReferralRequest(
                        "ORDER_NOT_COMPLIED",
                        today.minusDays(6).toString(),
                        today.minusDays(1).toString(),
                        "示范市公安局东湖区分局",
                        "该单位有能力支付而拒不支付45名农民工工资36万元"));
        referrals.decide(x.head, id, referral, new AdvanceDecisionRequest("APPROVE", "同意移送"));
        blacklist.propose(f.inspector, id, new BlacklistRequest("SERIOUS_INCIDENT", "45名农民工聚集讨薪，造成不良社会影响"));

        Browser b = browser();
        b.resize(1366, 1500);
        b.login(x.head.username(), IntakeFixtures.PASSWORD);
        b.waitForHome();
        b.get("/wage-incidents/" + id);
        b.waitForText("#incident-referral", "已批准移送");
        assertThat(b.text("#payments")).contains("已更正", "按工资表核对");
        assertThat(b.text("#incident-recovery")).contains("用人单位归还", "15,000.00");
        ((JavascriptExecutor) b.driver())
                .executeScript("document.getElementById('incident-recovery').scrollIntoView()");
        b.screenshot("emergency-follow-up");

        b.driver()
                .findElement(By.cssSelector("#incident-blacklist input[value='LIST']"))
                .click();
        b.driver()
                .findElement(By.cssSelector("#incident-blacklist input[name='opinion']"))
                .sendKeys("同意列入");
        b.driver()
                .findElement(By.cssSelector("#incident-blacklist button[type='submit']"))
                .click();
        b.waitForText("#incident-blacklist", "决定列入名单");
        assertThat(b.text("#incident-blacklist")).contains("同意列入");
    }
}
