package cn.laborcase.inspection;

import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.employer.EmployerMovedGrid;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.inspection.persistence.InspectionCaseMapper;
import cn.laborcase.intake.ComplaintAccepted;
import cn.laborcase.patrol.RoutineFindingReported;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of the inspection case (监察案件), the one entry other modules, the process and the pages call:
 * opening a case from each origin ({@link CaseOpening}), 立案 ({@link Filing}), the inspectors and their 回避
 * ({@link InspectorAssignments}), the investigation ({@link InvestigationSteps}), each outcome ({@link Outcomes},
 * {@link Penalties}, {@link Closing}), the 60 (+30) working-day period ({@link Extensions}) and the employer's grid
 * moves ({@link GridMoves}). Every step changes the case through {@link InspectionCase}, records its timeline entry
 * and an audit line ({@link InspectionCaseStore#step}) in the transaction this facade starts: the use-case classes
 * start none of their own. The process {@code inspection-case} drives the steps; people act through the task API.
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

    private final InspectionCaseStore store;
    private final CaseOpening opening;
    private final Filing filing;
    private final InspectorAssignments inspectors;
    private final InvestigationSteps investigations;
    private final Outcomes outcomes;
    private final Penalties penalties;
    private final Closing closing;
    private final Extensions extensions;
    private final GridMoves gridMoves;
    private final InspectionCaseMapper mapper;
    private final CaseTimeline timeline;
    private final EmployerRegistry employers;
    private final DataScope dataScope;

    InspectionCases(
            InspectionCaseStore store,
            CaseOpening opening,
            Filing filing,
            InspectorAssignments inspectors,
            InvestigationSteps investigations,
            Outcomes outcomes,
            Penalties penalties,
            Closing closing,
            Extensions extensions,
            GridMoves gridMoves,
            InspectionCaseMapper mapper,
            CaseTimeline timeline,
            EmployerRegistry employers,
            DataScope dataScope) {
        this.store = store;
        this.opening = opening;
        this.filing = filing;
        this.inspectors = inspectors;
        this.investigations = investigations;
        this.outcomes = outcomes;
        this.penalties = penalties;
        this.closing = closing;
        this.extensions = extensions;
        this.gridMoves = gridMoves;
        this.mapper = mapper;
        this.timeline = timeline;
        this.employers = employers;
        this.dataScope = dataScope;
    }

    /**
     * An accepted complaint on the inspection route becomes a case the same day, at most once; see {@link
     * CaseOpening#openFromComplaint}.
     *
     * @return the case's id, or empty for a complaint on another route
     */
    @Transactional
    public Optional<Long> openFromComplaint(ComplaintAccepted accepted) {
        return opening.openFromComplaint(accepted);
    }

    /** A routine finding becomes a case awaiting 立案 approval, one per finding; see {@link CaseOpening#openFromFinding}. */
    @Transactional
    public long openFromFinding(RoutineFindingReported finding) {
        return opening.openFromFinding(finding);
    }

    /** A leader's instruction or a referral, proposed by a user of the employer's office; see {@link CaseOpening#propose}. */
    @Transactional
    public long propose(CurrentUser user, NewInspectionCase request) {
        return opening.propose(user, request);
    }

    /** See {@link CaseOpening#problemsOf}. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problemsOf(NewInspectionCase request) {
        return opening.problemsOf(request);
    }

    /** See {@link Filing#file}. */
    @Transactional
    public long file(long caseId, String processInstanceId, String actor) {
        return filing.file(caseId, processInstanceId, actor);
    }

    /** See {@link Filing#refuseFiling}. */
    @Transactional
    public void refuseFiling(long caseId, String reason, String actor) {
        filing.refuseFiling(caseId, reason, actor);
    }

    /** See {@link InspectorAssignments#assignInspectors}. */
    @Transactional
    public List<String> assignInspectors(long caseId, List<String> usernames, String actor) {
        return inspectors.assignInspectors(caseId, usernames, actor);
    }

    /** The case's inspectors not recused, lead first. */
    @Transactional(readOnly = true)
    public List<String> activeInspectors(long caseId) {
        return store.activeInspectors(caseId);
    }

    /** The inspectors still to declare that they have no conflict of interest. */
    @Transactional(readOnly = true)
    public List<String> undeclaredInspectors(long caseId) {
        return store.undeclaredInspectors(caseId);
    }

    /** See {@link InspectorAssignments#recusalPending}. */
    @Transactional(readOnly = true)
    public boolean recusalPending(long caseId) {
        return inspectors.recusalPending(caseId);
    }

    /** See {@link InspectorAssignments#declare}. */
    @Transactional
    public void declare(long caseId, String username, boolean conflict, String note) {
        inspectors.declare(caseId, username, conflict, note);
    }

    /** See {@link InspectorAssignments#requestRecusal}. */
    @Transactional
    public void requestRecusal(long caseId, String named, String reason, String actor) {
        inspectors.requestRecusal(caseId, named, reason, actor);
    }

    /** See {@link InspectorAssignments#decideRecusal}. */
    @Transactional
    public void decideRecusal(long caseId, boolean grant, String named, String actor) {
        inspectors.decideRecusal(caseId, grant, named, actor);
    }

    /** See {@link InvestigationSteps#recordInvestigation}. */
    @Transactional
    public void recordInvestigation(long caseId, Investigation investigation, String actor) {
        investigations.recordInvestigation(caseId, investigation, actor);
    }

    /** See {@link InvestigationSteps#confirmInvestigation}. */
    @Transactional
    public void confirmInvestigation(long caseId, String investigatedBy, boolean agree, String note, String actor) {
        investigations.confirmInvestigation(caseId, investigatedBy, agree, note, actor);
    }

    /** See {@link InvestigationSteps#partnerOf}. */
    @Transactional(readOnly = true)
    public String partnerOf(long caseId, String by) {
        return investigations.partnerOf(caseId, by);
    }

    /** See {@link Outcomes#chooseOutcome}. */
    @Transactional
    public void chooseOutcome(long caseId, InspectionOutcome outcome, String actor) {
        outcomes.chooseOutcome(caseId, outcome, actor);
    }

    /** See {@link Outcomes#orderRectification}. */
    @Transactional
    public Instant orderRectification(long caseId, LocalDate rectifyBy, String actor) {
        return outcomes.orderRectification(caseId, rectifyBy, actor);
    }

    /** See {@link Outcomes#recheckRectification}. */
    @Transactional
    public void recheckRectification(
            long caseId, boolean corrected, InspectionOutcome escalation, String note, String actor) {
        outcomes.recheckRectification(caseId, corrected, escalation, note, actor);
    }

    /** See {@link Outcomes#decideHandling}. */
    @Transactional
    public Instant decideHandling(long caseId, LocalDate payBy, String actor) {
        return outcomes.decideHandling(caseId, payBy, actor);
    }

    /** See {@link Outcomes#recheckPayment}. */
    @Transactional
    public void recheckPayment(long caseId, boolean paid, String note, String actor) {
        outcomes.recheckPayment(caseId, paid, note, actor);
    }

    /** See {@link Outcomes#decideCompensation}. */
    @Transactional
    public BigDecimal decideCompensation(long caseId, int percent, String actor) {
        return outcomes.decideCompensation(caseId, percent, actor);
    }

    /** See {@link Penalties#notifyPenalty}. */
    @Transactional
    public Instant notifyPenalty(long caseId, String actor) {
        return penalties.notifyPenalty(caseId, actor);
    }

    /** See {@link Penalties#recordResponse}. */
    @Transactional
    public void recordResponse(long caseId, String response, String note, String actor) {
        penalties.recordResponse(caseId, response, note, actor);
    }

    /** See {@link Penalties#noticePeriodEnded}. */
    @Transactional
    public void noticePeriodEnded(long caseId) {
        penalties.noticePeriodEnded(caseId);
    }

    /** See {@link Penalties#scheduleHearing}. */
    @Transactional
    public void scheduleHearing(long caseId, String named, LocalDate on, String actor) {
        penalties.scheduleHearing(caseId, named, on, actor);
    }

    /** See {@link Penalties#holdHearing}. */
    @Transactional
    public void holdHearing(long caseId, String record, String actor) {
        penalties.holdHearing(caseId, record, actor);
    }

    /** See {@link Penalties#decidePenalty}. */
    @Transactional
    public void decidePenalty(long caseId, BigDecimal amount, String actor) {
        penalties.decidePenalty(caseId, amount, actor);
    }

    /** See {@link Closing#withdraw}. */
    @Transactional
    public void withdraw(long caseId, boolean approved, String reason, String actor) {
        closing.withdraw(caseId, approved, reason, actor);
    }

    /** See {@link Closing#transfer}. */
    @Transactional
    public void transfer(long caseId, String department, String actor) {
        closing.transfer(caseId, department, actor);
    }

    /** See {@link Closing#decideCriminalTransfer}. */
    @Transactional
    public LocalDate decideCriminalTransfer(long caseId, boolean approve, String note, String actor) {
        return closing.decideCriminalTransfer(caseId, approve, note, actor);
    }

    /** See {@link Closing#recordPoliceTransfer}. */
    @Transactional
    public void recordPoliceTransfer(long caseId, String note, String actor) {
        closing.recordPoliceTransfer(caseId, note, actor);
    }

    /** See {@link Closing#returnToInvestigation}. */
    @Transactional
    public void returnToInvestigation(long caseId, String reason, String actor) {
        closing.returnToInvestigation(caseId, reason, actor);
    }

    /** See {@link Closing#close}. */
    @Transactional
    public void close(long caseId, String actor) {
        closing.close(caseId, actor);
    }

    /** See {@link Extensions#extend}. */
    @Transactional
    public DeadlineView extend(CurrentUser user, long caseId, String reason) {
        return extensions.extend(user, caseId, reason);
    }

    /** See {@link Extensions#requestExtension}. */
    @Transactional
    public void requestExtension(CurrentUser user, long caseId, String reason) {
        extensions.requestExtension(user, caseId, reason);
    }

    /** See {@link Extensions#approveExtension}. */
    @Transactional
    public DeadlineView approveExtension(long caseId, String reason, String actor) {
        return extensions.approveExtension(caseId, reason, actor);
    }

    /** See {@link Extensions#refuseExtension}. */
    @Transactional
    public void refuseExtension(long caseId, String opinion, String actor) {
        extensions.refuseExtension(caseId, opinion, actor);
    }

    /** See {@link Extensions#remind}. */
    @Transactional
    public void remind(long caseId) {
        extensions.remind(caseId);
    }

    /** See {@link Extensions#reportOverdue}. */
    @Transactional
    public void reportOverdue(long caseId) {
        extensions.reportOverdue(caseId);
    }

    /** See {@link GridMoves#employerMoved}. */
    @Transactional
    public int employerMoved(EmployerMovedGrid moved) {
        return gridMoves.employerMoved(moved);
    }

    // ------------------------------------------------------------------------------------------------- reading

    /**
     * The case as its documents need it ({@link InspectionCaseSnapshot}); the one place it is built. No scope
     * check: for the system's steps and for callers that checked the case already.
     */
    @Transactional(readOnly = true)
    public InspectionCaseSnapshot snapshot(long caseId) {
        InspectionCase c = store.load(caseId);
        EmployerView e = employers.find(c.employerId()).orElseThrow();
        List<String> inspectors = store.activeInspectors(caseId);
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
        return store.load(caseId);
    }

    /** The case for a user who may see it; 404 otherwise. */
    @Transactional(readOnly = true)
    public InspectionCase get(CurrentUser user, long caseId) {
        InspectionCase c = store.load(caseId);
        if (!dataScope.canSee(user, store.scope(c))) {
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
                store.activeInspectors(caseId).stream().map(timeline::nameOf).toList());
    }

    /** The complaints the case came from. */
    @Transactional(readOnly = true)
    public List<Long> complaintIds(long caseId) {
        return mapper.complaintIds(caseId);
    }
}
