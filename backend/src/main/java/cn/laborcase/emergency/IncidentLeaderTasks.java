package cn.laborcase.emergency;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentSettings;
import cn.laborcase.emergency.persistence.AdvanceRow;
import cn.laborcase.emergency.persistence.ClosureRow;
import cn.laborcase.emergency.persistence.IncidentMoneyMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.notification.MailMessage;
import cn.laborcase.notification.Notifications;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.OrganizationDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaders' inbox tasks after activation, as the process creates them: the 局长's task on a fund advance
 * (应急周转金垫付审批（N人，X元）) and the leaders' task on a 处置情况报告 (处置情况报告审批); their names, due times and
 * candidate groups for the BPMN, and the news to the leaders when one is opened (bell with the task's link; the
 * closure report also by e-mail, once per key).
 */
@Service("emergencyLeaderTasks")
public class IncidentLeaderTasks {

    private final WageIncidents incidents;
    private final IncidentMoneyMapper mapper;
    private final IncidentApprovals approvals;
    private final LeaderTaskSettings settings;
    private final CaseTimeline timeline;
    private final OrganizationDirectory directory;
    private final Notifications notifications;
    private final DocumentSettings links;

    IncidentLeaderTasks(
            WageIncidents incidents,
            IncidentMoneyMapper mapper,
            IncidentApprovals approvals,
            LeaderTaskSettings settings,
            CaseTimeline timeline,
            OrganizationDirectory directory,
            Notifications notifications,
            DocumentSettings links) {
        this.incidents = incidents;
        this.mapper = mapper;
        this.approvals = approvals;
        this.settings = settings;
        this.timeline = timeline;
        this.directory = directory;
        this.notifications = notifications;
        this.links = links;
    }

    /** The advance task's name in the inbox: 应急周转金垫付审批（10人，45000.00元）. */
    @Transactional(readOnly = true)
    public String advanceTaskName(Number incidentId, Number advanceId) {
        return mapper.findAdvance(incidentId.longValue(), advanceId.longValue())
                .map(a -> "应急周转金垫付审批（" + a.workers() + "人，" + IncidentMoney.yuan(a.amount()) + "元）")
                .orElse("应急周转金垫付审批");
    }

    /** When the 局长 should have decided on an advance (laborcase.emergency.leader-tasks.advance-approval-hours). */
    public Date advanceDue() {
        return Date.from(timeline.now().plus(Duration.ofHours(settings.advanceApprovalHours())));
    }

    /** When the leaders should have decided on a closure report. */
    public Date closureDue() {
        return Date.from(timeline.now().plus(Duration.ofHours(settings.closureApprovalHours())));
    }

    /** Who decides on a 处置情况报告: the office's section leaders and the 局长 of the office or of an office above. */
    public String closureGroups(String officeCode) {
        return IncidentApprovals.sectionLeaderGroup(officeCode) + "," + approvals.headGroups(officeCode);
    }

    /** The 局长's task on an advance was opened: each 局长 of the chain is told, with the task's link. */
    @Transactional
    public void advanceTaskCreated(long incidentId, long advanceId, String taskId) {
        WageIncidentRow row = incidents.get(incidentId);
        AdvanceRow advance = mapper.findAdvance(incidentId, advanceId).orElseThrow();
        for (Colleague c : directory.colleagues(heads(row), null)) {
            notifications.notifyStaff(
                    c.username(),
                    cut("【应急周转金】" + row.incidentNumber() + " 申请垫付 " + IncidentMoney.yuan(advance.amount()) + " 元（"
                            + advance.workers() + " 人），待您审批"),
                    "/tasks/" + taskId);
        }
    }

    /**
     * A 处置情况报告 was submitted: the section leaders and the 局长 are told in-app and by e-mail (once per report
     * and leader), linking to the task when the process opened one, to the incident page otherwise.
     */
    @Transactional
    public void closureSubmitted(long incidentId, long closureId, String taskId) {
        WageIncidentRow row = incidents.get(incidentId);
        ClosureRow closure = mapper.findClosures(incidentId).stream()
                .filter(c -> c.id() == closureId)
                .findFirst()
                .orElseThrow();
        String path = taskId == null ? "/wage-incidents/" + incidentId : "/tasks/" + taskId;
        String title = "【处置情况报告】" + row.incidentNumber() + " 已报送，待您审批结案";
        List<String> groups =
                new ArrayList<>(Arrays.asList(closureGroups(row.officeCode()).split(",")));
        String body = "欠薪事件 " + row.incidentNumber() + " 的处置情况报告已由 " + timeline.nameOf(closure.submittedBy()) + " 于 "
                + IncidentTimes.format(closure.submittedAt()) + " 报送，请审批结案或退回。\n\n"
                + "已支付工人：" + closure.workersPaid() + " 人\n"
                + "已支付金额：" + IncidentMoney.yuan(closure.amountPaid()) + " 元\n"
                + "应急周转金垫付：" + IncidentMoney.yuan(closure.fundAdvanced()) + " 元，已追回 "
                + IncidentMoney.yuan(closure.amountRecovered()) + " 元，尚待追偿 "
                + IncidentMoney.yuan(closure.fundToRecover())
                + " 元\n"
                + "办理链接：" + links.publicBaseUrl() + path + "\n\n"
                + "本邮件由系统自动发送，请勿直接回复。";
        for (Colleague c : directory.colleagues(groups, null)) {
            notifications.notifyStaff(c.username(), cut(title), path);
            directory
                    .emailOf(c.username())
                    .ifPresent(address -> notifications.queueMail(new MailMessage(
                            "wage-incident:" + incidentId + ":closure-submitted:" + closureId + ":" + c.username(),
                            List.of(c.displayName() + " <" + address + ">"),
                            cut(title),
                            body,
                            List.of(),
                            "WAGE_INCIDENT",
                            String.valueOf(incidentId))));
        }
    }

    private List<String> heads(WageIncidentRow row) {
        return Arrays.asList(approvals.headGroups(row.officeCode()).split(","));
    }

    private static String cut(String title) {
        return title.length() > 200 ? title.substring(0, 199) + "…" : title;
    }
}
