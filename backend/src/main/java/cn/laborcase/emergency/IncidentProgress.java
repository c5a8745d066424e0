package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.persistence.ApprovalRow;
import cn.laborcase.emergency.persistence.IncidentMoneyMapper;
import cn.laborcase.emergency.persistence.ProgressRow;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.notification.Notifications;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PrintableText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports of an activated incident: one is due every {@code laborcase.emergency.progress-report-hours} real
 * hours after activation until closure (the engine's timer cycle {@code Timer_ProgressDue} of wage-arrears-emergency);
 * the grid's inspector files it; the office's leaders are told in-app when one is filed and when one is overdue.
 */
@Service
public class IncidentProgress {

    static final PrintableText ACTIONS = PrintableText.multiline("处置情况", 4000);
    static final PrintableText NEXT_STEPS = PrintableText.multiline("下一步措施", 2000);

    private final WageIncidents incidents;
    private final WageIncidentMapper incidentMapper;
    private final IncidentMoneyMapper mapper;
    private final EmergencySettings settings;
    private final CaseTimeline timeline;
    private final AuditJournal audit;
    private final IncidentApprovals approvals;
    private final OrganizationDirectory directory;
    private final Notifications notifications;

    IncidentProgress(
            WageIncidents incidents,
            WageIncidentMapper incidentMapper,
            IncidentMoneyMapper mapper,
            EmergencySettings settings,
            CaseTimeline timeline,
            AuditJournal audit,
            IncidentApprovals approvals,
            OrganizationDirectory directory,
            Notifications notifications) {
        this.incidents = incidents;
        this.incidentMapper = incidentMapper;
        this.mapper = mapper;
        this.settings = settings;
        this.timeline = timeline;
        this.audit = audit;
        this.approvals = approvals;
        this.directory = directory;
        this.notifications = notifications;
    }

    /** The timer cycle of the reports, for the process: "R/PT4H". */
    public String cycle() {
        return "R/PT" + settings.progressReportHours() + "H";
    }

    /** The responsible inspector (of the incident's grid or office) files a report while the incident is activated. */
    @Transactional
    public long file(CurrentUser user, long incidentId, ProgressReportRequest request) {
        incidents.visible(user, incidentId);
        if (!user.has(Role.INSPECTOR)) {
            throw new ForbiddenException("INCIDENT_PROGRESS", "处置进展由承办监察员报送");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ProgressReportRequest r = request == null ? new ProgressReportRequest(null, null, null, null) : request;
        String actions = text(ACTIONS, "actions", r.actions(), "请填写已开展的处置工作", problems);
        String next = text(NEXT_STEPS, "nextSteps", r.nextSteps(), "请填写下一步措施", problems);
        Integer workers = count(r.workersPaid(), problems);
        BigDecimal amount = amount(r.amountPaid(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        if (!IncidentStatus.ACTIVATED.name().equals(row.status())) {
            throw new ConflictException(
                    "INCIDENT_NOT_ACTIVATED",
                    "欠薪事件 " + row.incidentNumber() + " 当前状态为「"
                            + IncidentStatus.valueOf(row.status()).label() + "」，无需报送处置进展");
        }
        Instant now = timeline.now();
        GeneratedKey key = new GeneratedKey();
        mapper.insertProgress(
                new ProgressRow(null, incidentId, actions, workers, amount, next, user.username(), now), key);
        int n = mapper.findProgress(incidentId).size();
        String detail = "第 " + n + " 次：已支付 " + workers + " 人 " + IncidentMoney.yuan(amount) + " 元；" + cut(actions, 200);
        timeline.record(
                WageIncidents.ref(incidentId),
                IncidentStep.PROGRESS_REPORTED.name(),
                IncidentStep.PROGRESS_REPORTED.label(),
                user.username(),
                detail);
        audit.recordAs(
                user.username(),
                "WAGE_INCIDENT_PROGRESS",
                WageIncidents.ref(incidentId),
                "报送处置进展" + detail,
                null,
                null);
        tellLeaders(
                row,
                "【进展报告】" + row.incidentNumber() + " " + timeline.nameOf(user.username()) + " 报送第 " + n + " 次处置进展：已支付 "
                        + workers + " 人 " + IncidentMoney.yuan(amount) + " 元");
        return key.getId();
    }

    /**
     * The timer's step at each due time: when no report was filed in the interval just ended, the timeline says so
     * and the leaders are told. Nothing for an incident that is no longer activated.
     */
    @Transactional
    public void due(long incidentId) {
        WageIncidentRow row = incidents.get(incidentId);
        if (!IncidentStatus.ACTIVATED.name().equals(row.status())) {
            return;
        }
        Instant now = timeline.now();
        Duration interval = Duration.ofHours(settings.progressReportHours());
        if (mapper.countProgressSince(incidentId, now.minus(interval)) > 0) {
            return;
        }
        String detail = "最近 " + settings.progressReportHours() + " 小时未报送处置进展（应于 " + IncidentTimes.format(now) + " 前报送）";
        timeline.record(
                WageIncidents.ref(incidentId),
                IncidentStep.PROGRESS_OVERDUE.name(),
                IncidentStep.PROGRESS_OVERDUE.label(),
                CaseTimeline.SYSTEM,
                detail);
        tellLeaders(row, "【进展报告逾期】" + row.incidentNumber() + " " + detail);
    }

    /** The reports of the incident and when the next is due (while activated). */
    @Transactional(readOnly = true)
    public Progress of(WageIncidentRow row) {
        List<Progress.Report> reports = mapper.findProgress(row.id()).stream()
                .map(p -> new Progress.Report(
                        p.id(),
                        p.actions(),
                        p.workersPaid(),
                        p.amountPaid(),
                        p.nextSteps(),
                        timeline.nameOf(p.filedBy()),
                        p.filedAt()))
                .toList();
        Instant nextDue = IncidentStatus.ACTIVATED.name().equals(row.status())
                ? activatedAt(row.id()).map(a -> nextDue(a, timeline.now())).orElse(null)
                : null;
        return new Progress(settings.progressReportHours(), nextDue, reports);
    }

    private Instant nextDue(Instant activatedAt, Instant now) {
        long interval = Duration.ofHours(settings.progressReportHours()).getSeconds();
        long elapsed = Math.max(0, Duration.between(activatedAt, now).getSeconds());
        return activatedAt.plusSeconds((elapsed / interval + 1) * interval);
    }

    private Optional<Instant> activatedAt(long incidentId) {
        return approvals.approvals(incidentId).stream()
                .filter(a -> ApprovalDecision.APPROVE.name().equals(a.decision()))
                .map(ApprovalRow::decidedAt)
                .findFirst();
    }

    private void tellLeaders(WageIncidentRow row, String title) {
        List<String> groups = new ArrayList<>();
        groups.add(IncidentApprovals.sectionLeaderGroup(row.officeCode()));
        groups.addAll(Arrays.asList(approvals.headGroups(row.officeCode()).split(",")));
        for (Colleague c : directory.colleagues(groups, null)) {
            notifications.notifyStaff(c.username(), cut(title, 200), "/wage-incidents/" + row.id());
        }
    }

    private static String text(
            PrintableText rule, String field, String value, String missing, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "NotBlank", missing));
            return null;
        }
        var problem = rule.problemOf(field, value);
        if (problem.isPresent()) {
            problems.add(problem.get());
            return null;
        }
        return PrintableText.normalizeNewlines(value.strip());
    }

    private static Integer count(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("workersPaid", "NotNull", "请填写已支付工资的人数"));
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) {
                problems.add(new FieldProblem("workersPaid", "Min", "已支付人数不能为负数"));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("workersPaid", "NotNumber", "已支付人数须为整数"));
            return null;
        }
    }

    private static BigDecimal amount(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("amountPaid", "NotNull", "请填写已支付金额"));
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("amountPaid", "NotNumber", "已支付金额须为数字（元）"));
            return null;
        }
        if (amount.signum() < 0) {
            problems.add(new FieldProblem("amountPaid", "Min", "已支付金额不能为负数"));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            problems.add(new FieldProblem("amountPaid", "Digits", "已支付金额最多两位小数，且不超过 9999 亿元"));
            return null;
        }
        return amount.setScale(2);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
