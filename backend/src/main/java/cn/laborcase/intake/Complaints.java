package cn.laborcase.intake;

import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.intake.persistence.ComplainantRow;
import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.intake.persistence.ComplaintRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.Page;
import cn.laborcase.shared.PhoneNumber;
import cn.laborcase.workflow.TaskInbox;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading complaints within the user's data scope: the complaint page and API resource, the list, the audited
 * reveal of personal data, and the public status lookup.
 */
@Service
public class Complaints {

    /** 劳动争议调解仲裁法 §7: ten or more workers on one side make a collective matter (集体). */
    static final int COLLECTIVE_WORKERS = 10;

    private final ComplaintMapper mapper;
    private final ComplaintParties parties;
    private final ComplaintList list;
    private final ComplaintTimeline timeline;
    private final EmployerRegistry employers;
    private final Deadlines deadlines;
    private final TaskInbox inbox;
    private final IntakeNotices notices;
    private final DataScope dataScope;

    Complaints(
            ComplaintMapper mapper,
            ComplaintParties parties,
            ComplaintList list,
            ComplaintTimeline timeline,
            EmployerRegistry employers,
            Deadlines deadlines,
            TaskInbox inbox,
            IntakeNotices notices,
            DataScope dataScope) {
        this.mapper = mapper;
        this.parties = parties;
        this.list = list;
        this.timeline = timeline;
        this.employers = employers;
        this.deadlines = deadlines;
        this.inbox = inbox;
        this.notices = notices;
        this.dataScope = dataScope;
    }

    /**
     * The complaint's number (登记编号) for a task list that names the case of a task: the number, never the id; empty
     * for an unknown id or a merged registration without a number. The caller has already checked the task.
     */
    @Transactional(readOnly = true)
    public Optional<String> numberOf(long id) {
        return mapper.findById(id).map(ComplaintRow::number);
    }

    /**
     * The tags task lists show for the complaint: 应急 when it was routed to the wage-emergency response, 集体 when ten
     * or more workers are affected (劳动争议调解仲裁法 §7: 劳动者一方在十人以上 is a collective matter).
     */
    @Transactional(readOnly = true)
    public List<String> tagsOf(long id) {
        return mapper.findById(id)
                .map(row -> {
                    List<String> tags = new java.util.ArrayList<>();
                    if (Route.EMERGENCY.name().equals(row.route())) {
                        tags.add("应急");
                    }
                    if (row.workersAffected() >= COLLECTIVE_WORKERS) {
                        tags.add("集体");
                    }
                    return List.copyOf(tags);
                })
                .orElse(List.of());
    }

    /** A complaint the user may see; 404 otherwise, so that he does not learn that it exists. */
    @Transactional(readOnly = true)
    public ComplaintView get(CurrentUser user, ComplaintId id) {
        ComplaintRow row = visible(user, id);
        ComplaintKind kind = ComplaintKind.valueOf(row.kind());
        List<ComplainantRow> people = parties.of(row.id());
        // a reporter stays hidden even from those who may see him until they ask: every view is audited
        boolean reporterConfidential =
                kind == ComplaintKind.REPORT || people.stream().anyMatch(ComplaintParties::isReporter);
        boolean mayReveal = dataScope.canSeePersonalData(user, scope(row))
                && (people.stream().anyMatch(p -> !ComplaintParties.isReporter(p))
                        || !reporterConfidential
                        || dataScope.canSeeReporter(user, scope(row)));
        List<DeadlineView> all =
                deadlines.forOwner(new DeadlineOwner(ComplaintRegistration.DEADLINE_OWNER, String.valueOf(row.id())));
        ComplaintStatus status = ComplaintStatus.valueOf(row.status());
        return new ComplaintView(
                row.id(),
                row.number(),
                kind,
                Channel.valueOf(row.channel()),
                row.receivedAt(),
                row.registeredAt(),
                timeline.nameOf(row.registeredBy()),
                row.receivingOfficeCode(),
                row.officeCode(),
                row.gridCode(),
                employers.find(row.employerId()).orElseThrow(),
                ComplaintCategory.valueOf(row.category()),
                row.workersAffected(),
                row.amountOwed(),
                row.violationStartedOn(),
                row.violationEndedOn(),
                row.employerAbsconded(),
                row.description(),
                status,
                row.route() == null ? null : Route.valueOf(row.route()),
                row.routeReason(),
                decision(row),
                acceptance(row, status, all),
                all.stream().sorted(Comparator.comparing(d -> d.id().value())).toList(),
                reporterConfidential,
                mayReveal,
                parties.shown(people),
                mergedInto(user, row),
                merged(row, people),
                timeline.of(row.id()),
                events(row),
                row.processInstanceId() == null ? List.of() : inbox.openTasks(row.processInstanceId()),
                notices.documentsOf(row.id()),
                list.ofEmployer(user, row.employerId(), row.id()),
                warnings(row, status),
                row.caseReference() == null
                        ? null
                        : mapper.resultingCaseId(row.id())
                                .map(caseId -> new ComplaintView.ResultingCase(caseId, row.caseReference()))
                                .orElse(null),
                row.version(),
                mapper.findParticulars(row.id()).orElse(ComplaintParticulars.NONE));
    }

