package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseNumbers;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.CreditCode;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.employer.GridPlacement;
import cn.laborcase.employer.NewEmployer;
import cn.laborcase.intake.Complaints;
import cn.laborcase.intake.WageEmergencyReported;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting an incident (突发欠薪事件): by staff on site or at the desk, or from intake's registration of a complaint
 * that reached the threshold. Grades it by the jurisdiction's table, numbers it, records the timeline and starts
 * {@code wage-arrears-emergency} in one transaction.
 */
@Service
public class WageIncidents {

    private static final Logger log = LoggerFactory.getLogger(WageIncidents.class);

    /** The case-number series (laborcase.case-numbers.patterns.WAGE_INCIDENT). */
    public static final String SERIES = "WAGE_INCIDENT";
    /** The process key of processes/wage-arrears-emergency.bpmn. */
    public static final String PROCESS = "wage-arrears-emergency";

    /**
     * The incident's id from its process's business key, the case's {@code CaseRef.key()} ({@code WAGE_INCIDENT:7}),
     * so that no other track's process shares it; empty for any other key.
     */
    public static Optional<Long> incidentId(String businessKey) {
        return CaseRef.parse(businessKey)
                .filter(r -> r.type() == CaseType.WAGE_INCIDENT)
                .map(CaseRef::id);
    }

    private final WageIncidentMapper mapper;
    private final IncidentGrading grading;
    private final EmergencySettings settings;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final AuditJournal audit;
    private final EmployerRegistry employers;
    private final OrganizationDirectory directory;
    private final ProcessStarter starter;
    private final DataScope dataScope;
    private final Complaints complaints;

    WageIncidents(
            WageIncidentMapper mapper,
            IncidentGrading grading,
            EmergencySettings settings,
            CaseNumbers numbers,
            CaseTimeline timeline,
            AuditJournal audit,
            EmployerRegistry employers,
            OrganizationDirectory directory,
            ProcessStarter starter,
            DataScope dataScope,
            Complaints complaints) {
        this.complaints = complaints;
        this.mapper = mapper;
        this.grading = grading;
        this.settings = settings;
        this.numbers = numbers;
        this.timeline = timeline;
        this.audit = audit;
        this.employers = employers;
        this.directory = directory;
        this.starter = starter;
        this.dataScope = dataScope;
    }

