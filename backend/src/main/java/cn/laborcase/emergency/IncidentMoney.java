package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.persistence.AdvanceRow;
import cn.laborcase.emergency.persistence.IncidentFollowUpMapper;
import cn.laborcase.emergency.persistence.IncidentMoneyMapper;
import cn.laborcase.emergency.persistence.PaymentRow;
import cn.laborcase.emergency.persistence.RecoveryRow;
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
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import cn.laborcase.workflow.TaskInbox;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of an activated incident: wages paid to each worker (by the employer, the general contractor, the wage
 * deposit or the fund), and advances from the emergency revolving fund (应急周转金) that an inspector requests within
 * the cap (laborcase.emergency.fund) and the 局长 approves; approved advances are to be recovered from the employer.
 * Every write locks the incident's row first, so two approvals of one request queue there and the second gets 409.
 */
@Service
public class IncidentMoney {

    static final PrintableText WORKER_NAME = PrintableText.singleLine("工人姓名", 50);
    static final PrintableText REASON = PrintableText.multiline("垫付理由", 1000);
    static final PrintableText OPINION = PrintableText.multiline("审批意见", 1000);
    /** The form variables of the 局长's advance task (forms/emergency-advance.form). */
    public static final String ADVANCE_DECISION = "advanceDecision";

    public static final String ADVANCE_OPINION = "advanceOpinion";

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final WageIncidents incidents;
    private final WageIncidentMapper incidentMapper;
    private final IncidentMoneyMapper mapper;
    private final EmergencySettings settings;
    private final CaseTimeline timeline;
    private final AuditJournal audit;
    private final IncidentApprovals approvals;
    private final OrganizationDirectory directory;
    private final Notifications notifications;
    private final LeaderTaskEngine leaderTasks;
    private final TaskInbox inbox;
    private final IncidentFollowUpMapper followUps;

