package cn.laborcase.emergency;

import cn.laborcase.cases.CaseTask;
import cn.laborcase.cases.CaseTimelineEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An incident as {@code GET /api/wage-incidents/{id}} and its page show it: grade with the rule that gave it, status,
 * the approval clock, decisions and escalations, the open tasks and the timeline.
 *
 * @param minutesLeft whole minutes until the approval is due (negative once overdue), while awaiting approval
 * @param progress the progress reports and when the next is due
 * @param money owed, paid by employer / contractor, deposit drawn, fund advanced, to recover; payments and advances
 * @param followUp the linked inspection case, the criminal referral and the blacklist review
 * @param team the on-site team (at least two of the grid's inspectors) with their arrival
 * @param notifications the 欠薪事件情况通报 to the police, construction authority and trade union, or 未配置
 * @param repaymentOrders the 责令限期清偿 served on the employer
 * @param depositNotices the 工资保证金支付通知书 issued to the deposit's bank
 */
public record WageIncidentView(
        long id,
        String number,
        Grade grade,
        String gradeName,
        String gradeLabel,
        String gradeRule,
        IncidentStatus status,
        String statusName,
        Employer employer,
        String place,
        int workersAffected,
        BigDecimal amountOwed,
        String arrearsPeriod,
        boolean employerAbsconded,
        boolean groupPetition,
        Instant reportedAt,
        String reporterName,
        String description,
        Instant approvalDueAt,
        Long minutesLeft,
        List<Approval> approvals,
        List<Escalation> escalations,
        Long complaintId,
        Long inspectionCaseId,
        List<Document> documents,
        List<CaseTask> openTasks,
        List<CaseTimelineEntry> timeline,
        Money money,
        Progress progress,
        List<IncidentClosure.Closure> closures,
        FollowUp followUp,
        List<OnSiteTeams.TeamMember> team,
        List<AgencyNotices.Notification> notifications,
        List<DepositNotices.Order> repaymentOrders,
        List<DepositNotices.Notice> depositNotices) {

    /** An instant as the page writes it: Beijing time to the minute, — when absent. */
    public String beijing(Instant instant) {
        return instant == null ? "—" : IncidentTimes.format(instant);
    }

    /** The clock as the page shows it: 剩余 12 分钟, or 已超时 3 分钟. */
    public String clock() {
        if (minutesLeft == null) {
            return null;
        }
        return minutesLeft >= 0 ? "剩余 " + minutesLeft + " 分钟" : "已超时 " + (-minutesLeft) + " 分钟";
    }

    /** A document issued for the incident (the 应急处置启动审批表), with the address of its PDF. */
    public record Document(long id, String name, String number, String pdf) {}

    public record Employer(long id, String creditCode, String name, String gridCode, String officeCode) {}

    /** A leader's decision: who, in which role, when, with what opinion. */
    public record Approval(
            ApprovalDecision decision,
            String decisionName,
            String decidedByName,
            String role,
            Instant decidedAt,
            String opinion) {}

    /** The approval went to the 局长 because the section leader did not answer by the due time. */
    public record Escalation(Instant at, Instant dueAt, String to) {}
}
