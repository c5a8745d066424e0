package cn.laborcase.intake;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.intake.persistence.ComplainantRow;
import cn.laborcase.intake.persistence.ComplaintCriteria;
import cn.laborcase.intake.persistence.ComplaintListRow;
import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.intake.persistence.ComplaintRow;
import cn.laborcase.security.CaseCriteria;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PersonalData;
import cn.laborcase.shared.PhoneNumber;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
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

    private final ComplaintMapper mapper;
    private final ComplaintTimeline timeline;
    private final EmployerRegistry employers;
    private final Deadlines deadlines;
    private final TaskInbox inbox;
    private final IntakeNotices notices;
    private final DataScope dataScope;
    private final AuditJournal audit;

    Complaints(
            ComplaintMapper mapper,
            ComplaintTimeline timeline,
            EmployerRegistry employers,
            Deadlines deadlines,
            TaskInbox inbox,
            IntakeNotices notices,
            DataScope dataScope,
            AuditJournal audit) {
        this.mapper = mapper;
        this.timeline = timeline;
        this.employers = employers;
        this.deadlines = deadlines;
        this.inbox = inbox;
        this.notices = notices;
        this.dataScope = dataScope;
        this.audit = audit;
    }

    /** A complaint the user may see; 404 otherwise, so that he does not learn that it exists. */
    @Transactional(readOnly = true)
    public ComplaintView get(CurrentUser user, ComplaintId id) {
        ComplaintRow row = visible(user, id);
        ComplaintKind kind = ComplaintKind.valueOf(row.kind());
        boolean reporterConfidential = kind == ComplaintKind.REPORT;
        boolean mayReveal = reporterConfidential ? dataScope.canSeeReporter(user, scope(row)) : true;
        List<ComplainantView> complainants = mapper.findComplainants(row.id()).stream()
                // a reporter stays hidden even from those who may see him until they ask: every view is audited
                .map(c -> masked(c, reporterConfidential))
                .toList();
        EmployerView employer = employers.find(row.employerId()).orElseThrow();
        List<DeadlineView> all =
                deadlines.forOwner(new DeadlineOwner(ComplaintRegistration.DEADLINE_OWNER, String.valueOf(row.id())));
        ComplaintStatus status = ComplaintStatus.valueOf(row.status());
        DeadlineView acceptance = status.awaitsDecision() && row.deadlineId() != null
                ? all.stream()
                        .filter(d -> d.id().value() == row.deadlineId())
                        .findFirst()
                        .orElse(null)
                : null;
        ComplaintView.ComplaintRef mergedInto = row.mergedIntoId() == null
                ? null
                : mapper.findById(row.mergedIntoId())
                        .map(m -> new ComplaintView.ComplaintRef(m.id(), m.number()))
                        .orElse(null);
        List<ComplainantRow> people = mapper.findComplainants(row.id());
        List<ComplaintView.MergedRegistration> merged = mapper.findMergedInto(row.id()).stream()
                .map(m -> new ComplaintView.MergedRegistration(
                        m.id(), Channel.valueOf(m.channel()), m.receivedAt(), timeline.nameOf(m.registeredBy()), (int)
                                people.stream()
                                        .filter(c -> c.registrationId() == m.id())
                                        .count()))
                .toList();
        List<TaskView> openTasks =
                row.processInstanceId() == null ? List.of() : inbox.openTasks(row.processInstanceId());
        List<ComplaintSummary> history = mapper
                .search(new ComplaintCriteria(
                        true, List.of(), List.of(), user.username(), null, null, row.employerId(), 0, 20))
                .stream()
                .filter(r -> r.id() != row.id())
                .map(this::summary)
                .toList();
        List<ComplaintView.IntakeEventView> events = timeline.publishedEvents(row.id());
        List<String> warnings = ComplaintValidation.limitationWarning(
                        row.violationStartedOn(), row.violationEndedOn(), BeijingTime.dateOf(timeline.now()))
                .filter(w -> status.awaitsDecision())
                .stream()
                .toList();
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
                employer,
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
                acceptance,
                all.stream().sorted(Comparator.comparing(d -> d.id().value())).toList(),
                reporterConfidential,
                mayReveal,
                complainants,
                mergedInto,
                merged,
                timeline.of(row.id()),
                events,
                openTasks,
                notices.documentsOf(row.id()),
                history,
                warnings,
                row.caseReference(),
                row.version());
    }

    @Transactional(readOnly = true)
    public ComplaintPage page(CurrentUser user, ComplaintFilter filter) {
        CaseCriteria scope = dataScope.cases(user);
        ComplaintCriteria criteria = new ComplaintCriteria(
                scope.everything(),
                List.copyOf(scope.officeCodes()),
                List.copyOf(scope.gridCodes()),
                scope.participant(),
                filter.status() == null ? null : filter.status().name(),
                filter.category() == null ? null : filter.category().name(),
                null,
                filter.page() * filter.size(),
                filter.size());
        List<ComplaintSummary> items =
                mapper.search(criteria).stream().map(this::summary).toList();
        return new ComplaintPage(items, mapper.count(criteria), filter.page(), filter.size());
    }

    /**
     * The complainants unmasked, on request. A report's reporter only for those who may see him (劳动保障监察条例 §9),
     * audited as VIEW_REPORTER; a complaint's complainants for anyone who may see the complaint, audited as
     * VIEW_PERSONAL_DATA.
     */
    @Transactional
    public List<ComplainantDetail> reveal(CurrentUser user, ComplaintId id) {
        ComplaintRow row = visible(user, id);
        boolean report = ComplaintKind.REPORT.name().equals(row.kind());
        if (report && !dataScope.canSeeReporter(user, scope(row))) {
            throw new ForbiddenException("REPORTER_CONFIDENTIAL", "举报人信息保密，仅承办网格监察员和本机构领导可以查看");
        }
        List<ComplainantRow> people = mapper.findComplainants(row.id());
        audit.recordAs(
                user.username(),
                report ? "VIEW_REPORTER" : "VIEW_PERSONAL_DATA",
                ComplaintRegistration.TARGET,
                row.id(),
                user.displayName() + " 查看" + (report ? "举报人" : "投诉人") + "身份信息（" + row.number() + "，" + people.size()
                        + " 人）",
                null,
                null);
        return people.stream()
                .map(c ->
                        new ComplainantDetail(c.position(), c.name(), c.idNumber(), c.phone(), c.address(), c.email()))
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

    static ScopeTarget scope(ComplaintRow row) {
        return new ScopeTarget(row.officeCode(), row.gridCode(), Set.of(row.registeredBy()));
    }

    private ComplaintSummary summary(ComplaintListRow r) {
        ComplaintStatus status = ComplaintStatus.valueOf(r.status());
        ComplaintKind kind = ComplaintKind.valueOf(r.kind());
        String people;
        if (r.complainants() == 0) {
            people = "匿名";
        } else if (kind == ComplaintKind.REPORT) {
            people = "（保密）";
        } else {
            people = PersonalData.name(r.firstComplainant())
                    + (r.complainants() > 1 ? " 等 " + r.complainants() + " 人" : "");
        }
        LocalDate due =
                status.awaitsDecision() && status != ComplaintStatus.AWAITING_CORRECTION && r.deadlineId() != null
                        ? deadlines.get(new DeadlineId(r.deadlineId())).dueDate()
                        : null;
        return new ComplaintSummary(
                r.id(),
                r.number(),
                kind,
                ComplaintCategory.valueOf(r.category()),
                status,
                r.route() == null ? null : Route.valueOf(r.route()),
                r.officeCode(),
                r.gridCode(),
                r.employerName(),
                people,
                r.receivedAt(),
                due);
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

    private static ComplainantView masked(ComplainantRow c, boolean hidden) {
        if (hidden) {
            return new ComplainantView(
                    c.position(),
                    ComplainantView.CONFIDENTIAL,
                    null,
                    null,
                    null,
                    c.joinedAt(),
                    c.registrationId() != c.complaintId());
        }
        return new ComplainantView(
                c.position(),
                c.name(),
                PersonalData.idNumber(c.idNumber()),
                PersonalData.phone(c.phone()),
                PersonalData.email(c.email()),
                c.joinedAt(),
                c.registrationId() != c.complaintId());
    }
}