    IncidentMoney(
            WageIncidents incidents,
            WageIncidentMapper incidentMapper,
            IncidentMoneyMapper mapper,
            EmergencySettings settings,
            CaseTimeline timeline,
            AuditJournal audit,
            IncidentApprovals approvals,
            OrganizationDirectory directory,
            Notifications notifications,
            LeaderTaskEngine leaderTasks,
            TaskInbox inbox,
            IncidentFollowUpMapper followUps) {
        this.leaderTasks = leaderTasks;
        this.inbox = inbox;
        this.followUps = followUps;
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

    /** Wages paid to one worker; inspectors and leaders who see the incident, once it is activated. */
    @Transactional
    public long recordPayment(CurrentUser user, long incidentId, PaymentRequest request) {
        incidents.visible(user, incidentId);
        if (!(user.has(Role.INSPECTOR) || user.isLeader())) {
            throw new ForbiddenException("INCIDENT_PAYMENT", "只有监察员和领导可以登记工资支付");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("workerName", "NotNull", "请填写工人姓名")));
        }
        String name = text(WORKER_NAME, "workerName", request.workerName(), "请填写工人姓名", problems);
        BigDecimal amount = amount("amount", "支付金额", request.amount(), problems);
        Instant paidAt = pastInstant("paidAt", "支付时间", request.paidAt(), problems);
        PaymentSource source = source(request.source(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WageIncidentRow row = activated(incidentId);
        Money money = money(row);
        if (source == PaymentSource.FUND && money.paidFromFund().add(amount).compareTo(money.fundAdvanced()) > 0) {
            throw new InvalidInputException(List.of(new FieldProblem(
                    "amount",
                    "FundExceeded",
                    "应急周转金支付合计不得超过已批准垫付的 " + yuan(money.fundAdvanced()) + " 元（已支付 " + yuan(money.paidFromFund())
                            + " 元）")));
        }
        Instant now = timeline.now();
        GeneratedKey key = new GeneratedKey();
        mapper.insertPayment(
                new PaymentRow(null, incidentId, name, amount, paidAt, source.name(), user.username(), now), key);
        String detail = name + " " + yuan(amount) + " 元，" + source.label() + "，" + IncidentTimes.format(paidAt);
        timeline.record(
                WageIncidents.ref(incidentId),
                IncidentStep.PAYMENT_RECORDED.name(),
                IncidentStep.PAYMENT_RECORDED.label(),
                user.username(),
                detail);
        audit.recordAs(
                user.username(),
                "WAGE_INCIDENT_PAYMENT",
                WageIncidents.ref(incidentId),
                "登记工资支付：" + detail,
                null,
                null);
        return key.getId();
    }

    /**
     * An inspector's request for a fund advance: at most the cap (the smaller of the configured share of the arrears,
     * less what was already approved or asked, and the per-worker amount × the workers); 400 naming the cap and how it
     * was computed otherwise. The 局长 of the office (or above) is told.
     */
    @Transactional
    public long requestAdvance(CurrentUser user, long incidentId, AdvanceRequest request) {
        incidents.visible(user, incidentId);
        if (!user.has(Role.INSPECTOR)) {
            throw new ForbiddenException("INCIDENT_ADVANCE", "应急周转金垫付由承办监察员申请");
        }
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldProblem("amount", "NotNull", "请填写垫付金额")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Integer workers = workers(request.workers(), problems);
        BigDecimal amount = amount("amount", "垫付金额", request.amount(), problems);
        String reason = text(REASON, "reason", request.reason(), "请填写垫付理由", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WageIncidentRow row = activated(incidentId);
        if (workers > row.workersAffected()) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("workers", "Max", "垫付人数不得超过事件涉及的 " + row.workersAffected() + " 人")));
        }
        Cap cap = cap(row, workers, committed(incidentId, null));
        if (amount.compareTo(cap.amount()) > 0) {
            throw new InvalidInputException(List.of(new FieldProblem("amount", "OverCap", cap.message())));
        }
        Instant now = timeline.now();
        GeneratedKey key = new GeneratedKey();
        mapper.insertAdvance(
                new AdvanceRow(
                        null,
                        incidentId,
                        workers,
                        amount,
                        reason,
                        cap.amount(),
                        cap.rule(),
                        user.username(),
                        now,
                        AdvanceStatus.REQUESTED.name(),
                        null,
                        null,
                        null),
                key);
        String detail = workers + " 人，" + yuan(amount) + " 元（上限 " + yuan(cap.amount()) + " 元：" + cap.rule() + "）";
        timeline.record(
                WageIncidents.ref(incidentId),
                IncidentStep.ADVANCE_REQUESTED.name(),
                IncidentStep.ADVANCE_REQUESTED.label(),
                user.username(),
                detail);
        audit.recordAs(
                user.username(),
                "WAGE_INCIDENT_ADVANCE_REQUESTED",
                WageIncidents.ref(incidentId),
                "申请应急周转金垫付：" + detail,
                null,
                null);
        if (leaderTasks.advanceRequested(row.processInstanceId(), key.getId())) {
            // the 局长 are told by the task's create listener, with the task's link
            return key.getId();
        }
        List<String> heads =
                Arrays.asList(approvals.headGroups(row.officeCode()).split(","));
        for (Colleague c : directory.colleagues(heads, null)) {
            notifications.notifyStaff(
                    c.username(),
                    cut("【应急周转金】" + row.incidentNumber() + " 申请垫付 " + yuan(amount) + " 元，待您审批"),
                    "/wage-incidents/" + incidentId);
        }
        return key.getId();
    }

    /**
     * The 局长 approves or refuses an advance: 403 for anyone else, 409 when it was decided already (the first decision
     * wins) or when the cap no longer allows it (other advances approved meanwhile). When the advance has its task in
     * the 局长's inbox, the decision completes that task (its listener records it), so the task and this call are one
     * decision.
     */
    @Transactional
    public void decideAdvance(CurrentUser user, long incidentId, long advanceId, AdvanceDecisionRequest request) {
        incidents.visible(user, incidentId);
        if (!user.has(Role.BUREAU_LEADER)) {
            throw new ForbiddenException("INCIDENT_ADVANCE_APPROVAL", "应急周转金垫付由局长审批");
        }
        String decision = request == null || request.decision() == null
                ? null
                : request.decision().strip().toUpperCase(Locale.ROOT);
        String opinion = request == null ? null : request.opinion();
        List<FieldProblem> problems = advanceDecisionProblems(decision, opinion);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // the incident's row first, as the task's completion lock does: two paths at once queue here
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        AdvanceRow advance =
                mapper.findAdvance(incidentId, advanceId).orElseThrow(() -> new NotFoundException("垫付申请", advanceId));
        if (!AdvanceStatus.REQUESTED.name().equals(advance.status())) {
            throw decided(advance);
        }
        java.util.Optional<String> task = row.processInstanceId() == null
                ? java.util.Optional.empty()
                : leaderTasks.openAdvanceTask(row.processInstanceId(), advanceId);
        if (task.isPresent()) {
            java.util.Map<String, Object> values = new java.util.HashMap<>();
            values.put(ADVANCE_DECISION, decision);
            values.put(ADVANCE_OPINION, opinion == null ? "" : opinion.strip());
            try {
                inbox.complete(user, task.get(), null, values);
            } catch (RuntimeException e) {
                throw IncidentApprovals.domainCauseOr(e);
            }
            return;
        }
        recordAdvanceDecision(incidentId, advanceId, decision, opinion, user.username());
    }

    /** What is wrong with a decision on an advance (fields {@code decision}, {@code opinion}); empty if none. */
    public static List<FieldProblem> advanceDecisionProblems(String decision, String opinion) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            problems.add(new FieldProblem("decision", "NotAllowed", "请选择审批意见：批准垫付或不予垫付"));
        }
        OPINION.problemOf("opinion", opinion).ifPresent(problems::add);
        if ("REJECT".equals(decision) && (opinion == null || opinion.isBlank())) {
            problems.add(new FieldProblem("opinion", "NotBlank", "不予垫付时请填写审批意见"));
        }
        return problems;
    }

    /**
     * Before the advance task is completed through the inbox: locks the incident's row (the order every path locks
     * in) and refuses with 409 when the advance was decided meanwhile.
     */
    @Transactional
    public void lockBeforeDecidingAdvance(String processInstanceId, long advanceId) {
        java.util.Optional<WageIncidentRow> row = incidentMapper.lockByProcessInstance(processInstanceId);
        if (row.isEmpty()) {
            return;
        }
        AdvanceRow advance = mapper.findAdvance(row.get().id(), advanceId).orElseThrow();
        if (!AdvanceStatus.REQUESTED.name().equals(advance.status())) {
            throw decided(advance);
        }
    }

    /**
     * Records the 局长's decision on an advance (the task's listener, or the decision endpoint when there is no task):
     * the incident's row locked, the cap checked again, the advance's status moved with a conditional update.
     */
    @Transactional
    public void recordAdvanceDecision(
            long incidentId, long advanceId, String decision, String opinion, String username) {
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        AdvanceRow advance =
                mapper.findAdvance(incidentId, advanceId).orElseThrow(() -> new NotFoundException("垫付申请", advanceId));
        if (!AdvanceStatus.REQUESTED.name().equals(advance.status())) {
            throw decided(advance);
        }
        boolean approve = "APPROVE".equals(decision);
        if (approve) {
            Cap cap = cap(row, advance.workers(), committed(incidentId, advanceId));
            if (advance.amount().compareTo(cap.amount()) > 0) {
                throw new ConflictException("ADVANCE_OVER_CAP", "其他垫付已获批准，本申请超出上限：" + cap.message());
            }
        }
        String text = opinion == null || opinion.isBlank() ? null : PrintableText.normalizeNewlines(opinion.strip());
        Instant now = timeline.now();
        AdvanceStatus to = approve ? AdvanceStatus.APPROVED : AdvanceStatus.REJECTED;
        if (mapper.decideAdvance(advanceId, to.name(), username, now, text) == 0) {
            throw decided(mapper.findAdvance(incidentId, advanceId).orElseThrow());
        }
        IncidentStep step = approve ? IncidentStep.ADVANCE_APPROVED : IncidentStep.ADVANCE_REJECTED;
        String detail = yuan(advance.amount()) + " 元，" + advance.workers() + " 人" + (text == null ? "" : "：" + text)
                + (approve ? "（待向用人单位追偿）" : "");
        timeline.record(WageIncidents.ref(incidentId), step.name(), step.label(), username, detail);
        audit.recordAs(
                username,
                "WAGE_INCIDENT_ADVANCE_" + to.name(),
                WageIncidents.ref(incidentId),
                step.label() + "：" + detail,
                AdvanceStatus.REQUESTED.label(),
                to.label());
        notifications.notifyStaff(
                advance.requestedBy(),
                cut("【应急周转金】" + row.incidentNumber() + " 垫付 " + yuan(advance.amount()) + " 元：" + to.label()),
                "/wage-incidents/" + incidentId);
    }

    /** The incident's money, for its page and GET (no scope check: the caller has done it). */
    @Transactional(readOnly = true)
    public Money money(WageIncidentRow row) {
        List<PaymentRow> all = mapper.findPayments(row.id());
        // a corrected or cancelled payment stays on the page but no longer counts
        List<PaymentRow> payments = all.stream()
                .filter(p -> PaymentStatus.ACTIVE.name().equals(p.status()))
                .toList();
        List<AdvanceRow> advances = mapper.findAdvances(row.id());
        List<RecoveryRow> recoveries = followUps.findRecoveries(row.id());
        BigDecimal recovered =
                recoveries.stream().map(RecoveryRow::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal employer = sum(payments, PaymentSource.EMPLOYER);
        BigDecimal contractor = sum(payments, PaymentSource.CONTRACTOR);
        BigDecimal deposit = sum(payments, PaymentSource.DEPOSIT);
        BigDecimal fundPaid = sum(payments, PaymentSource.FUND);
        BigDecimal advanced = advances.stream()
                .filter(a -> AdvanceStatus.APPROVED.name().equals(a.status()))
                .map(AdvanceRow::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal paid = employer.add(contractor).add(deposit).add(fundPaid);
        BigDecimal outstanding = row.amountOwed().subtract(paid).max(BigDecimal.ZERO.setScale(2));
        return new Money(
                row.amountOwed(),
                employer,
                contractor,
                deposit,
                advanced,
                fundPaid,
                advanced.subtract(recovered),
                paid,
                outstanding,
                all.stream()
                        .map(p -> new Money.Payment(
                                p.id(),
                                p.workerName(),
                                p.amount(),
                                p.paidAt(),
                                PaymentSource.valueOf(p.source()),
                                PaymentSource.valueOf(p.source()).label(),
                                timeline.nameOf(p.recordedBy()),
                                p.recordedBy(),
                                PaymentStatus.valueOf(p.status()),
                                PaymentStatus.valueOf(p.status()).label(),
                                p.version(),
                                p.correctsId(),
                                p.changedBy() == null ? null : timeline.nameOf(p.changedBy()),
                                p.changedAt(),
                                p.changeReason()))
                        .toList(),
                advances.stream()
                        .map(a -> new Money.Advance(
                                a.id(),
                                a.workers(),
                                a.amount(),
                                a.reason(),
                                a.capAmount(),
                                a.capRule(),
                                timeline.nameOf(a.requestedBy()),
                                a.requestedAt(),
                                AdvanceStatus.valueOf(a.status()),
                                AdvanceStatus.valueOf(a.status()).label(),
                                a.decidedBy() == null ? null : timeline.nameOf(a.decidedBy()),
                                a.decidedAt(),
                                a.opinion()))
                        .toList(),
                recovered,
                recoveries.stream()
                        .map(r -> new Money.Recovery(
                                r.id(),
                                r.amount(),
                                r.recoveredOn(),
                                RecoveryMethod.valueOf(r.method()),
                                RecoveryMethod.valueOf(r.method()).label(),
                                r.note(),
                                timeline.nameOf(r.recordedBy()),
                                r.recordedAt()))
                        .toList());
    }

    /** The cap of an advance and the words saying how it was computed. */
    record Cap(BigDecimal amount, String rule, String message) {}

    Cap cap(WageIncidentRow row, int workers, BigDecimal committed) {
        EmergencySettings.Fund fund = settings.fund();
        BigDecimal share = row.amountOwed()
                .multiply(BigDecimal.valueOf(fund.arrearsSharePercent()))
                .divide(HUNDRED, 2, RoundingMode.DOWN);
        BigDecimal perWorkers =
                fund.perWorker().multiply(BigDecimal.valueOf(workers)).setScale(2, RoundingMode.DOWN);
        BigDecimal shareLeft = share.subtract(committed).max(BigDecimal.ZERO.setScale(2));
        BigDecimal amount = shareLeft.min(perWorkers);
        String rule = "欠薪总额 " + yuan(row.amountOwed()) + " 元的 " + fund.arrearsSharePercent() + "% 与每人 "
                + yuan(fund.perWorker()) + " 元 × " + workers + " 人中的较小者";
        String message = "垫付金额不得超过 " + yuan(amount) + " 元（" + rule + "）"
                + (committed.signum() > 0 ? "；本事件已批准或待批的垫付 " + yuan(committed) + " 元已从比例上限中扣除" : "");
        return new Cap(amount, rule, message);
    }

    private BigDecimal committed(long incidentId, Long except) {
        return mapper.findAdvances(incidentId).stream()
                .filter(a -> !AdvanceStatus.REJECTED.name().equals(a.status()))
                .filter(a -> except == null || !except.equals(a.id()))
                .filter(a -> except == null || AdvanceStatus.APPROVED.name().equals(a.status()))
                .map(AdvanceRow::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    WageIncidentRow activated(long incidentId) {
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        if (!IncidentStatus.ACTIVATED.name().equals(row.status())) {
            throw new ConflictException(
                    "INCIDENT_NOT_ACTIVATED",
                    "欠薪事件 " + row.incidentNumber() + " 当前状态为「"
                            + IncidentStatus.valueOf(row.status()).label() + "」，启动应急处置后才能登记支付或申请垫付");
        }
        return row;
    }

    private ConflictException decided(AdvanceRow advance) {
        return new ConflictException(
                "ADVANCE_DECIDED",
                "该垫付申请已由 " + timeline.nameOf(advance.decidedBy()) + " 于 " + IncidentTimes.format(advance.decidedAt())
                        + " 作出决定：" + AdvanceStatus.valueOf(advance.status()).label());
    }

    private static BigDecimal sum(List<PaymentRow> payments, PaymentSource source) {
        return payments.stream()
                .filter(p -> source.name().equals(p.source()))
                .map(PaymentRow::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    static String text(PrintableText rule, String field, String value, String missing, List<FieldProblem> problems) {
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

    static BigDecimal amount(String field, String label, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "NotNull", "请填写" + label));
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "NotNumber", label + "须为数字（元）"));
            return null;
        }
        if (amount.signum() <= 0) {
            problems.add(new FieldProblem(field, "Min", label + "须大于 0"));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new FieldProblem(field, "Digits", label + "最多两位小数，且不超过 9999 亿元"));
            return null;
        }
        return amount.setScale(2);
    }

    private static Integer workers(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("workers", "NotNull", "请填写垫付人数"));
            return null;
        }
        int workers;
        try {
            workers = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("workers", "NotNumber", "垫付人数须为整数"));
            return null;
        }
        if (workers <= 0) {
            problems.add(new FieldProblem("workers", "Min", "垫付人数须至少 1 人"));
            return null;
        }
        return workers;
    }

    Instant pastInstant(String field, String label, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "NotNull", "请填写" + label));
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Invalid", label + "格式不正确，例如 2026-12-06T10:00:00+08:00"));
            return null;
        }
        if (at.isAfter(timeline.now())) {
            problems.add(new FieldProblem(field, "Future", label + "不能晚于现在"));
            return null;
        }
        return at;
    }

    static PaymentSource source(String text, List<FieldProblem> problems) {
        if (text != null) {
            for (PaymentSource s : PaymentSource.values()) {
                if (s.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                    return s;
                }
            }
        }
        problems.add(new FieldProblem("source", "NotAllowed", "请选择支付来源：用人单位、总承包单位、工资保证金或应急周转金"));
        return null;
    }

    static String yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String cut(String title) {
        return title.length() > 200 ? title.substring(0, 199) + "…" : title;
    }
}
