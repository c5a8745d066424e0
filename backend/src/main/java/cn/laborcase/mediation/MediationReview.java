package cn.laborcase.mediation;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.OpenDeadline;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.mediation.persistence.MediationCaseMapper;
import cn.laborcase.mediation.persistence.MediationCaseRow;
import cn.laborcase.mediation.persistence.ReviewRow;
import cn.laborcase.notification.Notifications;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.GroupIds;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The arbitration committee's review of a mediation agreement both parties jointly applied for (调解协议的仲裁审查,
 * 劳动人事争议仲裁办案规则 §74 ff.). It lives here, not in the arbitration module: it reads and ends the mediation
 * case (its agreement, parties, status), while the arbitration module already depends on mediation (pre-fill), so
 * mediation may not depend on arbitration. The committee acts through its roles: its director (仲裁委主任) of the
 * case's office reviews or assigns an arbitrator of the office; the confirmation issues the 仲裁调解书 in the
 * committee's name (effective once both parties signed for it), a refusal the 不予制作调解书通知书 with its reasons.
 */
@Service
public class MediationReview {

    /** Deadline rule of the review (laborcase.deadlines.rules): 5 working days, 办案规则 on 仲裁审查. */
    static final String DEADLINE_RULE = "MEDIATION_REVIEW";

    private final MediationCaseMapper mapper;
    private final MediationScope scope;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;
    private final AuditJournal audit;
    private final Notifications notifications;
    private final OrganizationDirectory directory;
    private final MediationDocuments documents;

    MediationReview(
            MediationCaseMapper mapper,
            MediationScope scope,
            Deadlines deadlines,
            CaseTimeline timeline,
            AuditJournal audit,
            Notifications notifications,
            OrganizationDirectory directory,
            MediationDocuments documents) {
        this.mapper = mapper;
        this.scope = scope;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.audit = audit;
        this.notifications = notifications;
        this.directory = directory;
        this.documents = documents;
    }

