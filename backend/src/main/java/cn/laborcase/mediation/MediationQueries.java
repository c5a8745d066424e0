package cn.laborcase.mediation;

import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.cases.CaseParty;
import cn.laborcase.cases.CaseTask;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.cases.CaseTimelineEntry;
import cn.laborcase.cases.ClaimType;
import cn.laborcase.documents.Documents;
import cn.laborcase.mediation.persistence.ClaimRow;
import cn.laborcase.mediation.persistence.MediationCaseMapper;
import cn.laborcase.mediation.persistence.MediationCaseRow;
import cn.laborcase.mediation.persistence.PartyRow;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.workflow.TaskInbox;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading mediation cases within the user's scope (another office's case: 404); personal data masked. */
@Service
public class MediationQueries {

    private final MediationCaseMapper mapper;
    private final MediationScope scope;
    private final Deadlines deadlines;
    private final Documents documents;
    private final TaskInbox inbox;
    private final CaseTimeline timeline;
    private final OrganizationNames names;
    private final cn.laborcase.documents.ServiceRecords serviceRecords;

    MediationQueries(
            MediationCaseMapper mapper,
            MediationScope scope,
            Deadlines deadlines,
            Documents documents,
            TaskInbox inbox,
            CaseTimeline timeline,
            OrganizationNames names,
            cn.laborcase.documents.ServiceRecords serviceRecords) {
        this.serviceRecords = serviceRecords;
        this.mapper = mapper;
        this.scope = scope;
        this.deadlines = deadlines;
        this.documents = documents;
        this.inbox = inbox;
        this.timeline = timeline;
        this.names = names;
    }

    @Transactional(readOnly = true)
    public MediationCaseView get(CurrentUser user, long id) {
        MediationCaseRow row = visible(user, id);
        List<PartyRow> parties = mapper.findParties(id);
        PartyRow respondent = parties.stream()
                .filter(p -> p.role().equals(PartyRole.RESPONDENT.name()))
                .findFirst()
                .orElse(null);
        MediationStatus status = MediationStatus.valueOf(row.status());
        return new MediationCaseView(
                id,
                row.caseNumber(),
                status,
                status.label(),
                names.office(row.officeCode()),
                row.appliedOn(),
                row.mediator() == null ? null : timeline.nameOf(row.mediator()),
                row.facts(),
                row.complaintNumber(),
                parties.stream()
                        .filter(p -> p.role().equals(PartyRole.APPLICANT.name()))
                        .map(p ->
                                CaseParty.masked(PartyRole.APPLICANT.label(), p.name(), p.idNumber(), p.phone(), null))
                        .toList(),
                respondent == null
                        ? null
                        : new CaseParty(PartyRole.RESPONDENT.label(), respondent.name(), null, null, null),
                respondent == null ? null : respondent.creditCode(),
                claims(mapper.findClaims(id)),
                mapper.findSessions(id).stream()
                        .map(s -> new MediationCaseView.Session(
                                s.heldOn(), s.place(), s.attendees(), s.notes(), timeline.nameOf(s.recordedBy())))
                        .toList(),
                mapper.findAgreement(id)
                        .map(a -> new MediationCaseView.Agreement(
                                a.signedOn(), a.terms(), claims(mapper.findAgreementItems(id)), a.recordedAt()))
                        .orElse(null),
                row.endedOn(),
                row.terminationReason(),
                row.confirmationRequestedOn(),
                row.confirmationNote(),
                row.deadlineId() == null ? null : deadline(deadlines.get(new DeadlineId(row.deadlineId()))),
                documents.listForCase(MediationCases.ref(id), user).stream()
                        .filter(d -> d.number() != null)
                        .map(d -> new MediationCaseView.Document(
                                d.id(),
                                d.typeName(),
                                d.number(),
                                "/documents/" + d.id() + "/pdf",
                                services(d),
                                MediationDocumentTypes.CONFIRMATION.equals(d.typeCode())
                                        || MediationDocumentTypes.REVIEW_REFUSAL.equals(d.typeCode()),
                                MediationDocumentTypes.CONFIRMATION.equals(d.typeCode())))
                        .toList(),
                row.processInstanceId() == null
                        ? List.of()
                        : inbox.openTasks(row.processInstanceId()).stream()
                                .map(CaseTask::of)
                                .toList(),
                review(row),
                row.version());
    }