    /**
     * What the inspection track carries over from an accepted complaint into the case it opens (no retyping): the
     * facts, the amount owed and the workers affected. For the system's listener; no user is involved.
     */
    @Transactional(readOnly = true)
    public Optional<AcceptedComplaint> acceptedForCase(long complaintId) {
        return mapper.findById(complaintId)
                .filter(row -> ComplaintStatus.ACCEPTED.name().equals(row.status()))
                .map(row -> new AcceptedComplaint(
                        row.id(),
                        row.number(),
                        row.description(),
                        row.amountOwed(),
                        row.workersAffected(),
                        mapper.findParticulars(row.id())
                                .map(ComplaintParticulars::claims)
                                .orElse(null)));
    }

    /**
     * What a dispute track (mediation, arbitration) carries over from a complaint referred to it
     * ({@link ComplaintReferredToDispute}): the complainants (never a reporter: 劳动保障监察条例 §9 第三款), the employer,
     * the facts and the amount. For the system's listener; no user is involved. Empty unless the complaint was referred
     * to mediation or arbitration.
     */
    @Transactional(readOnly = true)
    public Optional<ReferredComplaint> referredForDispute(long complaintId) {
        return mapper.findById(complaintId)
                .filter(row -> ComplaintStatus.REFERRED.name().equals(row.status()))
                .filter(row -> row.referralTarget() != null
                        && ComplaintReferredToDispute.isDispute(ReferralTarget.valueOf(row.referralTarget())))
                .map(row -> {
                    List<ReferredComplaint.Complainant> people = mapper.findComplainants(row.id()).stream()
                            .filter(p -> !ComplaintParties.isReporter(p))
                            .map(p -> new ReferredComplaint.Complainant(p.name(), p.idNumber(), p.phone(), p.address()))
                            .toList();
                    ReferredComplaint.Employer employer = employers
                            .find(row.employerId())
                            .map(e -> new ReferredComplaint.Employer(e.id(), e.creditCode(), e.name(), e.address()))
                            .orElseThrow(
                                    () -> new IllegalStateException("employer " + row.employerId() + " not found"));
                    return new ReferredComplaint(
                            row.id(),
                            row.number(),
                            ReferralTarget.valueOf(row.referralTarget()),
                            ComplaintKind.REPORT.name().equals(row.kind()),
                            ComplaintCategory.valueOf(row.category()),
                            people,
                            employer,
                            row.description(),
                            row.amountOwed(),
                            row.workersAffected(),
                            mapper.findParticulars(row.id())
                                    .map(ComplaintParticulars::claims)
                                    .orElse(null));
                });
    }

    /**
     * The inspection track opened (or found) the case this complaint became: the complaint shows it
     * ({@code resultingCase} of {@code GET /api/complaints/{id}}). Idempotent.
     */
    @Transactional
    public void linkResultingCase(long complaintId, long caseId, String caseNumber) {
        mapper.linkResultingCase(complaintId, caseId, caseNumber);
    }

    @Transactional
    public Page<ComplaintSummary> page(CurrentUser user, ComplaintFilter filter) {
        return list.page(user, filter);
    }

    /**
     * Every complaint the search finds within the user's scope, masked as the list is, for an export to Excel; refused
     * above the export limit; audited.
     */
    @Transactional
    public List<ComplaintSummary> export(CurrentUser user, ComplaintFilter filter) {
        return list.export(user, filter);
    }

    /**
     * The parties unmasked, on request: complainants for anyone who may see the complaint (VIEW_PERSONAL_DATA), a
     * reporter only for those who may see him (劳动保障监察条例 §9 第三款, VIEW_REPORTER); each call audited.
     */
    @Transactional
    public List<ComplainantDetail> reveal(CurrentUser user, ComplaintId id) {
        return parties.reveal(user, visible(user, id));
    }

    private static DeadlineView acceptance(ComplaintRow row, ComplaintStatus status, List<DeadlineView> all) {
        if (!status.awaitsDecision() || row.deadlineId() == null) {
            return null;
        }
        return all.stream()
                .filter(d -> d.id().value() == row.deadlineId())
                .findFirst()
                .orElse(null);
    }

