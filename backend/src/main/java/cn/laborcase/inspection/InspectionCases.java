package cn.laborcase.inspection;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.Extension;
import cn.laborcase.calendar.OpenDeadline;
import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.cases.CaseEvents;
import cn.laborcase.cases.CaseNumbers;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.employer.CreditCode;
import cn.laborcase.employer.EmployerMovedGrid;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.inspection.persistence.GeneratedKey;
import cn.laborcase.inspection.persistence.InspectionCaseMapper;
import cn.laborcase.inspection.persistence.InspectionCaseRow;
import cn.laborcase.inspection.persistence.InspectorRow;
import cn.laborcase.inspection.persistence.WorkerRow;
import cn.laborcase.inspection.process.InspectionCaseProcess;
import cn.laborcase.inspection.process.InspectionTasks;
import cn.laborcase.intake.AcceptedComplaint;
import cn.laborcase.intake.ComplaintAccepted;
import cn.laborcase.intake.Complaints;
import cn.laborcase.intake.Route;
import cn.laborcase.notification.Notifications;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.GroupIds;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.organization.Role;
import cn.laborcase.patrol.RoutineFindingReported;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of the inspection case (监察案件): opening a case from each origin, 立案, the inspectors and their
 * 回避 declarations, the investigation, each outcome, the 60 (+30) working-day period and 结案. Every step changes the
 * case through {@link InspectionCase}, records its timeline entry and an audit line in the step's transaction.
 * The process {@code inspection-case} drives the steps; people act through the task API.
 */
@Service
public class InspectionCases {

    /** The case-number series (laborcase.case-numbers.patterns.INSPECTION_CASE). */
    public static final String SERIES = "INSPECTION_CASE";
    /** The deadline rule (laborcase.deadlines.rules): 60 working days, 条例 §17. */
    public static final String DEADLINE_RULE = "INSPECTION_CASE";
    /** The extension a 局长 may approve once (条例 §17). */
    public static final int EXTENSION_WORKING_DAYS = 30;
    /** 行政处罚法 §64: a hearing is asked for within 5 working days of the 事先告知 (§85: 工作日). */
    public static final int HEARING_REQUEST_WORKING_DAYS = 5;
    /** 行政处罚法 §64 (三): the party is told of the hearing 7 days before; read as working days (conservative). */
    public static final int HEARING_NOTICE_WORKING_DAYS = 7;

    private static final PrintableText FACTS = PrintableText.multiline("案情摘要", 4000);
    private static final PrintableText ORIGIN_LABEL = PrintableText.singleLine("来源说明", 200);
    private static final PrintableText REASON = PrintableText.multiline("理由", 500);

    private final InspectionCaseMapper mapper;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final CaseEvents events;
    private final AuditJournal audit;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final EmployerRegistry employers;
    private final Complaints complaints;
    private final OrganizationDirectory directory;
    private final OrganizationNames names;
    private final Notifications notifications;
    private final ProcessStarter starter;
    private final InspectionTasks tasks;
    private final DataScope dataScope;
    private final UserLookup users;
    private final Clock clock;