    private MediationCaseView.Review review(MediationCaseRow row) {
        return mapper.findReview(row.id())
                .map(r -> new MediationCaseView.Review(
                        r.appliedOn(),
                        deadline(deadlines.get(new DeadlineId(r.deadlineId()))),
                        r.reviewer() == null ? null : timeline.nameOf(r.reviewer()),
                        r.decision(),
                        r.decision() == null ? "待审查" : r.decision().equals("CONFIRMED") ? "确认调解协议，出具仲裁调解书" : "不予制作调解书",
                        r.decidedOn(),
                        r.reasons(),
                        r.decidedBy() == null ? null : timeline.nameOf(r.decidedBy()),
                        "CONFIRMED".equals(r.decision()) ? effectiveOn(row.id()) : null,
                        r.version()))
                .orElse(null);
    }

    /** 仲裁调解书 takes effect when both parties signed for it: the last party's day of service, once all are served. */
    private java.time.LocalDate effectiveOn(long id) {
        return documents.listForCase(MediationCases.ref(id)).stream()
                .filter(d -> d.number() != null && MediationDocumentTypes.CONFIRMATION.equals(d.typeCode()))
                .findFirst()
                .map(d -> {
                    var services = services(d);
                    if (services.isEmpty() || services.stream().anyMatch(x -> x.servedOn() == null)) {
                        return null;
                    }
                    return services.stream()
                            .map(MediationCaseView.Service::servedOn)
                            .max(java.util.Comparator.naturalOrder())
                            .orElse(null);
                })
                .orElse(null);
    }

    /**
     * The case as lists show it, read without a user: for the engine (the inbox task's name) and the inbox's case
     * number column. Only names and the number, nothing masked lists would hide.
     */
    @Transactional(readOnly = true)
    public Optional<MediationSummary> forTask(long id) {
        return mapper.findById(id).map(this::summary);
    }

    /**
     * Who else may take the mediation task: the mediators of the case's office while the case has no mediator; nobody
     * once one is assigned (the task is hers).
     */
    @Transactional(readOnly = true)
    public List<String> taskCandidateGroups(long id) {
        return mapper.findById(id)
                .filter(row -> row.mediator() == null)
                .map(row -> List.of(cn.laborcase.organization.GroupIds.office(
                        row.officeCode(), cn.laborcase.organization.Role.MEDIATOR)))
                .orElse(List.of());
    }

    /** The case's timeline, oldest first, for its page (the user's scope checked). */
    @Transactional(readOnly = true)
    public List<CaseTimelineEntry> timeline(CurrentUser user, long id) {
        visible(user, id);
        return timeline.of(MediationCases.ref(id));
    }

    /** The cases the user may see, newest first. */
    @Transactional(readOnly = true)
    public List<MediationSummary> list(CurrentUser user, int limit) {
        MediationScope.Criteria c = scope.criteria(user);
        return mapper.findVisible(c.all(), c.offices(), c.mediator(), c.waitingOffices(), limit).stream()
                .map(this::summary)
                .toList();
    }