    /** The complaint a registration was merged into, if the user may see it (issue 9 item 4). */
    private ComplaintView.ComplaintRef mergedInto(CurrentUser user, ComplaintRow row) {
        if (row.mergedIntoId() == null) {
            return null;
        }
        return mapper.findById(row.mergedIntoId())
                .filter(m -> dataScope.canSee(user, scope(m)))
                .map(m -> new ComplaintView.ComplaintRef(m.id(), m.number()))
                .orElse(null);
    }

    private List<ComplaintView.MergedRegistration> merged(ComplaintRow row, List<ComplainantRow> people) {
        return mapper.findMergedInto(row.id()).stream()
                .map(m -> new ComplaintView.MergedRegistration(
                        m.id(), Channel.valueOf(m.channel()), m.receivedAt(), timeline.nameOf(m.registeredBy()), (int)
                                people.stream()
                                        .filter(c -> c.registrationId() == m.id())
                                        .count()))
                .toList();
    }

    private List<ComplaintView.IntakeEventView> events(ComplaintRow row) {
        return timeline.publishedEvents(row.id());
    }

    private List<String> warnings(ComplaintRow row, ComplaintStatus status) {
        return ComplaintValidation.limitationWarning(
                        row.violationStartedOn(), row.violationEndedOn(), BeijingTime.dateOf(timeline.now()))
                .filter(w -> status.awaitsDecision())
                .stream()
                .toList();
    }

    /**
     * The public status page: a complaint found by its number and the phone of one of its complainants; empty when
     * either does not match (the caller must not say which). A merged registration answers with its complaint.
     */
    @Transactional(readOnly = true)
    public Optional<PublicStatus> publicStatus(String number, String phone) {
        String digits = PhoneNumber.digits(phone);
        if (number == null || number.isBlank() || digits.length() < 7) {
            return Optional.empty();
        }
        return mapper.findByNumber(number.strip())
                .filter(row -> mapper.findComplainants(row.id()).stream()
                        .anyMatch(c -> c.phoneDigits().equals(digits)))
                .map(this::publicStatusOf);
    }

    private PublicStatus publicStatusOf(ComplaintRow row) {
        ComplaintStatus status = ComplaintStatus.valueOf(row.status());
        LocalDate decidedOn = row.decidedAt() == null ? null : BeijingTime.dateOf(row.decidedAt());
        return switch (status) {
            case REGISTERED, UNDER_REVIEW -> new PublicStatus(row.number(), status.label(), "作出是否受理的决定", dueDate(row));
            case AWAITING_CORRECTION -> new PublicStatus(row.number(), status.label(), "请按补正通知书补正材料，收到后重新审查", null);
            case ACCEPTED ->
                new PublicStatus(
                        row.number(),
                        status.label(),
                        Route.EMERGENCY.name().equals(row.route()) ? "欠薪应急处置" : "立案调查处理",
                        decidedOn);
            case REFUSED -> new PublicStatus(row.number(), status.label(), "已书面告知不予受理及理由", decidedOn);
            case REFERRED -> new PublicStatus(row.number(), status.label(), "已告知向有关部门或调解仲裁机构办理", decidedOn);
            case MERGED -> new PublicStatus(row.number(), status.label(), "已与同一事项合并办理", null);
        };
    }

    private ComplaintRow visible(CurrentUser user, ComplaintId id) {
        ComplaintRow row = mapper.findById(id.value()).orElseThrow(() -> new NotFoundException("投诉举报", id));
        if (!dataScope.canSee(user, scope(row))) {
            throw new NotFoundException("投诉举报", id);
        }
        return row;
    }

    /** Who may see a complaint: its office, its grid, and the clerk who registered it. */
    static ScopeTarget scope(ComplaintRow row) {
        return new ScopeTarget(row.officeCode(), row.gridCode(), Set.of(row.registeredBy()));
    }

    private LocalDate dueDate(ComplaintRow row) {
        return row.deadlineId() == null
                ? null
                : deadlines.get(new DeadlineId(row.deadlineId())).dueDate();
    }

    private ComplaintView.DecisionView decision(ComplaintRow row) {
        if (row.decidedAt() == null) {
            return null;
        }
        ComplaintStatus status = ComplaintStatus.valueOf(row.status());
        Decision decision =
                switch (status) {
                    case ACCEPTED -> Decision.ACCEPT;
                    case REFUSED -> Decision.REFUSE;
                    case REFERRED -> Decision.REFER;
                    default -> Decision.CORRECTION;
                };
        return new ComplaintView.DecisionView(
                decision,
                row.decisionReason() == null
                        ? null
                        : RefusalReason.valueOf(row.decisionReason()).label(),
                row.decisionText(),
                row.correctionItems(),
                row.referralTarget() == null
                        ? null
                        : ReferralTarget.valueOf(row.referralTarget()).label()
                                + (row.referralDepartment() == null ? "" : "：" + row.referralDepartment()),
                row.decidedAt(),
                timeline.nameOf(row.decidedBy()));
    }
}