    InspectionCases(
            InspectionCaseMapper mapper,
            CaseNumbers numbers,
            CaseTimeline timeline,
            CaseEvents events,
            AuditJournal audit,
            Deadlines deadlines,
            WorkingCalendar calendar,
            EmployerRegistry employers,
            Complaints complaints,
            OrganizationDirectory directory,
            OrganizationNames names,
            Notifications notifications,
            ProcessStarter starter,
            InspectionTasks tasks,
            DataScope dataScope,
            UserLookup users,
            Clock clock) {
        this.mapper = mapper;
        this.numbers = numbers;
        this.timeline = timeline;
        this.events = events;
        this.audit = audit;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.employers = employers;
        this.complaints = complaints;
        this.directory = directory;
        this.names = names;
        this.notifications = notifications;
        this.starter = starter;
        this.tasks = tasks;
        this.dataScope = dataScope;
        this.users = users;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------- opening a case

    /**
     * An accepted complaint on the inspection route becomes a case the same day (立案 on the day of acceptance,
     * 25号令 §18), in the complaint's office and grid, with its employer, facts, amount and workers. A complaint opens
     * at most one case: a redelivered event finds the case it opened (and links the complaint to it again).
     *
     * @return the case's id, or empty for a complaint on another route
     */
    @Transactional
    public Optional<Long> openFromComplaint(ComplaintAccepted accepted) {
        if (accepted.route() != Route.INSPECTION) {
            return Optional.empty();
        }
        Optional<Long> existing = mapper.caseOfComplaint(accepted.complaintId());
        if (existing.isPresent()) {
            InspectionCase c = load(existing.get());
            complaints.linkResultingCase(accepted.complaintId(), c.id(), c.number());
            return existing;
        }
        AcceptedComplaint complaint = complaints
                .acceptedForCase(accepted.complaintId())
                .orElseThrow(() -> new NotFoundException("已受理的举报投诉", accepted.complaintId()));
        String facts = complaint.description()
                + (complaint.claims() == null || complaint.claims().isBlank() ? "" : "\n投诉请求：" + complaint.claims());
        InspectionCase c = insert(
                accepted.officeCode(),
                accepted.gridCode(),
                accepted.employerId(),
                InspectionOrigin.COMPLAINT,
                accepted.complaintId(),
                "投诉 " + accepted.complaintNumber(),
                facts.length() > 4000 ? facts.substring(0, 4000) : facts,
                complaint.amountOwed(),
                complaint.workersAffected(),
                accepted.acceptedBy(),
                accepted.acceptedOn());
        mapper.insertComplaint(c.id(), accepted.complaintId(), accepted.complaintNumber(), timeline.now());
        complaints.linkResultingCase(accepted.complaintId(), c.id(), c.number());
        step(c, InspectionStep.OPENED, accepted.acceptedBy(), "投诉 " + accepted.complaintNumber() + " 受理，移交监察立案");
        start(c, accepted.acceptedBy());
        return Optional.of(c.id());
    }

    /**
     * A patrol or written-review finding becomes a case awaiting the leader's 立案 approval, pre-filled from the
     * finding; one case per finding (a redelivered event opens nothing).
     */
    @Transactional
    public long openFromFinding(RoutineFindingReported finding) {
        InspectionOrigin origin = RoutineFindingReported.WRITTEN_REVIEW.equals(finding.source())
                ? InspectionOrigin.WRITTEN_REVIEW
                : InspectionOrigin.PATROL;
        Optional<InspectionCaseRow> existing = mapper.findByOrigin(origin.name(), finding.sourceId());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        String facts = finding.facts()
                + (finding.checklistItems().isEmpty() ? "" : "\n发现问题：" + String.join("；", finding.checklistItems()));
        InspectionCase c = insert(
                finding.officeCode(),
                finding.gridCode(),
                finding.employerId(),
                origin,
                finding.sourceId(),
                finding.sourceLabel(),
                facts.length() > 4000 ? facts.substring(0, 4000) : facts,
                finding.amountOwed(),
                finding.workersAffected(),
                finding.reportedBy(),
                null);
        step(
                c,
                InspectionStep.OPENED,
                finding.reportedBy(),
                origin.label() + "发现违法线索（" + finding.sourceLabel() + "），提请立案审批");
        start(c, finding.reportedBy());
        return c.id();
    }

    /**
     * A leader's instruction (领导交办) or a referral (移送) proposed by a leader or inspector of the employer's office:
     * the case waits for the leader's 立案 approval; the day he approves is the day of 立案.
     */
    @Transactional
    public long propose(CurrentUser user, NewInspectionCase request) {
        List<FieldProblem> problems = problemsOf(request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return proposeChecked(user, request);
    }

    /** What is wrong with a proposed case, each field named in Chinese; empty if it may be proposed. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problemsOf(NewInspectionCase request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!InspectionOrigin.INSTRUCTION.name().equals(request.origin())
                && !InspectionOrigin.REFERRAL.name().equals(request.origin())) {
            problems.add(new FieldProblem("origin", "NotAllowed", "请选择案件来源：领导交办或移送"));
        }
        if (request.employerCreditCode() == null || request.employerCreditCode().isBlank()) {
            problems.add(new FieldProblem("employerCreditCode", "NotBlank", "请填写用人单位统一社会信用代码"));
        } else {
            String text = request.employerCreditCode().strip();
            EmployerView employer = CreditCode.problemOf(text).isEmpty()
                    ? employers.find(new CreditCode(text)).orElse(null)
                    : null;
            if (employer == null) {
                problems.add(new FieldProblem("employerCreditCode", "Unknown", "未找到该统一社会信用代码的用人单位"));
            }
        }
        if (request.facts() == null || request.facts().isBlank()) {
            problems.add(new FieldProblem("facts", "NotBlank", "请填写案情摘要"));
        } else {
            FACTS.problemOf("facts", request.facts()).ifPresent(problems::add);
        }
        if (request.originLabel() != null) {
            ORIGIN_LABEL.problemOf("originLabel", request.originLabel()).ifPresent(problems::add);
        }
        if (request.amountOwed() != null && request.amountOwed().signum() < 0) {
            problems.add(new FieldProblem("amountOwed", "Min", "欠薪金额不能为负数"));
        }
        if (request.workersAffected() != null && request.workersAffected() < 0) {
            problems.add(new FieldProblem("workersAffected", "Min", "涉及人数不能为负数"));
        }
        return problems;
    }

    private long proposeChecked(CurrentUser user, NewInspectionCase request) {
        InspectionOrigin origin = InspectionOrigin.valueOf(request.origin());
        EmployerView employer = employers
                .find(new CreditCode(request.employerCreditCode().strip()))
                .orElseThrow();
        ScopeTarget scope = new ScopeTarget(employer.officeCode(), employer.gridCode(), Set.of());
        boolean mayPropose = (user.isLeader() || user.has(Role.INSPECTOR)) && dataScope.canSee(user, scope);
        if (!mayPropose) {
            throw new ForbiddenException("INSPECTION_PROPOSE", "只有该用人单位所属机构的领导和监察员可以提请立案");
        }
        String label = request.originLabel() == null || request.originLabel().isBlank()
                ? origin.label()
                : request.originLabel().strip();
        InspectionCase c = insert(
                employer.officeCode(),
                employer.gridCode(),
                employer.id(),
                origin,
                null,
                label,
                PrintableText.normalizeNewlines(request.facts().strip()),
                request.amountOwed(),
                request.workersAffected(),
                user.username(),
                null);
        step(c, InspectionStep.OPENED, user.username(), origin.label() + "（" + label + "），提请立案审批");
        start(c, user.username());
        return c.id();
    }

    private InspectionCase insert(
            String officeCode,
            String gridCode,
            long employerId,
            InspectionOrigin origin,
            Long originId,
            String originLabel,
            String facts,
            BigDecimal amountOwed,
            Integer workersAffected,
            String proposedBy,
            LocalDate filedOn) {
        Instant now = timeline.now();
        int year = (filedOn == null ? BeijingTime.dateOf(now) : filedOn).getYear();
        int seq = numbers.next(SERIES, officeCode, year);
        String number = numbers.format(SERIES, shortNameOf(officeCode), year, seq, Map.of());
        GeneratedKey key = new GeneratedKey();
        mapper.insert(
                InspectionCase.opened(
                        number,
                        officeCode,
                        gridCode,
                        employerId,
                        origin,
                        originId,
                        originLabel,
                        facts,
                        amountOwed,
                        workersAffected,
                        proposedBy,
                        now,
                        filedOn),
                key);
        return load(key.getId());
    }

    private void start(InspectionCase c, String actor) {
        String employerName =
                employers.find(c.employerId()).map(EmployerView::name).orElse("");
        String pid = starter.start(
                InspectionCaseProcess.KEY,
                c.ref().key(),
                new CaseContext(c.number() + " " + employerName, c.officeCode(), c.gridCode()),
                Map.of(
                        InspectionCaseProcess.CASE_ID, c.id(),
                        InspectionCaseProcess.NEEDS_FILING_APPROVAL, c.origin().needsFilingApproval()));
        InspectionCase fresh = lock(c.id());
        fresh.trackedBy(pid);
        save(fresh);
    }

    // ------------------------------------------------------------------------------------------------------ 立案

    /**
     * 立案: the leader approved (or, for a complaint, the day of acceptance). Opens the 60-working-day period from the
     * day of 立案 (条例 §17) and copies its due date onto the case; the process's reminder and breach follow it.
     *
     * @return the deadline's id
     */
    @Transactional
    public long file(long caseId, String processInstanceId, String actor) {
        InspectionCase c = lock(caseId);
        LocalDate today = today();
        if (c.status() == InspectionStatus.FILING_PENDING) {
            c.file(today, actor);
            step(c, InspectionStep.FILED, actor, "批准立案，" + today + " 为立案之日");
        } else if (c.deadlineId() != null) {
            return c.deadlineId();
        } else {
            step(c, InspectionStep.FILED, actor, "投诉受理当日立案（25号令第十八条），立案日期 " + c.filedOn());
        }
        DeadlineView deadline = deadlines.open(new OpenDeadline(
                DEADLINE_RULE,
                c.filedOn(),
                new DeadlineOwner(c.ref()),
                processInstanceId,
                InspectionCaseProcess.DEADLINE_ELEMENTS));
        c.deadline(deadline.id().value(), deadline.dueDate());
        save(c);
        return deadline.id().value();
    }

    /** The leader refused 立案 (不予立案), with his reason. */
    @Transactional
    public void refuseFiling(long caseId, String reason, String actor) {
        InspectionCase c = lock(caseId);
        c.refuseFiling();
        save(c);
        step(c, InspectionStep.FILING_REFUSED, actor, "不予立案" + suffix(reason));
    }

    // ---------------------------------------------------------------------------------------------- inspectors

    /**
     * Two inspectors at least (条例 §16), from the grid's pool, the first the lead (主办). Replaces no one: a
     * recusal replaces one inspector ({@link #decideRecusal}).
     */
    @Transactional
    public List<String> assignInspectors(long caseId, List<String> usernames, String actor) {
        InspectionCase c = lock(caseId);
        c.requireStatus("指派监察员", InspectionStatus.INVESTIGATING);
        List<String> chosen = usernames == null
                ? List.of()
                : usernames.stream()
                        .filter(u -> u != null && !u.isBlank())
                        .map(u -> gridInspectorNamed(u, c.gridCode()))
                        .distinct()
                        .toList();
        if (chosen.size() < 2) {
            throw new InvalidInputException(InspectionCaseProcess.INSPECTORS, "Size", "请指派至少两名监察员（《劳动保障监察条例》第十六条）");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (String u : chosen) {
            if (!isGridInspector(u, c.gridCode())) {
                problems.add(
                        new FieldProblem(InspectionCaseProcess.INSPECTORS, "NotEligible", "「" + u + "」不是该网格的在职监察员"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<String> already =
                mapper.inspectors(caseId).stream().map(InspectorRow::username).collect(Collectors.toSet());
        Instant now = timeline.now();
        boolean first = already.isEmpty();
        for (String u : chosen) {
            if (already.add(u)) {
                mapper.insertInspector(caseId, u, first, now, actor);
                first = false;
            }
        }
        step(
                c,
                InspectionStep.INSPECTORS_ASSIGNED,
                actor,
                "指派监察员：" + chosen.stream().map(timeline::nameOf).collect(Collectors.joining("、")));
        return activeInspectors(caseId);
    }

    /** The case's inspectors not recused, lead first. */
    @Transactional(readOnly = true)
    public List<String> activeInspectors(long caseId) {
        return mapper.inspectors(caseId).stream()
                .filter(i -> !i.recused())
                .sorted((a, b) -> Boolean.compare(b.lead(), a.lead()))
                .map(InspectorRow::username)
                .toList();
    }

    /** The inspectors still to declare that they have no conflict of interest. */
    @Transactional(readOnly = true)
    public List<String> undeclaredInspectors(long caseId) {
        return mapper.inspectors(caseId).stream()
                .filter(i -> !i.recused() && i.declaredAt() == null)
                .map(InspectorRow::username)
                .toList();
    }

    /** Is a recusal (a party's request or an inspector's own) waiting for the leader's decision? */
    @Transactional(readOnly = true)
    public boolean recusalPending(long caseId) {
        return mapper.inspectors(caseId).stream().anyMatch(i -> !i.recused() && i.recusalRequestedAt() != null);
    }

    /**
     * An inspector's 回避声明: he declares he has no conflict of interest, or declares one (he then asks to withdraw,
     * and the leader decides as on a party's request).
     */
    @Transactional
    public void declare(long caseId, String username, boolean conflict, String note) {
        InspectionCase c = lock(caseId);
        if (!activeInspectors(caseId).contains(username)) {
            throw new ConflictException(
                    "NOT_CASE_INSPECTOR", timeline.nameOf(username) + "不是监察案件" + c.number() + "的承办监察员");
        }
        if (conflict) {
            mapper.requestRecusal(caseId, username, timeline.now(), "本人申请回避" + suffix(note));
            step(
                    c,
                    InspectionStep.RECUSAL_REQUESTED,
                    username,
                    timeline.nameOf(username) + "声明存在利害关系，申请回避" + suffix(note));
        } else {
            mapper.declare(caseId, username, timeline.now());
            step(c, InspectionStep.DECLARED, username, timeline.nameOf(username) + "声明与本案当事人无利害关系");
        }
    }

    /** A party asked for an inspector's recusal (申请回避), with its reason; the leader decides. */
    @Transactional
    public void requestRecusal(long caseId, String named, String reason, String actor) {
        InspectionCase c = lock(caseId);
        String inspector = named == null
                ? null
                : activeInspectors(caseId).stream()
                        .filter(u ->
                                u.equals(named.strip()) || timeline.nameOf(u).equals(named.strip()))
                        .findFirst()
                        .orElse(named.strip());
        if (inspector == null || !activeInspectors(caseId).contains(inspector)) {
            throw new InvalidInputException(InspectionCaseProcess.RECUSAL_OF, "NotInspector", "请选择本案的承办监察员");
        }
        mapper.requestRecusal(caseId, inspector, timeline.now(), reason);
        step(c, InspectionStep.RECUSAL_REQUESTED, actor, "当事人申请" + timeline.nameOf(inspector) + "回避" + suffix(reason));
    }

    /** The leader's decision on a recusal: granted, the inspector leaves and {@code replacement} joins. */
    @Transactional
    public void decideRecusal(long caseId, boolean grant, String named, String actor) {
        InspectionCase c = lock(caseId);
        String replacement = named == null || named.isBlank() ? null : gridInspectorNamed(named, c.gridCode());
        InspectorRow asked = mapper.inspectors(caseId).stream()
                .filter(i -> !i.recused() && i.recusalRequestedAt() != null)
                .findFirst()
                .orElseThrow(() -> new ConflictException("NO_RECUSAL_REQUEST", "监察案件" + c.number() + "没有待决定的回避申请"));
        if (!grant) {
            mapper.decideRecusal(caseId, asked.username(), false, actor);
            mapper.requestRecusal(caseId, asked.username(), null, null);
            step(c, InspectionStep.RECUSAL_DECIDED, actor, "驳回对" + timeline.nameOf(asked.username()) + "的回避申请");
            return;
        }
        if (replacement == null
                || !isGridInspector(replacement, c.gridCode())
                || activeInspectors(caseId).contains(replacement)) {
            throw new InvalidInputException(
                    InspectionCaseProcess.REPLACEMENT, "NotEligible", "请选择接替的监察员（该网格的在职监察员，且不是本案承办人）");
        }
        mapper.decideRecusal(caseId, asked.username(), true, actor);
        mapper.insertInspector(caseId, replacement, asked.lead(), timeline.now(), actor);
        step(
                c,
                InspectionStep.RECUSAL_DECIDED,
                actor,
                "决定" + timeline.nameOf(asked.username()) + "回避，由" + timeline.nameOf(replacement) + "接替");
    }

    // -------------------------------------------------------------------------------------------- investigation

    /**
     * The investigation recorded by one of the case's inspectors, once every inspector declared no conflict; it
     * is complete only when a second inspector confirms it ({@link #confirmInvestigation}).
     */
    @Transactional
    public void recordInvestigation(long caseId, Investigation investigation, String actor) {
        InspectionCase c = lock(caseId);
        requireInspector(c, actor);
        List<String> undeclared = undeclaredInspectors(caseId);
        if (!undeclared.isEmpty()) {
            throw new ConflictException(
                    "NOT_DECLARED",
                    "监察案件" + c.number() + "的监察员"
                            + undeclared.stream().map(timeline::nameOf).collect(Collectors.joining("、"))
                            + "尚未作出回避声明，不能办理调查");
        }
        BigDecimal total = investigation.workers().isEmpty() ? c.amountOwed() : investigation.total();
        Integer workers = investigation.workers().isEmpty()
                ? c.workersAffected()
                : Integer.valueOf(investigation.workers().size());
        String facts =
                investigation.findings() == null || investigation.findings().isBlank()
                        ? null
                        : investigation.findings().strip();
        c.recordFindings(facts, total, workers);
        save(c);
        if (!investigation.workers().isEmpty()) {
            mapper.deleteWorkers(caseId);
            for (Investigation.WorkerOwed w : investigation.workers()) {
                mapper.insertWorker(new WorkerRow(null, caseId, w.name(), null, w.amount(), null, null, false));
            }
        }
        StringBuilder detail = new StringBuilder();
        if (investigation.inquiryNoticeSentOn() != null) {
            detail.append(investigation.inquiryNoticeSentOn()).append(" 送达询问通知书/调查询问书");
            if (investigation.replyBy() != null) {
                detail.append("，要求 ").append(investigation.replyBy()).append(" 前答复");
            }
            detail.append("；");
        }
        if (investigation.inquiryRecord() != null) {
            detail.append("制作询问笔录；");
        }
        if (investigation.siteRecord() != null) {
            detail.append("制作现场检查笔录；");
        }
        if (!investigation.workers().isEmpty()) {
            detail.append("核定")
                    .append(investigation.workers().size())
                    .append("名劳动者欠薪合计")
                    .append(total.toPlainString())
                    .append("元");
        }
        step(c, InspectionStep.INVESTIGATED, actor, detail.toString());
    }

    /** The second inspector confirms the investigation (two-person rule, docs/inspection.md), or returns it. */
    @Transactional
    public void confirmInvestigation(long caseId, String investigatedBy, boolean agree, String note, String actor) {
        InspectionCase c = lock(caseId);
        requireInspector(c, actor);
        if (actor.equals(investigatedBy)) {
            throw new ConflictException("SAME_INSPECTOR", "调查结果须由另一名承办监察员复核确认，记录调查的监察员不能自行确认");
        }
        step(
                c,
                agree ? InspectionStep.INVESTIGATION_CONFIRMED : InspectionStep.INVESTIGATION_RETURNED,
                actor,
                (agree ? "复核确认调查结果" : "退回补充调查") + suffix(note));
    }

    /** The case's partner for the two-person confirmation: an active, declared inspector other than {@code by}. */
    @Transactional(readOnly = true)
    public String partnerOf(long caseId, String by) {
        return mapper.inspectors(caseId).stream()
                .filter(i -> !i.recused() && !i.username().equals(by))
                .map(InspectorRow::username)
                .findFirst()
                .orElseThrow(() -> new ConflictException("NO_PARTNER", "监察案件没有可复核调查结果的第二名监察员"));
    }

    // ----------------------------------------------------------------------------------------------- outcomes

    /** The outcome chosen after the investigation. */
    @Transactional
    public void chooseOutcome(long caseId, InspectionOutcome outcome, String actor) {
        InspectionCase c = lock(caseId);
        if (outcome != InspectionOutcome.WITHDRAWN) {
            c.decideOutcome(outcome);
            save(c);
        } else {
            c.requireStatus("提请撤销立案", InspectionStatus.INVESTIGATING);
            step(c, InspectionStep.WITHDRAWAL_PROPOSED, actor, "提请撤销立案");
        }
    }

    /**
     * 责令限期改正 (限期整改指令书) with the day by which to correct; the re-check comes at the end of that day.
     *
     * @return the end of the rectification day (Beijing time), for the re-check timer
     */
    @Transactional
    public Instant orderRectification(long caseId, LocalDate rectifyBy, String actor) {
        InspectionCase c = lock(caseId);
        c.requireStatus("责令限期整改", InspectionStatus.RECTIFYING);
        if (rectifyBy == null || !rectifyBy.isAfter(today())) {
            throw new InvalidInputException(InspectionCaseProcess.RECTIFY_BY, "Future", "整改期限须晚于今天");
        }
        step(c, InspectionStep.RECTIFICATION_ORDERED, actor, "下达限期整改指令书，责令 " + rectifyBy + " 前改正");
        return BeijingTime.endOf(rectifyBy);
    }

    /** 复查 after the rectification period: corrected → closing; not corrected → the case escalates. */
    @Transactional
    public void recheckRectification(
            long caseId, boolean corrected, InspectionOutcome escalation, String note, String actor) {
        InspectionCase c = lock(caseId);
        c.requireStatus("复查", InspectionStatus.RECTIFYING);
        if (corrected) {
            step(c, InspectionStep.RECHECKED, actor, "复查：已按期改正" + suffix(note));
            c.proposeClosing();
            save(c);
            step(c, InspectionStep.CLOSING_PROPOSED, actor, "整改到位，提请结案");
            return;
        }
        if (escalation != InspectionOutcome.HANDLING_DECISION && escalation != InspectionOutcome.PENALTY) {
            throw new InvalidInputException(InspectionCaseProcess.ESCALATION, "NotBlank", "逾期未改正的，请选择作出行政处理决定或者行政处罚");
        }
        step(c, InspectionStep.RECHECKED, actor, "复查：逾期未改正，转" + escalation.label() + suffix(note));
        c.decideOutcome(escalation);
        save(c);
        events.publish(new InspectionOrderNotComplied(c.id(), c.number(), c.employerId(), "限期整改指令书", timeline.now()));
    }

    /**
     * 行政处理决定书: pay the wages owed by a day; the re-check comes at the end of that day.
     *
     * @return the end of the payment day (Beijing time)
     */
    @Transactional
    public Instant decideHandling(long caseId, LocalDate payBy, String actor) {
        InspectionCase c = lock(caseId);
        c.requireStatus("作出行政处理决定", InspectionStatus.DECIDING);
        if (payBy == null || !payBy.isAfter(today())) {
            throw new InvalidInputException(InspectionCaseProcess.PAY_BY, "Future", "支付期限须晚于今天");
        }
        step(
                c,
                InspectionStep.HANDLING_DECIDED,
                actor,
                "作出行政处理决定，责令 " + payBy + " 前支付拖欠的工资"
                        + (c.amountOwed() == null ? "" : c.amountOwed().toPlainString() + "元"));
        return BeijingTime.endOf(payBy);
    }

    /** 复查 after the payment day: paid → closing; unpaid → the decision adding 加付赔偿金 (条例 §26). */
    @Transactional
    public void recheckPayment(long caseId, boolean paid, String note, String actor) {
        InspectionCase c = lock(caseId);
        c.requireStatus("复查", InspectionStatus.DECIDING);
        if (paid) {
            mapper.markWorkersPaid(caseId);
            step(c, InspectionStep.RECHECKED, actor, "复查：已按期支付" + suffix(note));
            c.proposeClosing();
            save(c);
            step(c, InspectionStep.CLOSING_PROPOSED, actor, "已履行处理决定，提请结案");
        } else {
            step(c, InspectionStep.RECHECKED, actor, "复查：逾期未支付，依条例第二十六条责令加付赔偿金" + suffix(note));
            events.publish(
                    new InspectionOrderNotComplied(c.id(), c.number(), c.employerId(), "行政处理决定书", timeline.now()));
        }
    }

    /** 加付赔偿金 of 50 % to 100 % of the amount owed (条例 §26); then closing. */
    @Transactional
    public BigDecimal decideCompensation(long caseId, int percent, String actor) {
        InspectionCase c = lock(caseId);
        c.requireStatus("责令加付赔偿金", InspectionStatus.DECIDING);
        if (percent < 50 || percent > 100) {
            throw new InvalidInputException(
                    InspectionCaseProcess.COMPENSATION_PERCENT, "Range", "加付赔偿金的标准为应付金额的50%以上100%以下（条例第二十六条）");
        }
        BigDecimal owed = c.amountOwed() == null ? BigDecimal.ZERO : c.amountOwed();
        BigDecimal compensation =
                owed.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
        step(
                c,
                InspectionStep.COMPENSATION_DECIDED,
                actor,
                "责令按应付金额的" + percent + "%加付赔偿金 " + compensation.toPlainString() + "元");
        c.proposeClosing();
        save(c);
        step(c, InspectionStep.CLOSING_PROPOSED, actor, "作出加付赔偿金决定，提请结案");
        return compensation;
    }

    /**
     * 行政处罚事先告知书 (行政处罚法 §44, §63–§64): the party may state his case and, for the penalties of §63, ask for a
     * hearing within 5 working days.
     *
     * @return the end of the last day of that period (Beijing time), for the process's timer
     */
    @Transactional
    public Instant notifyPenalty(long caseId, String actor) {
        InspectionCase c = lock(caseId);
        c.requireStatus("行政处罚事先告知", InspectionStatus.PENALTY_NOTICE);
        LocalDate last = calendar.dueDate(today(), HEARING_REQUEST_WORKING_DAYS, PeriodUnit.WORKING_DAYS)
                .dueDate();
        step(
                c,
                InspectionStep.PENALTY_NOTIFIED,
                actor,
                "送达行政处罚事先告知书，当事人可于 " + last + " 前陈述、申辩或者要求听证（《行政处罚法》第六十四条，5个工作日）");
        return BeijingTime.endOf(last);
    }

    /** The party's answer to the 事先告知: a statement (陈述申辩), a hearing request, or a waiver. */
    @Transactional
    public void recordResponse(long caseId, String response, String note, String actor) {
        InspectionCase c = lock(caseId);
        c.requireStatus("登记陈述申辩", InspectionStatus.PENALTY_NOTICE);
        String what =
                switch (response == null ? "" : response) {
                    case InspectionCaseProcess.RESPONSE_HEARING -> "当事人要求听证";
                    case InspectionCaseProcess.RESPONSE_STATEMENT -> "当事人进行陈述、申辩";
                    case InspectionCaseProcess.RESPONSE_WAIVED -> "当事人书面放弃陈述、申辩和听证";
                    default -> throw new InvalidInputException(InspectionCaseProcess.RESPONSE, "NotBlank", "请选择当事人的答复");
                };
        if (InspectionCaseProcess.RESPONSE_HEARING.equals(response)) {
            c.hearing();
            save(c);
        }
        step(c, InspectionStep.PARTY_RESPONDED, actor, what + suffix(note));
    }

    /** The 5 working days passed without a hearing request. */
    @Transactional
    public void noticePeriodEnded(long caseId) {
        InspectionCase c = lock(caseId);
        step(c, InspectionStep.NOTICE_PERIOD_ENDED, CaseTimeline.SYSTEM, "陈述、申辩和要求听证的期限届满，当事人未要求听证");
    }

    /**
     * 听证通知: the hearing officer is someone who did not investigate (行政处罚法 §64 (四)), the party is told 7
     * working days ahead (§64 (二), read conservatively as working days).
     */
    @Transactional
    public void scheduleHearing(long caseId, String named, LocalDate on, String actor) {
        InspectionCase c = lock(caseId);
        String officer = named == null || named.isBlank() ? null : staffOfOfficeNamed(named, c.officeCode());
        c.requireStatus("通知听证", InspectionStatus.HEARING);
        List<FieldProblem> problems = new ArrayList<>();
        if (officer == null || users.findActive(officer).isEmpty()) {
            problems.add(new FieldProblem(InspectionCaseProcess.HEARING_OFFICER, "NotBlank", "请选择听证主持人（在职人员）"));
        } else if (mapper.inspectors(caseId).stream().anyMatch(i -> i.username().equals(officer))) {
            problems.add(new FieldProblem(
                    InspectionCaseProcess.HEARING_OFFICER,
                    "Investigator",
                    "听证由非本案调查人员主持（《行政处罚法》第六十四条），" + timeline.nameOf(officer) + "是本案调查人员"));
        }
        LocalDate earliest = calendar.dueDate(today(), HEARING_NOTICE_WORKING_DAYS, PeriodUnit.WORKING_DAYS)
                .dueDate();
        if (on == null || on.isBefore(earliest)) {
            problems.add(new FieldProblem(
                    InspectionCaseProcess.HEARING_ON, "TooEarly", "听证应在举行的七日前通知当事人，最早可安排在 " + earliest));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        step(c, InspectionStep.HEARING_SCHEDULED, actor, "通知当事人于 " + on + " 举行听证，主持人" + timeline.nameOf(officer));
    }

    /** The hearing was held; its record in short. */
    @Transactional
    public void holdHearing(long caseId, String record, String actor) {
        InspectionCase c = lock(caseId);
        c.requireStatus("举行听证", InspectionStatus.HEARING);
        step(c, InspectionStep.HEARING_HELD, actor, "举行听证" + suffix(record));
    }

    /**
     * 行政处罚决定书. Refused (409, with the reason) without the 事先告知 and its waiting period: the party's
     * statement, a waiver, the end of the 5 working days or a held hearing.
     */
    @Transactional
    public void decidePenalty(long caseId, BigDecimal amount, String actor) {
        InspectionCase c = lock(caseId);
        if (!timeline.has(c.ref(), InspectionStep.PENALTY_NOTIFIED.name())) {
            throw new ConflictException(
                    "NO_PRIOR_NOTICE", "监察案件" + c.number() + "未送达行政处罚事先告知书，不能作出行政处罚决定（《行政处罚法》第四十四条、第六十二条）");
        }
        boolean heard = timeline.has(c.ref(), InspectionStep.HEARING_HELD.name());
        boolean waited = timeline.has(c.ref(), InspectionStep.NOTICE_PERIOD_ENDED.name())
                || timeline.has(c.ref(), InspectionStep.PARTY_RESPONDED.name());
        if (c.status() == InspectionStatus.HEARING && !heard) {
            throw new ConflictException("HEARING_PENDING", "监察案件" + c.number() + "当事人要求听证，听证前不能作出行政处罚决定");
        }
        if (!heard && !waited) {
            throw new ConflictException(
                    "NOTICE_PERIOD_RUNNING", "监察案件" + c.number() + "陈述、申辩和要求听证的5个工作日期限尚未届满，不能作出行政处罚决定（《行政处罚法》第六十四条）");
        }
        if (amount == null || amount.signum() < 0) {
            throw new InvalidInputException(InspectionCaseProcess.PENALTY_AMOUNT, "Min", "请填写罚款金额（不罚款的填0）");
        }
        c.penaltyDecided();
        c.proposeClosing();
        save(c);
        step(
                c,
                InspectionStep.PENALTY_DECIDED,
                actor,
                "作出行政处罚决定" + (amount.signum() > 0 ? "，罚款" + amount.toPlainString() + "元" : ""));
        step(c, InspectionStep.CLOSING_PROPOSED, actor, "作出行政处罚决定，提请结案");
    }

    /** 撤销立案, approved by the leader. */
    @Transactional
    public void withdraw(long caseId, boolean approved, String reason, String actor) {
        InspectionCase c = lock(caseId);
        if (!approved) {
            step(c, InspectionStep.INVESTIGATION_RETURNED, actor, "不同意撤销立案，继续调查" + suffix(reason));
            return;
        }
        c.withdraw(today(), actor);
        save(c);
        closeDeadline(c);
        step(c, InspectionStep.WITHDRAWN, actor, "批准撤销立案" + suffix(reason));
    }

    /** 移送 another department (案件移送书); then closing. */
    @Transactional
    public void transfer(long caseId, String department, String actor) {
        InspectionCase c = lock(caseId);
        c.requireStatus("移送", InspectionStatus.TRANSFERRING);
        step(c, InspectionStep.TRANSFERRED, actor, "移送" + (department == null ? "有关部门" : department));
        c.proposeClosing();
        save(c);
        step(c, InspectionStep.CLOSING_PROPOSED, actor, "移送后提请结案");
    }

    /** The head's decision on a suspected crime (国务院令第310号 §5: within 3 days). */
    @Transactional
    public LocalDate decideCriminalTransfer(long caseId, boolean approve, String note, String actor) {
        InspectionCase c = lock(caseId);
        c.requireStatus("决定是否移送公安机关", InspectionStatus.TRANSFERRING);
        if (approve) {
            step(c, InspectionStep.CRIMINAL_TRANSFER_DECIDED, actor, "批准移送公安机关，应在24小时内移送（国务院令第310号第八条）" + suffix(note));
        } else {
            c.backToInvestigation();
            save(c);
            step(c, InspectionStep.CRIMINAL_TRANSFER_DECIDED, actor, "不批准移送公安机关，继续调查处理" + suffix(note));
        }
        return today();
    }

    /** The transfer to the police was made (涉嫌犯罪案件移送书); then closing. */
    @Transactional
    public void recordPoliceTransfer(long caseId, String note, String actor) {
        InspectionCase c = lock(caseId);
        c.requireStatus("移送公安机关", InspectionStatus.TRANSFERRING);
        step(c, InspectionStep.CRIMINAL_TRANSFERRED, actor, "已移送公安机关" + suffix(note));
        c.proposeClosing();
        save(c);
        step(c, InspectionStep.CLOSING_PROPOSED, actor, "移送公安机关后提请结案");
    }

    /** Back to the investigation (a returned closing, a head who refused the transfer). */
    @Transactional
    public void returnToInvestigation(long caseId, String reason, String actor) {
        InspectionCase c = lock(caseId);
        c.backToInvestigation();
        save(c);
        step(c, InspectionStep.CLOSING_RETURNED, actor, "退回继续调查" + suffix(reason));
    }

    /** 结案 approved by the leader: the period's deadline closes, {@link InspectionCaseClosed} is published. */
    @Transactional
    public void close(long caseId, String actor) {
        InspectionCase c = lock(caseId);
        c.close(today(), actor);
        save(c);
        closeDeadline(c);
        step(
                c,
                InspectionStep.CLOSED,
                actor,
                "批准结案，处理结果：" + (c.outcome() == null ? "—" : c.outcome().label()));
        events.publish(new InspectionCaseClosed(
                c.id(),
                c.number(),
                c.employerId(),
                c.outcome() == null ? null : c.outcome().name(),
                c.outcome() == InspectionOutcome.PENALTY,
                c.outcome() == InspectionOutcome.CRIMINAL_TRANSFER,
                c.closedOn(),
                timeline.now()));
    }

    // ------------------------------------------------------------------------------------------------ deadline

    /**
     * 延期 granted directly by a 局长 (BUREAU_LEADER; a 科长 may not: 403) who may see the case (404 otherwise): one
     * extension of 30 working days (条例 §17), with a reason, on or before the due date. The pages and the API go
     * through the inspector's request and the 局长's 延期审批 task ({@link #requestExtension}); this direct path is
     * kept for the demo data, which builds its extended case as a 局长 would.
     */
    @Transactional
    public DeadlineView extend(CurrentUser user, long caseId, String reason) {
        InspectionCase c = visibleForUpdate(user, caseId);
        if (!user.has(Role.BUREAU_LEADER)) {
            throw new ForbiddenException("EXTENSION_NEEDS_HEAD", "延长办案期限须经劳动保障行政部门负责人（局长）批准（条例第十七条）");
        }
        String why = extensionReason(reason);
        extensionPossible(c);
        return grantExtension(c, why, user.username());
    }

    /**
     * The case's inspector asks for the one extension of 30 working days (条例 §17) with a reason: the 局长 of the
     * case's office (or of an office above it) gets the task 延期审批. 404 outside the data scope, 403 for someone who is
     * not one of the case's inspectors, 400 without a reason, 409 with the reason when the case is not filed or no
     * longer open, was extended already, its period has run out, or a request is waiting for the 局长.
     */
    @Transactional
    public void requestExtension(CurrentUser user, long caseId, String reason) {
        InspectionCase c = visibleForUpdate(user, caseId);
        if (!activeInspectors(caseId).contains(user.username())) {
            throw new ForbiddenException("NOT_CASE_INSPECTOR", "只有本案的承办监察员可以申请延长办案期限");
        }
        String why = extensionReason(reason);
        extensionPossible(c);
        if (tasks.openTaskKeys(c.processInstanceId()).contains(InspectionCaseProcess.APPROVE_EXTENSION)) {
            throw new ConflictException("EXTENSION_PENDING", "监察案件" + c.number() + "已有延期申请等待局长审批，不能重复申请");
        }
        step(
                c,
                InspectionStep.EXTENSION_REQUESTED,
                user.username(),
                "申请延长办案期限" + EXTENSION_WORKING_DAYS + "个工作日（现办案期限 " + c.dueDate() + " 届满），理由：" + why);
        tasks.requestExtension(c.processInstanceId(), why, user.username());
    }

    /**
     * The 局长 approved the request (task 延期审批): 30 working days are added once; on or before the due date only (an
     * expired period cannot be extended: 409 with the reason, the task stays open for a refusal).
     */
    @Transactional
    public DeadlineView approveExtension(long caseId, String reason, String actor) {
        InspectionCase c = lock(caseId);
        extensionPossible(c);
        return grantExtension(c, reason == null ? "—" : reason, actor);
    }

    /** The 局长 refused the request, with his opinion (on the timeline: the inspector sees it). */
    @Transactional
    public void refuseExtension(long caseId, String opinion, String actor) {
        InspectionCase c = lock(caseId);
        step(
                c,
                InspectionStep.EXTENSION_REFUSED,
                actor,
                timeline.nameOf(actor) + "不批准延长办案期限，办案期限仍为 " + c.dueDate() + " 届满" + suffix(opinion));
    }

    private static String extensionReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "NotBlank", "请填写延期理由");
        }
        REASON.problemOf("reason", reason).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        return reason.strip();
    }

    /** The case can still be extended: filed, open, not extended, within its period (409 naming why not). */
    private void extensionPossible(InspectionCase c) {
        if (c.deadlineId() == null) {
            throw new ConflictException("NOT_FILED", "监察案件" + c.number() + "尚未立案，没有办案期限可以延长");
        }
        if (!c.status().open()) {
            throw new ConflictException(
                    "INSPECTION_CASE_STATE",
                    "监察案件" + c.number() + "当前为“" + c.status().label() + "”，不能延长办案期限");
        }
        if (c.extended()) {
            throw new ConflictException("EXTENSION_LIMIT", "监察案件" + c.number() + "的办案期限已延长过一次，不能再次延长（《劳动保障监察条例》第十七条）");
        }
        if (c.dueDate() != null && today().isAfter(c.dueDate())) {
            throw new ConflictException(
                    "EXTENSION_EXPIRED",
                    "监察案件" + c.number() + "的办案期限已于 " + c.dueDate() + " 届满，期限届满后不能延长（《劳动保障监察条例》第十七条）");
        }
    }

    private DeadlineView grantExtension(InspectionCase c, String reason, String actor) {
        String approver = timeline.nameOf(actor);
        DeadlineView current = deadlines.get(new DeadlineId(c.deadlineId()));
        DeadlineView extended = deadlines.extend(
                current.id(), current.version(), new Extension(EXTENSION_WORKING_DAYS, approver, today(), reason));
        c.extendedTo(extended.dueDate());
        save(c);
        step(
                c,
                InspectionStep.EXTENDED,
                actor,
                "经" + approver + "批准延长" + EXTENSION_WORKING_DAYS + "个工作日，办案期限至 " + extended.dueDate() + "，理由："
                        + reason);
        return extended;
    }

    /** The reminder before the end of the period: the case's inspectors are told. */
    @Transactional
    public void remind(long caseId) {
        InspectionCase c = load(caseId);
        for (String u : activeInspectors(caseId)) {
            notifications.notifyStaff(u, "监察案件" + c.number() + "办案期限将于 " + c.dueDate() + " 届满", link(c));
        }
        step(c, InspectionStep.REMINDED, CaseTimeline.SYSTEM, "办案期限将于 " + c.dueDate() + " 届满，已提醒承办监察员");
    }

    /** The period ran out: the office's leaders are told, the case shows it overdue (its due date has passed). */
    @Transactional
    public void reportOverdue(long caseId) {
        InspectionCase c = load(caseId);
        if (!c.status().open()) {
            return;
        }
        for (Colleague leader : directory.colleagues(List.of(GroupIds.officeLeaders(c.officeCode())), null)) {
            notifications.notifyStaff(
                    leader.username(), "监察案件" + c.number() + "已超过办案期限（" + c.dueDate() + " 届满）", link(c));
        }
        step(c, InspectionStep.OVERDUE, CaseTimeline.SYSTEM, "办案期限已于 " + c.dueDate() + " 届满，已报告机构领导");
    }

    // ------------------------------------------------------------------------------------------- employer moved

    /**
     * The employer moved to another grid: its open cases follow (grid, and their open tasks' candidate groups go
     * to the new grid's inspectors).
     *
     * @return the cases moved
     */
    @Transactional
    public int employerMoved(EmployerMovedGrid moved) {
        int count = 0;
        for (InspectionCaseRow row : mapper.openOfEmployer(moved.employerId())) {
            if (moved.toGridCode().equals(row.gridCode())) {
                continue;
            }
            InspectionCase c = lock(row.id());
            String from = c.gridCode();
            c.moveToGrid(moved.toGridCode());
            save(c);
            if (c.processInstanceId() != null) {
                tasks.moveToGrid(c.processInstanceId(), from, moved.toGridCode());
            }
            step(
                    c,
                    InspectionStep.GRID_MOVED,
                    moved.movedBy(),
                    "用人单位移至" + names.grid(moved.toGridCode()) + "，案件移交该网格监察员（原" + names.grid(from) + "）");
            count++;
        }
        return count;
    }

    // ------------------------------------------------------------------------------------------------- reading

    /**
     * The case as its documents need it ({@link InspectionCaseSnapshot}); the one place it is built. No scope
     * check: for the system's steps and for callers that checked the case already.
     */
    @Transactional(readOnly = true)
    public InspectionCaseSnapshot snapshot(long caseId) {
        InspectionCase c = load(caseId);
        EmployerView e = employers.find(c.employerId()).orElseThrow();
        List<String> inspectors = activeInspectors(caseId);
        Set<String> participants = new LinkedHashSet<>(inspectors);
        participants.add(c.proposedBy());
        return new InspectionCaseSnapshot(
                c.id(),
                c.number(),
                c.officeCode(),
                c.gridCode(),
                c.origin().label(),
                c.filedOn(),
                c.dueDate(),
                new InspectionCaseSnapshot.Party(
                        e.name(), e.creditCode(), e.address(), e.legalRepresentative(), "法定代表人", null, null, false),
                List.of(),
                inspectors.stream().map(timeline::nameOf).toList(),
                c.facts(),
                participants);
    }

    /** The case's state for the process and tests. */
    @Transactional(readOnly = true)
    public InspectionCase get(long caseId) {
        return load(caseId);
    }

    /** The case for a user who may see it; 404 otherwise. */
    @Transactional(readOnly = true)
    public InspectionCase get(CurrentUser user, long caseId) {
        InspectionCase c = load(caseId);
        if (!dataScope.canSee(user, scope(c))) {
            throw new NotFoundException("监察案件", caseId);
        }
        return c;
    }

    /** The case above its tasks, for a user who may see it; 404 otherwise. */
    @Transactional(readOnly = true)
    public TaskSummary summary(CurrentUser user, long caseId) {
        InspectionCase c = get(user, caseId);
        return new TaskSummary(
                c.id(),
                c.number(),
                employers.find(c.employerId()).map(EmployerView::name).orElse("—"),
                c.origin().label() + (c.originLabel() == null ? "" : "（" + c.originLabel() + "）"),
                c.status().label(),
                c.outcome() == null ? null : c.outcome().label(),
                c.filedOn(),
                c.dueDate(),
                c.extended(),
                c.facts(),
                c.amountOwed(),
                c.workersAffected(),
                activeInspectors(caseId).stream().map(timeline::nameOf).toList());
    }

    /** The complaints the case came from. */
    @Transactional(readOnly = true)
    public List<Long> complaintIds(long caseId) {
        return mapper.complaintIds(caseId);
    }

    ScopeTarget scope(InspectionCase c) {
        Set<String> participants = new LinkedHashSet<>(activeInspectors(c.id()));
        participants.add(c.proposedBy());
        return new ScopeTarget(c.officeCode(), c.gridCode(), participants);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    InspectionCase visibleForUpdate(CurrentUser user, long caseId) {
        InspectionCase c = lock(caseId);
        if (!dataScope.canSee(user, scope(c))) {
            throw new NotFoundException("监察案件", caseId);
        }
        return c;
    }

    private void requireInspector(InspectionCase c, String actor) {
        if (!activeInspectors(c.id()).contains(actor)) {
            throw new ConflictException(
                    "NOT_CASE_INSPECTOR", timeline.nameOf(actor) + "不是监察案件" + c.number() + "的承办监察员");
        }
    }

    /**
     * The inspector a form names, by his name as staff know it or by his account name: the grid's inspector of that
     * account name, else the one grid inspector of that name; otherwise the text as typed (refused by the caller).
     */
    private String gridInspectorNamed(String named, String gridCode) {
        String text = named.strip();
        List<Colleague> pool = directory.colleagues(List.of(GroupIds.gridInspectors(gridCode)), null);
        if (pool.stream().anyMatch(p -> p.username().equals(text))) {
            return text;
        }
        List<Colleague> byName =
                pool.stream().filter(p -> text.equals(p.displayName())).toList();
        return byName.size() == 1 ? byName.get(0).username() : text;
    }

    /** Staff of the office named by name (the one of that name) or by account name; else the text as typed. */
    private String staffOfOfficeNamed(String named, String officeCode) {
        String text = named.strip();
        List<Colleague> office = directory.colleagues(List.of(), officeCode);
        if (office.stream().anyMatch(p -> p.username().equals(text))) {
            return text;
        }
        List<Colleague> byName =
                office.stream().filter(p -> text.equals(p.displayName())).toList();
        return byName.size() == 1 ? byName.get(0).username() : text;
    }

    private boolean isGridInspector(String username, String gridCode) {
        return users.findActive(username)
                .filter(u -> u.has(Role.INSPECTOR) && u.groups().contains(GroupIds.gridInspectors(gridCode)))
                .isPresent();
    }

    private void closeDeadline(InspectionCase c) {
        if (c.deadlineId() == null) {
            return;
        }
        DeadlineView d = deadlines.get(new DeadlineId(c.deadlineId()));
        if (d.closedOn() == null) {
            deadlines.close(d.id(), d.version(), today());
        }
    }

    void step(InspectionCase c, InspectionStep step, String actor, String detail) {
        timeline.record(c.ref(), step.name(), step.label(), actor, detail);
        audit.recordAs(
                actor,
                "INSPECTION_" + step.name(),
                c.ref(),
                timeline.nameOf(actor) + "：" + c.number() + " " + step.label(),
                null,
                c.status().label());
    }

    private InspectionCase load(long id) {
        return mapper.findById(id).map(InspectionCase::new).orElseThrow(() -> new NotFoundException("监察案件", id));
    }

    private InspectionCase lock(long id) {
        return mapper.lockById(id).map(InspectionCase::new).orElseThrow(() -> new NotFoundException("监察案件", id));
    }

    private void save(InspectionCase c) {
        if (mapper.update(c.toRow()) != 1) {
            throw ConflictException.concurrentEdit("监察案件" + c.number());
        }
    }

    private LocalDate today() {
        return BeijingTime.today(clock);
    }

    private static String link(InspectionCase c) {
        return "/inspection-cases/" + c.id();
    }

    private String shortNameOf(String officeCode) {
        return directory.offices().stream()
                .filter(o -> o.code().equals(officeCode))
                .map(Office::shortName)
                .findFirst()
                .orElse(officeCode);
    }

    private static String suffix(String text) {
        return text == null || text.isBlank() ? "" : "：" + text.strip();
    }
}
