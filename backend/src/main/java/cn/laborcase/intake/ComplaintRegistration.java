package cn.laborcase.intake;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.OpenDeadline;
import cn.laborcase.employer.CreditCode;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.employer.GridPlacement;
import cn.laborcase.employer.NewEmployer;
import cn.laborcase.intake.RegisterComplaintRequest.ComplainantRequest;
import cn.laborcase.intake.RegisterComplaintRequest.EmployerRequest;
import cn.laborcase.intake.persistence.ComplainantRow;
import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.intake.persistence.ComplaintRow;
import cn.laborcase.intake.persistence.GeneratedId;
import cn.laborcase.intake.process.ComplaintIntakeProcess;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.IdCardNumber;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PhoneNumber;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers complaints and reports (登记): validates, finds or adds the employer, merges a duplicate into the open
 * complaint about the same employer and matter, numbers, routes (DMN; an emergency is reported at once), opens the
 * 5-working-day acceptance deadline (25号令 §18) and starts the review process, all in one transaction: nothing is
 * half-written.
 */
@Service
public class ComplaintRegistration {

    static final String TARGET = "COMPLAINT";
    static final String DEADLINE_OWNER = "COMPLAINT";
    static final String ACCEPTANCE_RULE = "INTAKE_ACCEPTANCE";

    private final ComplaintMapper mapper;
    private final ComplaintNumbers numbers;
    private final ComplaintTimeline timeline;
    private final ComplaintRouting routing;
    private final IntakeEvents events;
    private final IntakeSettings settings;
    private final EmployerRegistry employers;
    private final OrganizationDirectory directory;
    private final Deadlines deadlines;
    private final ProcessStarter processes;
    private final DataScope dataScope;
    private final AuditJournal audit;

    ComplaintRegistration(
            ComplaintMapper mapper,
            ComplaintNumbers numbers,
            ComplaintTimeline timeline,
            ComplaintRouting routing,
            IntakeEvents events,
            IntakeSettings settings,
            EmployerRegistry employers,
            OrganizationDirectory directory,
            Deadlines deadlines,
            ProcessStarter processes,
            DataScope dataScope,
            AuditJournal audit) {
        this.mapper = mapper;
        this.numbers = numbers;
        this.timeline = timeline;
        this.routing = routing;
        this.events = events;
        this.settings = settings;
        this.employers = employers;
        this.directory = directory;
        this.deadlines = deadlines;
        this.processes = processes;
        this.dataScope = dataScope;
        this.audit = audit;
    }