    /**
     * The mediator's home panel: the cases waiting for registration in her office and those she mediates, the 15
     * days' due date first.
     */
    @Transactional(readOnly = true)
    public List<MediationSummary> open(CurrentUser user) {
        return list(user, 200).stream()
                .filter(c -> c.status() == MediationStatus.REFERRED || c.status() == MediationStatus.REGISTERED)
                .sorted(java.util.Comparator.comparing(
                        MediationSummary::dueDate,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The committee's panel (仲裁审查): agreements jointly applied for and not yet decided that the user reviews — as
     * the office's committee director, or as the arbitrator he assigned; {@code dueDate}/{@code daysLeft} are the
     * review's 5 working days, the first due first.
     */
    @Transactional(readOnly = true)
    public List<MediationSummary> pendingReviews(CurrentUser user) {
        if (!user.has(cn.laborcase.organization.Role.COMMITTEE_DIRECTOR)
                && !user.has(cn.laborcase.organization.Role.ARBITRATOR)) {
            return List.of();
        }
        MediationScope.Criteria c = scope.criteria(user);
        return mapper.findVisible(c.all(), c.offices(), c.mediator(), c.waitingOffices(), 200).stream()
                .filter(row -> MediationStatus.valueOf(row.status()) == MediationStatus.CONFIRMATION_REQUESTED)
                .filter(row -> {
                    var review = mapper.findReview(row.id()).orElse(null);
                    return review != null
                            && (MediationReview.isDirector(user, row) || MediationReview.isReviewer(user, review));
                })
                .map(row -> {
                    MediationSummary s = summary(row);
                    DeadlineView d = deadlines.get(new DeadlineId(
                            mapper.findReview(row.id()).orElseThrow().deadlineId()));
                    return new MediationSummary(
                            s.id(),
                            s.number(),
                            s.status(),
                            s.statusLabel(),
                            s.applicants(),
                            s.respondent(),
                            s.appliedOn(),
                            d.dueDate(),
                            d.daysLeft(),
                            s.mediatorName(),
                            s.complaintNumber());
                })
                .sorted(java.util.Comparator.comparing(
                        MediationSummary::dueDate, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** The case's number, for names on other screens; empty for an unknown id or a case not yet registered. */
    @Transactional(readOnly = true)
    public Optional<String> numberOf(long id) {
        return mapper.findById(id).map(MediationCaseRow::caseNumber);
    }

    /** Whether the user is the committee's director of the case's office (仲裁审查: assigns, decides). */
    @Transactional(readOnly = true)
    public boolean isCommitteeDirector(CurrentUser user, long id) {
        return MediationReview.isDirector(user, visible(user, id));
    }

    @Transactional(readOnly = true)
    public boolean isReviewer(CurrentUser user, long id) {
        visible(user, id);
        return MediationReview.isReviewer(user, mapper.findReview(id).orElse(null));
    }

    @Transactional(readOnly = true)
    public String officeCode(long id) {
        return mapper.findById(id)
                .map(MediationCaseRow::officeCode)
                .orElseThrow(() -> new NotFoundException("调解案件", id));
    }

    /** Whether the user is the case's mediator (the page offers him the forms). */
    @Transactional(readOnly = true)
    public boolean isMediator(CurrentUser user, long id) {
        return scope.isMediator(user, visible(user, id));
    }

    private MediationCaseRow visible(CurrentUser user, long id) {
        MediationCaseRow row = mapper.findById(id).orElseThrow(() -> new NotFoundException("调解案件", id));
        return scope.requireVisible(user, row);
    }

    private MediationSummary summary(MediationCaseRow row) {
        List<PartyRow> parties = mapper.findParties(row.id());
        MediationStatus status = MediationStatus.valueOf(row.status());
        DeadlineView deadline = row.deadlineId() == null ? null : deadlines.get(new DeadlineId(row.deadlineId()));
        return new MediationSummary(
                row.id(),
                row.caseNumber(),
                status,
                status.label(),
                parties.stream()
                        .filter(p -> p.role().equals(PartyRole.APPLICANT.name()))
                        .map(PartyRow::name)
                        .collect(Collectors.joining("、")),
                parties.stream()
                        .filter(p -> p.role().equals(PartyRole.RESPONDENT.name()))
                        .map(PartyRow::name)
                        .findFirst()
                        .orElse(""),
                row.appliedOn(),
                deadline == null ? null : deadline.dueDate(),
                deadline == null || deadline.closedOn() != null ? null : deadline.daysLeft(),
                row.mediator() == null ? null : timeline.nameOf(row.mediator()),
                row.complaintNumber());
    }

    private List<MediationCaseView.Service> services(cn.laborcase.documents.DocumentView d) {
        Map<Long, cn.laborcase.documents.ServiceRecordView> served = serviceRecords.forDocument(d.id()).stream()
                .collect(Collectors.toMap(cn.laborcase.documents.ServiceRecordView::recipientId, r -> r, (a, b) -> a));
        return d.recipients().stream()
                .map(r -> {
                    cn.laborcase.documents.ServiceRecordView s = served.get(r.id());
                    return new MediationCaseView.Service(
                            r.id(),
                            r.name(),
                            r.role(),
                            s == null ? null : s.method().label(),
                            s == null ? null : cn.laborcase.shared.BeijingTime.dateOf(s.servedAt()),
                            s == null ? null : s.receiptNumber());
                })
                .toList();
    }

    private static List<MediationCaseView.Claim> claims(List<ClaimRow> rows) {
        return rows.stream()
                .map(c -> new MediationCaseView.Claim(
                        c.claimType(), ClaimType.valueOf(c.claimType()).label(), c.amount(), c.description()))
                .toList();
    }

    private static MediationCaseView.Deadline deadline(DeadlineView d) {
        return new MediationCaseView.Deadline(
                d.ruleName(),
                d.dueDate(),
                d.closedOn() == null ? d.daysLeft() : null,
                d.legalBasis(),
                d.status().label(),
                d.closedOn());
    }
}