    /**
     * Reports an incident of an employer of the user's office (inspectors, the desk, leaders): 400 naming each wrong
     * field before anything is written; an employer not yet registered is added with its name, address and grid.
     */
    @Transactional
    public ReportedIncident report(CurrentUser user, ReportIncidentRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        IncidentValidation.Parsed parsed = IncidentValidation.check(request, timeline.now(), problems);
        EmployerView employer = null;
        NewEmployer toRegister = null;
        if (parsed.creditCode() != null) {
            CreditCode code = new CreditCode(parsed.creditCode());
            employer = employers.find(code).orElse(null);
            if (employer == null) {
                toRegister = newEmployer(code, request.employer(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String officeCode = employer != null ? employer.officeCode() : officeOfGrid(toRegister.gridCode());
        String gridCode = employer != null ? employer.gridCode() : toRegister.gridCode();
        boolean mayReport = (user.isLeader() || user.has(Role.INSPECTOR) || user.has(Role.INTAKE_CLERK))
                && dataScope.canSee(user, new ScopeTarget(officeCode, gridCode, Set.of()));
        if (!mayReport) {
            throw new ForbiddenException("INCIDENT_REPORT", "只有该用人单位所属机构的监察员、受理人员和领导可以报告欠薪事件");
        }
        String note = "";
        if (employer == null) {
            employer = employers.register(toRegister);
            note = "；用人单位新增至名录，网格 " + employer.gridCode();
        }
        return create(
                new NewIncident(
                        employer,
                        blankToNull(request.place()),
                        parsed.workersAffected(),
                        parsed.amountOwed(),
                        blankToNull(request.arrearsPeriod()),
                        request.employerAbsconded(),
                        request.groupPetition(),
                        parsed.reportedAt(),
                        user.username(),
                        PrintableText.normalizeNewlines(request.description().strip()),
                        null),
                note);
    }

    /**
     * The incident of a complaint that intake reported as an emergency, without retyping; once per complaint (a
     * redelivered event finds the incident it created); empty for an event about a complaint that does not exist.
     */
    @Transactional
    public Optional<ReportedIncident> reportFromComplaint(WageEmergencyReported reported) {
        Optional<WageIncidentRow> existing = mapper.findByComplaint(reported.complaintId());
        if (existing.isPresent()) {
            return Optional.of(answer(existing.get()));
        }
        if (complaints.numberOf(reported.complaintId()).isEmpty()) {
            // an event about no complaint of this database (a test's probe, a restored backup): nothing to create
            log.warn("WageEmergencyReported for unknown complaint {}: no incident created", reported.complaintId());
            return Optional.empty();
        }
        EmployerView employer = employers
                .find(reported.employerId())
                .orElseThrow(() -> new IllegalStateException("employer " + reported.employerId() + " not found"));
        BigDecimal amount = reported.amountOwed() == null ? BigDecimal.ZERO : reported.amountOwed();
        return Optional.of(create(
                new NewIncident(
                        employer,
                        null,
                        Math.max(0, reported.workersAffected()),
                        amount,
                        null,
                        reported.employerAbsconded(),
                        false,
                        reported.reportedAt(),
                        CaseTimeline.SYSTEM,
                        "投诉登记时达到欠薪应急标准（" + reported.complaintNumber() + "）",
                        reported.complaintId()),
                "；来自投诉 " + reported.complaintNumber()));
    }

    /** The incident as the user may see it (another office's: 404). */
    @Transactional(readOnly = true)
    public WageIncidentRow visible(CurrentUser user, long id) {
        WageIncidentRow row = mapper.findById(id).orElseThrow(() -> new NotFoundException("欠薪事件", id));
        if (!dataScope.canSee(user, scopeOf(row))) {
            throw new NotFoundException("欠薪事件", id);
        }
        return row;
    }

    /** The incident, without a user's scope: for the module's own process steps. */
    @Transactional(readOnly = true)
    public WageIncidentRow get(long id) {
        return mapper.findById(id).orElseThrow(() -> new NotFoundException("欠薪事件", id));
    }

    static ScopeTarget scopeOf(WageIncidentRow row) {
        return new ScopeTarget(row.officeCode(), row.gridCode(), Set.of(row.reporter()));
    }

    static CaseRef ref(long id) {
        return CaseRef.of(CaseType.WAGE_INCIDENT, id);
    }

    private record NewIncident(
            EmployerView employer,
            String place,
            int workersAffected,
            BigDecimal amountOwed,
            String arrearsPeriod,
            boolean employerAbsconded,
            boolean groupPetition,
            Instant reportedAt,
            String reporter,
            String description,
            Long complaintId) {}

    private ReportedIncident create(NewIncident n, String note) {
        String officeCode = n.employer().officeCode();
        IncidentGrading.GradeDecision decision = grading.grade(
                new IncidentGrading.Facts(n.workersAffected(), n.employerAbsconded(), n.groupPetition()),
                settings.thresholds(officeCode));
        Instant now = timeline.now();
        Instant dueAt = decision.grade().needsApproval()
                // whole seconds: the engine's timer and the task's due date keep milliseconds, our column microseconds
                ? now.plus(Duration.ofMinutes(settings.approvalMinutes(decision.grade())))
                        .truncatedTo(ChronoUnit.SECONDS)
                : null;
        IncidentStatus status =
                decision.grade().needsApproval() ? IncidentStatus.AWAITING_APPROVAL : IncidentStatus.INSPECTION;
        int year = BeijingTime.dateOf(now).getYear();
        int seq = numbers.next(SERIES, officeCode, year);
        String number = numbers.format(SERIES, shortNameOf(officeCode), year, seq, Map.of());
        GeneratedKey key = new GeneratedKey();
        mapper.insert(
                new WageIncidentRow(
                        null,
                        number,
                        officeCode,
                        n.employer().gridCode(),
                        n.employer().id(),
                        n.place(),
                        n.workersAffected(),
                        n.amountOwed(),
                        n.arrearsPeriod(),
                        n.employerAbsconded(),
                        n.groupPetition(),
                        n.reportedAt(),
                        n.reporter(),
                        n.description(),
                        decision.grade().name(),
                        decision.rule(),
                        status.name(),
                        dueAt,
                        null,
                        n.complaintId(),
                        null,
                        null,
                        now,
                        0),
                key);
        long id = key.getId();
        CaseRef ref = ref(id);
        timeline.record(
                ref,
                IncidentStep.REPORTED.name(),
                IncidentStep.REPORTED.label(),
                n.reporter(),
                n.employer().name() + "，涉及 " + n.workersAffected() + " 人，欠薪 "
                        + n.amountOwed().toPlainString() + " 元"
                        + (n.employerAbsconded() ? "，用人单位欠薪逃匿" : "")
                        + (n.groupPetition() ? "，群体性上访或聚集正在发生" : "")
                        + note);
        timeline.record(
                ref,
                IncidentStep.GRADED.name(),
                IncidentStep.GRADED.label(),
                CaseTimeline.SYSTEM,
                decision.grade().label() + "：" + decision.rule());
        audit.recordAs(
                n.reporter(),
                "WAGE_INCIDENT_REPORTED",
                ref,
                "报告欠薪事件 " + number,
                null,
                decision.grade().label());
        Map<String, Object> flags = new java.util.HashMap<>();
        flags.put("incidentId", id);
        flags.put("needsApproval", decision.grade().needsApproval());
        if (dueAt != null) {
            flags.put("approvalDueAt", Date.from(dueAt));
        }
        String pid = starter.start(
                PROCESS,
                CaseRef.of(CaseType.WAGE_INCIDENT, id).key(),
                new CaseContext(
                        number + " " + n.employer().name() + "欠薪事件",
                        officeCode,
                        n.employer().gridCode()),
                flags);
        mapper.setProcess(id, pid);
        return new ReportedIncident(
                id, number, decision.grade(), decision.grade().gradeName(), status, dueAt);
    }

    private static ReportedIncident answer(WageIncidentRow row) {
        Grade grade = Grade.valueOf(row.grade());
        return new ReportedIncident(
                row.id(),
                row.incidentNumber(),
                grade,
                grade.gradeName(),
                IncidentStatus.valueOf(row.status()),
                row.approvalDueAt());
    }

    private NewEmployer newEmployer(
            CreditCode code, ReportIncidentRequest.EmployerRequest request, List<FieldProblem> problems) {
        int before = problems.size();
        if (request.name() == null || request.name().isBlank()) {
            problems.add(new FieldProblem("employer.name", "NotBlank", "该用人单位尚未登记，请填写单位名称"));
        }
        if (request.address() == null || request.address().isBlank()) {
            problems.add(new FieldProblem("employer.address", "NotBlank", "该用人单位尚未登记，请填写用工地址"));
        }
        Optional<GridPlacement> placement =
                employers.placeNew(request.district(), request.address(), request.gridCode());
        if (placement.isEmpty()) {
            boolean chosen = request.gridCode() != null && !request.gridCode().isBlank();
            problems.add(new FieldProblem(
                    "employer.gridCode",
                    chosen ? "UnknownGrid" : "NotDetermined",
                    chosen ? "所选网格不存在或已停用" : "无法根据所在区和地址确定用人单位所属网格，请选择网格"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new NewEmployer(
                code,
                request.name().strip(),
                request.address().strip(),
                placement.get().gridCode());
    }

    private String officeOfGrid(String gridCode) {
        return employers
                .placeNew(null, null, gridCode)
                .map(GridPlacement::officeCode)
                .orElseThrow(() -> new IllegalStateException("grid " + gridCode + " has no office"));
    }

    private String shortNameOf(String officeCode) {
        return directory.offices().stream()
                .filter(o -> o.code().equals(officeCode))
                .map(Office::shortName)
                .findFirst()
                .orElse(officeCode);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