    @Transactional
    public Registration register(CurrentUser user, RegisterComplaintRequest request) {
        if (!dataScope.canRegisterComplaints(user)) {
            throw new ForbiddenException("NOT_INTAKE", "您没有登记举报投诉的权限");
        }
        Instant now = timeline.now();
        List<FieldProblem> problems = new ArrayList<>(ComplaintValidation.problemsOf(request, now));
        EmployerChoice employer = problems.stream().anyMatch(p -> p.field().startsWith("employer"))
                ? null
                : chooseEmployer(request.employer(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int year = BeijingTime.dateOf(now).getYear();
        int lastSeq = numbers.lock(employer.officeCode(), year);
        EmployerView registered =
                employer.existing() != null ? employer.existing() : employers.register(employer.toRegister());
        ComplaintCategory category = ComplaintCategory.valueOf(request.category());
        Optional<ComplaintRow> duplicate = mapper.findOpenDuplicate(registered.id(), category.name());
        List<String> warnings = ComplaintValidation.warningsOf(request, BeijingTime.dateOf(now));
        String employerNote = employer.existing() != null
                ? ""
                : "；用人单位新增至名录，网格 " + employer.gridCode() + "（" + employer.gridBasis() + "）";
        if (duplicate.isPresent()) {
            return merge(user, request, registered, new Complaint(duplicate.get()), now, warnings, employerNote);
        }
        return create(user, request, registered, year, lastSeq + 1, now, warnings, employerNote);
    }

    /** The form's check of one field as the clerk types (the same rules as {@link #register}). */
    public Optional<String> problemOfField(String field, String value) {
        return ComplaintValidation.problemOfField(field, value, timeline.now());
    }

    /** The employer of a credit code from the master record, for the form to fill in name, address and grid. */
    @Transactional(readOnly = true)
    public Optional<EmployerView> lookupEmployer(String creditCode) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
        if (CreditCode.problemOf(code).isPresent()) {
            return Optional.empty();
        }
        return employers.find(new CreditCode(code));
    }

    private Registration create(
            CurrentUser user,
            RegisterComplaintRequest request,
            EmployerView employer,
            int year,
            int seq,
            Instant now,
            List<String> warnings,
            String employerNote) {
        ComplaintKind kind = ComplaintKind.valueOf(request.kind());
        ComplaintCategory category = ComplaintCategory.valueOf(request.category());
        String number = ComplaintNumbers.format(shortNameOf(employer.officeCode()), kind, year, seq);
        boolean absconded = Boolean.TRUE.equals(request.employerAbsconded());
        ComplaintRouting.RouteDecision route = routing.route(new ComplaintRouting.Facts(
                kind,
                category,
                request.workersAffected(),
                absconded,
                settings.emergencyWorkersThreshold(employer.officeCode()),
                Boolean.TRUE.equals(request.onlyDoubleWages())));
        Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt();
        ComplaintRow row = new ComplaintRow(
                null,
                number,
                year,
                seq,
                kind.name(),
                request.channel(),
                receivedAt,
                now,
                user.username(),
                user.officeCode(),
                employer.officeCode(),
                employer.gridCode(),
                employer.id(),
                category.name(),
                request.workersAffected(),
                request.amountOwed(),
                request.violationStartedOn(),
                request.violationEndedOn(),
                absconded,
                request.description().strip(),
                ComplaintStatus.REGISTERED.name(),
                route.route().name(),
                route.reason(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
        GeneratedId key = new GeneratedId();
        mapper.insert(row, key);
        long id = key.getId();
        numbers.advance(employer.officeCode(), year, seq);
        addComplainants(id, id, request.complainants(), 1, now);
        Channel channel = Channel.valueOf(request.channel());
        timeline.record(
                id,
                TimelineStep.REGISTERED,
                user.username(),
                "经" + channel.label() + "登记" + kind.label() + "：" + category.label() + "，涉及 "
                        + request.workersAffected() + " 人"
                        + complainantsText(kind, request.complainants().size())
                        + employerNote);
        timeline.record(id, TimelineStep.ROUTED, user.username(), route.route().label() + "：" + route.reason());
        if (route.route() == Route.EMERGENCY) {
            reportEmergency(id, number, employer, request.workersAffected(), request.amountOwed(), absconded, now);
        }

        LocalDate receivedOn = BeijingTime.dateOf(receivedAt);
        DeadlineView deadline = deadlines.open(
                new OpenDeadline(ACCEPTANCE_RULE, receivedOn, new DeadlineOwner(DEADLINE_OWNER, String.valueOf(id))));
        Complaint complaint = new Complaint(mapper.findById(id).orElseThrow());
        complaint.deadline(deadline.id().value());
        update(complaint);
        String processInstanceId = processes.start(
                ComplaintIntakeProcess.KEY,
                String.valueOf(id),
                new CaseContext(caseTitle(number, employer, category), employer.officeCode(), employer.gridCode()),
                Map.of(
                        ComplaintIntakeProcess.COMPLAINT_ID, id,
                        ComplaintIntakeProcess.DEADLINE_ID, deadline.id().value(),
                        ComplaintIntakeProcess.ROUTE, route.route().name()));
        DeadlineView linked =
                deadlines.link(deadline.id(), processInstanceId, ComplaintIntakeProcess.DEADLINE_ELEMENTS);
        ComplaintRow stored = mapper.findById(id).orElseThrow();
        audit.recordAs(
                user.username(),
                "COMPLAINT_REGISTERED",
                TARGET,
                id,
                "登记" + kind.label() + " " + number + "（" + category.label() + "，" + employer.name() + "）",
                null,
                stored.status() + " " + route.route());
        return new Registration(
                id,
                number,
                id,
                ComplaintStatus.valueOf(stored.status()),
                linked.dueDate(),
                false,
                null,
                route.route(),
                warnings);
    }

    /**
     * 合并: the registration is kept as a MERGED row (channel, time, description, who registered it), its
     * complainants join the open complaint, and the route is decided again on the combined figures: a merge can make
     * wage arrears an emergency.
     */
    private Registration merge(
            CurrentUser user,
            RegisterComplaintRequest request,
            EmployerView employer,
            Complaint existing,
            Instant now,
            List<String> warnings,
            String employerNote) {
        ComplaintKind kind = ComplaintKind.valueOf(request.kind());
        boolean absconded = Boolean.TRUE.equals(request.employerAbsconded());
        ComplaintRow row = new ComplaintRow(
                null,
                null,
                null,
                null,
                kind.name(),
                request.channel(),
                request.receivedAt() == null ? now : request.receivedAt(),
                now,
                user.username(),
                user.officeCode(),
                existing.officeCode(),
                existing.gridCode(),
                employer.id(),
                request.category(),
                request.workersAffected(),
                request.amountOwed(),
                request.violationStartedOn(),
                request.violationEndedOn(),
                absconded,
                request.description().strip(),
                ComplaintStatus.MERGED.name(),
                null,
                null,
                existing.id(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
        GeneratedId key = new GeneratedId();
        mapper.insert(row, key);
        long registrationId = key.getId();
        int position = mapper.countComplainants(existing.id()) + 1;
        addComplainants(existing.id(), registrationId, request.complainants(), position, now);

        Route before = existing.route();
        existing.absorb(request.workersAffected(), request.amountOwed(), absconded);
        ComplaintRouting.RouteDecision route = routing.route(new ComplaintRouting.Facts(
                existing.kind(),
                existing.category(),
                existing.workersAffected(),
                existing.employerAbsconded(),
                settings.emergencyWorkersThreshold(existing.officeCode())));
        existing.routed(route.route(), route.reason());
        update(existing);
        Channel channel = Channel.valueOf(request.channel());
        timeline.record(
                existing.id(),
                TimelineStep.MERGED,
                user.username(),
                "同一用人单位同一事项的" + kind.label() + "（经" + channel.label() + "）并入本件"
                        + complainantsText(kind, request.complainants().size()) + "，该次反映涉及 "
                        + request.workersAffected() + " 人；合并后涉及 " + existing.workersAffected() + " 人" + employerNote);
        timeline.record(
                registrationId, TimelineStep.MERGED, user.username(), "与 " + existing.number() + " 系同一事项，已并入该件办理");
        if (route.route() != before) {
            timeline.record(
                    existing.id(),
                    TimelineStep.ROUTED,
                    user.username(),
                    "合并后重新分流：" + route.route().label() + "：" + route.reason());
        }
        if (route.route() == Route.EMERGENCY && !events.wasPublished(existing.id(), WageEmergencyReported.class)) {
            reportEmergency(
                    existing.id(),
                    existing.number(),
                    employer,
                    existing.workersAffected(),
                    existing.amountOwed(),
                    existing.employerAbsconded(),
                    now);
        }
        audit.recordAs(
                user.username(),
                "COMPLAINT_MERGED",
                TARGET,
                existing.id(),
                "新登记的" + kind.label() + "（#" + registrationId + "）并入 " + existing.number(),
                null,
                String.valueOf(registrationId));
        LocalDate due = existing.status().awaitsDecision() && existing.deadlineId() != null
                ? deadlines.get(new DeadlineId(existing.deadlineId())).dueDate()
                : null;
        return new Registration(
                existing.id(),
                existing.number(),
                registrationId,
                existing.status(),
                due,
                true,
                existing.number(),
                existing.route(),
                warnings);
    }

    private void reportEmergency(
            long id,
            String number,
            EmployerView employer,
            int workers,
            BigDecimal amount,
            boolean absconded,
            Instant now) {
        events.publish(new WageEmergencyReported(
                id,
                number,
                employer.id(),
                employer.name(),
                employer.creditCode(),
                employer.officeCode(),
                employer.gridCode(),
                workers,
                amount,
                absconded,
                now));
        timeline.record(
                id,
                TimelineStep.EMERGENCY_REPORTED,
                ComplaintTimeline.SYSTEM,
                "已发布欠薪应急事件（WageEmergencyReported），不待受理审查即启动应急处置：涉及 " + workers + " 人" + (absconded ? "，用人单位欠薪逃匿" : ""));
    }

    private void addComplainants(
            long complaintId, long registrationId, List<ComplainantRequest> people, int firstPosition, Instant now) {
        int position = firstPosition;
        for (ComplainantRequest p : people) {
            String phone = PhoneNumber.normalize(p.phone());
            mapper.insertComplainant(new ComplainantRow(
                    null,
                    complaintId,
                    registrationId,
                    position++,
                    p.name().strip(),
                    IdCardNumber.normalize(p.idNumber()),
                    phone,
                    PhoneNumber.digits(phone),
                    blankToNull(p.address()),
                    blankToNull(p.email()),
                    now));
        }
    }

    /**
     * The employer of the complaint: from the master record by credit code, or, if it is not registered yet, one to
     * add with its name, address and grid (chosen, or found from district and address). Adds field problems when
     * something needed is missing; null then.
     */
    private EmployerChoice chooseEmployer(EmployerRequest request, List<FieldProblem> problems) {
        CreditCode code = new CreditCode(request.creditCode().strip().toUpperCase(Locale.ROOT));
        Optional<EmployerView> existing = employers.find(code);
        if (existing.isPresent()) {
            return new EmployerChoice(
                    existing.get(), null, null, null, existing.get().officeCode());
        }
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
        GridPlacement grid = placement.get();
        return new EmployerChoice(
                null,
                new NewEmployer(code, request.name().strip(), request.address().strip(), grid.gridCode()),
                grid.gridCode(),
                grid.basis(),
                grid.officeCode());
    }

    /** @param existing the registered employer, or null when {@code toRegister} is to be added */
    private record EmployerChoice(
            EmployerView existing, NewEmployer toRegister, String gridCode, String gridBasis, String officeCode) {}

    private void update(Complaint complaint) {
        if (mapper.update(complaint.row()) == 0) {
            throw ConflictException.concurrentEdit(complaint.kind().label() + " " + complaint.number());
        }
    }

    private String shortNameOf(String officeCode) {
        return directory.offices().stream()
                .filter(o -> o.code().equals(officeCode))
                .map(Office::shortName)
                .findFirst()
                .orElse(officeCode);
    }

    static String caseTitle(String number, EmployerView employer, ComplaintCategory category) {
        return number + " " + employer.name() + " " + category.label();
    }

    private static String complainantsText(ComplaintKind kind, int count) {
        if (count == 0) {
            return "，匿名举报";
        }
        return "，" + kind.label() + "人 " + count + " 名";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
