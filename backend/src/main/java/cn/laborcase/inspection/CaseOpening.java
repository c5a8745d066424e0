package cn.laborcase.inspection;

import cn.laborcase.cases.CaseNumbers;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.employer.CreditCode;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.inspection.persistence.GeneratedKey;
import cn.laborcase.inspection.persistence.InspectionCaseMapper;
import cn.laborcase.inspection.persistence.InspectionCaseRow;
import cn.laborcase.inspection.process.InspectionCaseProcess;
import cn.laborcase.intake.AcceptedComplaint;
import cn.laborcase.intake.ComplaintAccepted;
import cn.laborcase.intake.Complaints;
import cn.laborcase.intake.Route;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.patrol.RoutineFindingReported;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Opening an inspection case from each origin: an accepted complaint (立案 the same day), a patrol or
 * written-review finding, a leader's instruction or a referral (these wait for the leader's 立案 approval); each
 * starts the process {@code inspection-case}. Runs in the transaction of its caller, {@link InspectionCases}.
 */
@Component
class CaseOpening {

    private static final PrintableText FACTS = PrintableText.multiline("案情摘要", 4000);
    private static final PrintableText ORIGIN_LABEL = PrintableText.singleLine("来源说明", 200);

    private final InspectionCaseStore store;
    private final InspectionCaseMapper mapper;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final EmployerRegistry employers;
    private final Complaints complaints;
    private final OrganizationDirectory directory;
    private final ProcessStarter starter;
    private final DataScope dataScope;

    CaseOpening(
            InspectionCaseStore store,
            InspectionCaseMapper mapper,
            CaseNumbers numbers,
            CaseTimeline timeline,
            EmployerRegistry employers,
            Complaints complaints,
            OrganizationDirectory directory,
            ProcessStarter starter,
            DataScope dataScope) {
        this.store = store;
        this.mapper = mapper;
        this.numbers = numbers;
        this.timeline = timeline;
        this.employers = employers;
        this.complaints = complaints;
        this.directory = directory;
        this.starter = starter;
        this.dataScope = dataScope;
    }

    /**
     * An accepted complaint on the inspection route becomes a case the same day (立案 on the day of acceptance,
     * 25号令 §18), in the complaint's office and grid, with its employer, facts, amount and workers. A complaint opens
     * at most one case: a redelivered event finds the case it opened (and links the complaint to it again).
     *
     * @return the case's id, or empty for a complaint on another route
     */
    Optional<Long> openFromComplaint(ComplaintAccepted accepted) {
        if (accepted.route() != Route.INSPECTION) {
            return Optional.empty();
        }
        Optional<Long> existing = mapper.caseOfComplaint(accepted.complaintId());
        if (existing.isPresent()) {
            InspectionCase c = store.load(existing.get());
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
        store.step(c, InspectionStep.OPENED, accepted.acceptedBy(), "投诉 " + accepted.complaintNumber() + " 受理，移交监察立案");
        start(c, accepted.acceptedBy());
        return Optional.of(c.id());
    }

    /**
     * A patrol or written-review finding becomes a case awaiting the leader's 立案 approval, pre-filled from the
     * finding; one case per finding (a redelivered event opens nothing).
     */
    long openFromFinding(RoutineFindingReported finding) {
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
        store.step(
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
    long propose(CurrentUser user, NewInspectionCase request) {
        List<FieldProblem> problems = problemsOf(request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return proposeChecked(user, request);
    }

    /** What is wrong with a proposed case, each field named in Chinese; empty if it may be proposed. */
    List<FieldProblem> problemsOf(NewInspectionCase request) {
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
        store.step(c, InspectionStep.OPENED, user.username(), origin.label() + "（" + label + "），提请立案审批");
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
        int seq = numbers.next(InspectionCases.SERIES, officeCode, year);
        String number = numbers.format(InspectionCases.SERIES, shortNameOf(officeCode), year, seq, Map.of());
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
        return store.load(key.getId());
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
        InspectionCase fresh = store.lock(c.id());
        fresh.trackedBy(pid);
        store.save(fresh);
    }

    private String shortNameOf(String officeCode) {
        return directory.offices().stream()
                .filter(o -> o.code().equals(officeCode))
                .map(Office::shortName)
                .findFirst()
                .orElse(officeCode);
    }
}
