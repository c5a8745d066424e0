package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.persistence.ClosureRow;
import cn.laborcase.emergency.persistence.IncidentMoneyMapper;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.notification.Notifications;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import cn.laborcase.workflow.TaskInbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing an activated incident: the responsible inspector submits the 处置情况报告 (workers paid, amount recovered,
 * fund advanced and still to recover, the latter from the incident's money), a leader (科长 or 局长) approves it or
 * returns it with an opinion; approval closes the incident and ends the progress-report cycle. The first decision
 * wins (the incident's row is locked, the report's status moved with a conditional update), the other gets 409.
 */
@Service
public class IncidentClosure {

    static final PrintableText SUMMARY = PrintableText.multiline("处置情况", 4000);
    static final PrintableText OPINION = PrintableText.multiline("审批意见", 1000);

    /** The form variables of the leaders' closure task (forms/emergency-closure.form). */
    public static final String CLOSURE_DECISION = "closureDecision";

    public static final String CLOSURE_OPINION = "closureOpinion";

    private final WageIncidents incidents;
    private final WageIncidentMapper incidentMapper;
    private final IncidentMoneyMapper mapper;
    private final IncidentMoney money;
    private final CaseTimeline timeline;
    private final AuditJournal audit;
    private final Notifications notifications;
    private final IncidentClosedSignal signal;
    private final ClosureReportDocument document;
    private final LeaderTaskEngine leaderTasks;
    private final IncidentLeaderTasks leaderNews;
    private final TaskInbox inbox;

    IncidentClosure(
            WageIncidents incidents,
            WageIncidentMapper incidentMapper,
            IncidentMoneyMapper mapper,
            IncidentMoney money,
            CaseTimeline timeline,
            AuditJournal audit,
            Notifications notifications,
            IncidentClosedSignal signal,
            ClosureReportDocument document,
            LeaderTaskEngine leaderTasks,
            IncidentLeaderTasks leaderNews,
            TaskInbox inbox) {
        this.leaderTasks = leaderTasks;
        this.leaderNews = leaderNews;
        this.inbox = inbox;
        this.incidents = incidents;
        this.incidentMapper = incidentMapper;
        this.mapper = mapper;
        this.money = money;
        this.timeline = timeline;
        this.audit = audit;
        this.notifications = notifications;
        this.signal = signal;
        this.document = document;
    }

    @Transactional
    public long submit(CurrentUser user, long incidentId, ClosureRequest request) {
        incidents.visible(user, incidentId);
        if (!user.has(Role.INSPECTOR)) {
            throw new ForbiddenException("INCIDENT_CLOSURE", "处置情况报告由承办监察员报送");
        }
        ClosureRequest r = request == null ? new ClosureRequest(null, null) : request;
        List<FieldProblem> problems = new ArrayList<>();
        String summary = null;
        if (r.summary() == null || r.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "NotBlank", "请填写处置情况"));
        } else {
            SUMMARY.problemOf("summary", r.summary()).ifPresent(problems::add);
            summary = PrintableText.normalizeNewlines(r.summary().strip());
        }
        BigDecimal recovered = recovered(r.amountRecovered(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        if (!IncidentStatus.ACTIVATED.name().equals(row.status())) {
            throw new ConflictException(
                    "INCIDENT_NOT_ACTIVATED",
                    "欠薪事件 " + row.incidentNumber() + " 当前状态为「"
                            + IncidentStatus.valueOf(row.status()).label() + "」，不能报送处置情况报告");
        }
        if (mapper.findClosures(incidentId).stream().anyMatch(c -> "SUBMITTED".equals(c.status()))) {
            throw new ConflictException("CLOSURE_PENDING", "已有处置情况报告待领导审批");
        }
        Money m = money.money(row);
        if (r.amountRecovered() == null || r.amountRecovered().isBlank()) {
            // not typed: what the recoveries recorded on the incident add up to
            recovered = m.recovered();
        }
        if (recovered.compareTo(m.fundAdvanced()) > 0) {
            throw new InvalidInputException(List.of(new FieldProblem(
                    "amountRecovered", "Max", "已追回金额不得超过应急周转金已垫付的 " + IncidentMoney.yuan(m.fundAdvanced()) + " 元")));
        }
        int workersPaid = (int) m.payments().stream()
                .filter(Money.Payment::active)
                .map(Money.Payment::workerName)
                .distinct()
                .count();
        Instant now = timeline.now();
        GeneratedKey key = new GeneratedKey();
        mapper.insertClosure(
                new ClosureRow(
                        null,
                        incidentId,
                        summary,
                        workersPaid,
                        m.paid(),
                        recovered,
                        m.fundAdvanced(),
                        m.fundAdvanced().subtract(recovered),
                        user.username(),
                        now,
                        "SUBMITTED",
                        null,
                        null,
                        null),
                key);
        String detail = "已支付 " + workersPaid + " 人 " + IncidentMoney.yuan(m.paid()) + " 元；应急周转金垫付 "
                + IncidentMoney.yuan(m.fundAdvanced()) + " 元，已追回 " + IncidentMoney.yuan(recovered) + " 元，尚待追偿 "
                + IncidentMoney.yuan(m.fundAdvanced().subtract(recovered)) + " 元";
        timeline.record(
                WageIncidents.ref(incidentId),
                IncidentStep.CLOSURE_SUBMITTED.name(),
                IncidentStep.CLOSURE_SUBMITTED.label(),
                user.username(),
                detail);
        audit.recordAs(
                user.username(),
                "WAGE_INCIDENT_CLOSURE_SUBMITTED",
                WageIncidents.ref(incidentId),
                "报送处置情况报告：" + detail,
                null,
                null);
        // the leaders' task (its create listener tells them, with its link); a process without the step: told here
        if (!leaderTasks.closureSubmitted(row.processInstanceId(), key.getId())) {
            leaderNews.closureSubmitted(incidentId, key.getId(), null);
        }
        return key.getId();
    }

    /**
     * A section leader or the 局长 approves or returns a report: 403 for anyone else, 409 when it was decided already.
     * When the report has its task in the leaders' inboxes, the decision completes that task (its listener records
     * it, and an approval ends the process with every open task), so the task and this call are one decision.
     */
    @Transactional
    public void decide(CurrentUser user, long incidentId, long closureId, AdvanceDecisionRequest request) {
        incidents.visible(user, incidentId);
        if (!(user.has(Role.SECTION_LEADER) || user.has(Role.BUREAU_LEADER))) {
            throw new ForbiddenException("INCIDENT_CLOSURE_APPROVAL", "处置情况报告由科长或局长审批");
        }
        String decision = request == null || request.decision() == null
                ? null
                : request.decision().strip().toUpperCase(Locale.ROOT);
        String opinion = request == null ? null : request.opinion();
        List<FieldProblem> problems = decisionProblems(decision, opinion);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        ClosureRow closure = closure(incidentId, closureId);
        if (!"SUBMITTED".equals(closure.status())) {
            throw decided(closure);
        }
        java.util.Optional<String> task = row.processInstanceId() == null
                ? java.util.Optional.empty()
                : leaderTasks.openClosureTask(row.processInstanceId(), closureId);
        if (task.isPresent()) {
            java.util.Map<String, Object> values = new java.util.HashMap<>();
            values.put(CLOSURE_DECISION, decision);
            values.put(CLOSURE_OPINION, opinion == null ? "" : opinion.strip());
            try {
                inbox.complete(user, task.get(), null, values);
            } catch (RuntimeException e) {
                throw IncidentApprovals.domainCauseOr(e);
            }
            return;
        }
        record(incidentId, closureId, decision, opinion, user.username(), true);
    }

    /** What is wrong with a decision on a closure report (fields {@code decision}, {@code opinion}); empty if none. */
    public static List<FieldProblem> decisionProblems(String decision, String opinion) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
            problems.add(new FieldProblem("decision", "NotAllowed", "请选择审批意见：批准结案或退回"));
        }
        OPINION.problemOf("opinion", opinion).ifPresent(problems::add);
        if ("RETURN".equals(decision) && (opinion == null || opinion.isBlank())) {
            problems.add(new FieldProblem("opinion", "NotBlank", "退回时请填写审批意见"));
        }
        return problems;
    }

    /**
     * Before the closure task is completed through the inbox: locks the incident's row (the order every path locks
     * in) and refuses with 409 when the report was decided meanwhile.
     */
    @Transactional
    public void lockBeforeDeciding(String processInstanceId, long closureId) {
        java.util.Optional<WageIncidentRow> row = incidentMapper.lockByProcessInstance(processInstanceId);
        if (row.isEmpty()) {
            return;
        }
        ClosureRow closure = closure(row.get().id(), closureId);
        if (!"SUBMITTED".equals(closure.status())) {
            throw decided(closure);
        }
    }

    /**
     * Records a leader's decision as the closure task completes (its listener): the process itself ends on an
     * approval (the task's flow), so no message is sent.
     */
    @Transactional
    public void recordDecision(long incidentId, long closureId, String decision, String opinion, String username) {
        record(incidentId, closureId, decision, opinion, username, false);
    }

    private void record(
            long incidentId, long closureId, String decision, String opinion, String username, boolean signalClosed) {
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        ClosureRow closure = closure(incidentId, closureId);
        if (!"SUBMITTED".equals(closure.status())) {
            throw decided(closure);
        }
        boolean approve = "APPROVE".equals(decision);
        String text = opinion == null || opinion.isBlank() ? null : PrintableText.normalizeNewlines(opinion.strip());
        Instant now = timeline.now();
        if (mapper.decideClosure(closureId, approve ? "APPROVED" : "RETURNED", username, now, text) == 0) {
            throw new ConflictException("CLOSURE_DECIDED", "该处置情况报告已由他人作出决定");
        }
        if (approve) {
            if (incidentMapper.changeStatus(incidentId, IncidentStatus.ACTIVATED.name(), IncidentStatus.CLOSED.name())
                    == 0) {
                throw new ConflictException("INCIDENT_NOT_ACTIVATED", "欠薪事件已不在处置中");
            }
            if (signalClosed) {
                signal.closed(row.processInstanceId());
            }
            document.issue(row, closure, username, now, text);
        }
        IncidentStep step = approve ? IncidentStep.CLOSED : IncidentStep.CLOSURE_RETURNED;
        timeline.record(WageIncidents.ref(incidentId), step.name(), step.label(), username, text == null ? "" : text);
        audit.recordAs(
                username,
                "WAGE_INCIDENT_" + step.name(),
                WageIncidents.ref(incidentId),
                step.label() + (text == null ? "" : "：" + text),
                null,
                null);
        notifications.notifyStaff(
                closure.submittedBy(),
                "【处置情况报告】" + row.incidentNumber() + "：" + step.label(),
                "/wage-incidents/" + incidentId);
    }

    private ClosureRow closure(long incidentId, long closureId) {
        return mapper.findClosures(incidentId).stream()
                .filter(c -> c.id() == closureId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("处置情况报告", closureId));
    }

    /** The closure reports of the incident, oldest first. */
    @Transactional(readOnly = true)
    public List<Closure> of(long incidentId) {
        return mapper.findClosures(incidentId).stream()
                .map(c -> new Closure(
                        c.id(),
                        c.summary(),
                        c.workersPaid(),
                        c.amountPaid(),
                        c.amountRecovered(),
                        c.fundAdvanced(),
                        c.fundToRecover(),
                        timeline.nameOf(c.submittedBy()),
                        c.submittedAt(),
                        c.status(),
                        switch (c.status()) {
                            case "APPROVED" -> "已批准结案";
                            case "RETURNED" -> "已退回";
                            default -> "待领导审批";
                        },
                        c.decidedBy() == null ? null : timeline.nameOf(c.decidedBy()),
                        c.decidedAt(),
                        c.opinion()))
                .toList();
    }

    /** A 处置情况报告 as GET shows it ({@code closures}). */
    public record Closure(
            long id,
            String summary,
            int workersPaid,
            BigDecimal amountPaid,
            BigDecimal amountRecovered,
            BigDecimal fundAdvanced,
            BigDecimal fundToRecover,
            String submittedByName,
            Instant submittedAt,
            String status,
            String statusName,
            String decidedByName,
            Instant decidedAt,
            String opinion) {}

    private ConflictException decided(ClosureRow c) {
        return new ConflictException(
                "CLOSURE_DECIDED",
                "该处置情况报告已由 " + timeline.nameOf(c.decidedBy()) + " 于 " + IncidentTimes.format(c.decidedAt()) + " 作出决定");
    }

    private static BigDecimal recovered(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("amountRecovered", "NotNumber", "已追回金额须为数字（元）"));
            return null;
        }
        if (amount.signum() < 0
                || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            problems.add(new FieldProblem("amountRecovered", "Invalid", "已追回金额不能为负数，最多两位小数"));
            return null;
        }
        return amount.setScale(2);
    }
}