    /**
     * The joint application reached the committee of the case's office: the review is opened with its 5 days and the
     * committee's directors are told (bell with a link to the case). In the caller's transaction.
     */
    void open(MediationCaseRow row, LocalDate appliedOn) {
        DeadlineView deadline = deadlines.open(
                new OpenDeadline(DEADLINE_RULE, appliedOn, new DeadlineOwner(MediationCases.ref(row.id()))));
        mapper.insertReview(new ReviewRow(
                row.id(),
                row.officeCode(),
                appliedOn,
                deadline.id().value(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0));
        for (Colleague director : directors(row.officeCode())) {
            notifications.notifyStaff(
                    director.username(),
                    "【仲裁审查】调解案件 " + row.caseNumber() + " 的双方当事人共同申请仲裁审查调解协议，请于 " + deadline.dueDate() + " 前审查或指定仲裁员审查",
                    "/mediation/cases/" + row.id());
        }
    }

    /** The director assigns an arbitrator of the office (409 once decided or when the version moved on). */
    @Transactional
    public void assign(CurrentUser user, long id, ReviewAssignmentRequest request) {
        MediationCaseRow row = locked(user, id);
        if (!isDirector(user, row)) {
            throw new ForbiddenException("MEDIATION_REVIEW_DIRECTOR", "只有本仲裁委员会主任可以指定审查仲裁员");
        }
        MediationCase.of(row).require(MediationStatus.CONFIRMATION_REQUESTED, "指定审查仲裁员");
        ReviewRow review = mapper.findReview(id).orElseThrow(() -> new NotFoundException("仲裁审查", id));
        List<FieldProblem> problems = new ArrayList<>();
        if (request.version() == null) {
            problems.add(new FieldProblem("version", "NotNull", "缺少审查记录版本号，请刷新页面后重试"));
        }
        String reviewer = request.reviewer() == null ? null : request.reviewer().strip();
        Colleague arbitrator = reviewer == null || reviewer.isEmpty()
                ? null
                : arbitrators(row.officeCode()).stream()
                        .filter(c -> c.username().equals(reviewer))
                        .findFirst()
                        .orElse(null);
        if (arbitrator == null) {
            problems.add(new FieldProblem("reviewer", "Arbitrator", "请选择本仲裁委员会的仲裁员"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (mapper.assignReviewer(id, request.version(), arbitrator.username(), user.username()) == 0) {
            throw ConflictException.concurrentEdit("调解案件 " + row.caseNumber() + " 的仲裁审查");
        }
        timeline.record(
                MediationCases.ref(id),
                MediationStep.REVIEWER_ASSIGNED.name(),
                MediationStep.REVIEWER_ASSIGNED.label(),
                user.username(),
                "指定仲裁员 " + arbitrator.displayName() + " 审查调解协议");
        audit.recordAs(
                user.username(),
                "MEDIATION_REVIEWER_ASSIGNED",
                MediationCases.ref(id),
                row.caseNumber() + " 指定仲裁员 " + arbitrator.displayName() + " 审查调解协议",
                review.reviewer(),
                arbitrator.username());
        notifications.notifyStaff(
                arbitrator.username(), "【仲裁审查】请审查调解案件 " + row.caseNumber() + " 的调解协议", "/mediation/cases/" + id);
    }

    /**
     * The committee's decision (the assigned arbitrator, or the director): CONFIRMED issues the 仲裁调解书 (its content
     * the agreement's, 办案规则: 调解书的内容应当与调解协议的内容相一致); REFUSED issues the 不予制作调解书通知书 with the
     * reasons (§78) — the parties may apply for arbitration. Once: a second decision is a 409.
     */
    @Transactional
    public void decide(CurrentUser user, long id, ReviewDecisionRequest request) {
        MediationCaseRow row = locked(user, id);
        ReviewRow review = mapper.findReview(id).orElse(null);
        if (!isDirector(user, row) && !isReviewer(user, review)) {
            throw new ForbiddenException("MEDIATION_REVIEWER", "只有本仲裁委员会主任或其指定的仲裁员可以作出审查决定");
        }
        MediationCase.of(row).require(MediationStatus.CONFIRMATION_REQUESTED, "作出仲裁审查决定");
        if (review == null) {
            throw new NotFoundException("仲裁审查", id);
        }
        LocalDate today = BeijingTime.dateOf(timeline.now());
        List<FieldProblem> problems = new ArrayList<>();
        boolean confirmed = "CONFIRMED".equals(request.decision());
        if (!confirmed && !"REFUSED".equals(request.decision())) {
            problems.add(new FieldProblem("decision", "Decision", "请选择审查结论：确认调解协议或不予制作调解书"));
        }
        MediationValidation.pastOrToday("decidedOn", "审查决定日期", request.decidedOn(), today, problems);
        if (request.decidedOn() != null && request.decidedOn().isBefore(review.appliedOn())) {
            problems.add(new FieldProblem("decidedOn", "AfterApplication", "审查决定日期不能早于共同申请日期 " + review.appliedOn()));
        }
        if ("REFUSED".equals(request.decision())) {
            MediationValidation.required(MediationValidation.REVIEW_REASONS, "reasons", request.reasons(), problems);
        } else {
            MediationValidation.optional(MediationValidation.REVIEW_REASONS, "reasons", request.reasons(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MediationStatus to = confirmed ? MediationStatus.CONFIRMED : MediationStatus.CONFIRMATION_REFUSED;
        String reasons = MediationValidation.text(request.reasons());
        if (mapper.decideReview(id, request.decision(), request.decidedOn(), reasons, user.username(), timeline.now())
                        == 0
                || mapper.endReview(id, MediationStatus.CONFIRMATION_REQUESTED.name(), to.name()) == 0) {
            throw ConflictException.concurrentEdit("调解案件 " + row.caseNumber() + " 的仲裁审查");
        }
        DeadlineView deadline = deadlines.get(new DeadlineId(review.deadlineId()));
        if (deadline.closedOn() == null) {
            deadlines.close(deadline.id(), deadline.version(), request.decidedOn());
        }
        MediationStep step = confirmed ? MediationStep.CONFIRMED : MediationStep.CONFIRMATION_REFUSED;
        timeline.record(
                MediationCases.ref(id),
                step.name(),
                step.label(),
                user.username(),
                request.decidedOn()
                        + (confirmed
                                ? " 经审查，调解协议的形式和内容合法有效，制作仲裁调解书，经双方当事人签收后发生法律效力"
                                : " 经审查，不予制作调解书：" + reasons + "；当事人可以依法申请仲裁"));
        audit.recordAs(
                user.username(),
                confirmed ? "MEDIATION_CONFIRMED" : "MEDIATION_CONFIRMATION_REFUSED",
                MediationCases.ref(id),
                row.caseNumber() + (confirmed ? " 仲裁审查确认调解协议" : " 仲裁审查不予制作调解书"),
                MediationStatus.CONFIRMATION_REQUESTED.name(),
                to.name());
        if (confirmed) {
            documents.issueConfirmation(id, user.username(), reviewerOf(user, review));
        } else {
            documents.issueReviewRefusal(id, user.username(), reviewerOf(user, review));
        }
        if (row.mediator() != null) {
            notifications.notifyStaff(
                    row.mediator(),
                    "调解案件 " + row.caseNumber() + (confirmed ? " 的调解协议经仲裁审查确认，已出具仲裁调解书" : " 的调解协议经仲裁审查不予制作调解书"),
                    "/mediation/cases/" + id);
        }
    }

    /** The arbitrators of the office a director may assign. */
    @Transactional(readOnly = true)
    public List<Colleague> arbitrators(String officeCode) {
        return directory.colleagues(List.of(GroupIds.office(officeCode, Role.ARBITRATOR)), null);
    }

    private List<Colleague> directors(String officeCode) {
        return directory.colleagues(List.of(GroupIds.office(officeCode, Role.COMMITTEE_DIRECTOR)), null);
    }

    static boolean isDirector(CurrentUser user, MediationCaseRow row) {
        return user.has(Role.COMMITTEE_DIRECTOR) && user.officeCodes().contains(row.officeCode());
    }

    static boolean isReviewer(CurrentUser user, ReviewRow review) {
        return review != null
                && review.reviewer() != null
                && user.has(Role.ARBITRATOR)
                && user.username().equals(review.reviewer());
    }

    private static String reviewerOf(CurrentUser user, ReviewRow review) {
        return review.reviewer() != null ? review.reviewer() : user.username();
    }

    private MediationCaseRow locked(CurrentUser user, long id) {
        MediationCaseRow row = mapper.lockById(id).orElseThrow(() -> new NotFoundException("调解案件", id));
        scope.requireVisible(user, row);
        return row;
    }
}
