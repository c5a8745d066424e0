package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.PartyRow;
import cn.laborcase.arbitration.persistence.TribunalMemberRow;
import cn.laborcase.calendar.DeadlineStatus;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Extension;
import cn.laborcase.calendar.Pause;
import cn.laborcase.calendar.Restart;
import cn.laborcase.cases.CaseDeadline;
import cn.laborcase.cases.CaseTask;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.PersonalData;
import cn.laborcase.workflow.TaskInbox;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side: a case's page and API view, the committee's list. Every read checks the data scope. */
@Service
public class ArbitrationQueries {

    static final int LIST_MAX = 500;

    private final ArbitrationCaseStore store;
    private final ArbitrationMapper mapper;
    private final ArbitrationDeadlines deadlines;
    private final Documents documents;
    private final CaseTimeline timeline;
    private final TaskInbox inbox;
    private final DataScope dataScope;
    private final AwardRecords awardRecords;
    private final ArbitrationServiceRecords serviceRecords;
    private final ArbitrationAnswers answers;

    ArbitrationQueries(
            ArbitrationCaseStore store,
            ArbitrationMapper mapper,
            ArbitrationDeadlines deadlines,
            Documents documents,
            CaseTimeline timeline,
            TaskInbox inbox,
            DataScope dataScope,
            AwardRecords awardRecords,
            ArbitrationServiceRecords serviceRecords,
            ArbitrationAnswers answers) {
        this.store = store;
        this.mapper = mapper;
        this.deadlines = deadlines;
        this.documents = documents;
        this.timeline = timeline;
        this.inbox = inbox;
        this.dataScope = dataScope;
        this.awardRecords = awardRecords;
        this.serviceRecords = serviceRecords;
        this.answers = answers;
    }

    @Transactional(readOnly = true)
    public ArbitrationCaseView get(CurrentUser user, long id) {
        ArbitrationCaseRow row = store.visible(user, id);
        List<PartyRow> parties = mapper.parties(id);
        List<PartyRow> applicantRows =
                parties.stream().filter(p -> p.kind().equals("APPLICANT")).toList();
        List<DeadlineView> periods = deadlines.all(id);
        ArbitrationStatus status = ArbitrationStatus.valueOf(row.status());
        return new ArbitrationCaseView(
                row.id(),
                row.receiptNumber(),
                row.caseNumber(),
                status,
                status.label(),
                ApplicationChannel.valueOf(row.channel()).label(),
                row.receivedAt(),
                row.locality(),
                row.collective(),
                timeline.nameOf(row.registeredBy()),
                row.decidedOn(),
                row.decidedBy() == null ? null : timeline.nameOf(row.decidedBy()),
                row.refusalReasons(),
                row.supplementItems(),
                row.supplementRequestedOn(),
                row.supplementCompletedOn(),
                row.respondentServedOn(),
                tribunal(row),
                mapper.hearings(id).stream()
                        .map(h ->
                                new ArbitrationCaseView.Hearing(h.id(), h.startsAt(), h.endsAt(), h.room(), h.status()))
                        .toList(),
                parties(parties, "APPLICANT", applicantRows),
                parties(parties, "RESPONDENT", applicantRows),
                parties(parties, "AGENT", applicantRows),
                ArbitrationRegistration.claimsOf(mapper.claims(id)),
                serviceRecords.documents(id),
                periods.stream().map(ArbitrationQueries::deadline).toList(),
                awardRecords.of(row),
                answers.of(id),
                actions(user, row, status),
                periods.stream()
                        .filter(d -> d.closedOn() == null)
                        .map(CaseDeadline::of)
                        .toList(),
                row.processInstanceId() == null
                        ? List.of()
                        : inbox.openTasks(row.processInstanceId()).stream()
                                .map(CaseTask::of)
                                .toList(),
                timeline.of(ArbitrationCaseStore.ref(id)));
    }

    private ArbitrationCaseView.ServiceActions actions(CurrentUser user, ArbitrationCaseRow row, ArbitrationStatus s) {
        boolean staff = store.canSeePersonalData(user, row) && serviceRecords.isServiceStaff(user, row);
        boolean proceeding = s == ArbitrationStatus.ACCEPTED || s == ArbitrationStatus.TRIBUNAL_COMPOSED;
        boolean tribunalOrDirector = proceeding
                && (AwardCaseSupport.isDirector(user, row)
                        || mapper.tribunal(row.id()).stream()
                                .anyMatch(m -> m.username().equals(user.username())));
        return new ArbitrationCaseView.ServiceActions(staff, staff && proceeding, tribunalOrDirector);
    }

    /** The case number (or receipt number) for task lists. */
    @Transactional(readOnly = true)
    public Optional<String> numberOf(long id) {
        return mapper.findById(id).map(ArbitrationCaseStore::nameOf);
    }

    /**
     * The committee's cases the user may see, filtered by arbitrator (user name) and status when given: overdue first,
     * then by days to the award deadline; the first {@value #LIST_MAX}.
     */
    @Transactional(readOnly = true)
    public List<ArbitrationCaseListItem> list(CurrentUser user, String arbitrator, ArbitrationStatus status) {
        return page(user, new ArbitrationCaseFilter(status, arbitrator, false, 0, LIST_MAX))
                .items();
    }

    /**
     * The director's list, one page, sorted and paged in the database: overdue first, then by days to the award
     * deadline, then the suspended cases (longest suspended first), then the cases without a running award period.
     */
    @Transactional(readOnly = true)
    public ArbitrationCasePage page(CurrentUser user, ArbitrationCaseFilter filter) {
        var criteria = dataScope.cases(user);
        String status = filter.status() == null ? null : filter.status().name();
        int total = mapper.countList(
                criteria.everything(),
                criteria.officeCodes(),
                user.username(),
                status,
                filter.arbitrator(),
                filter.suspendedOnly());
        List<ArbitrationCaseListItem> items = mapper
                .listPage(
                        criteria.everything(),
                        criteria.officeCodes(),
                        user.username(),
                        status,
                        filter.arbitrator(),
                        filter.suspendedOnly(),
                        filter.page() * filter.size(),
                        filter.size())
                .stream()
                .map(this::item)
                .toList();
        return new ArbitrationCasePage(items, total, filter.page(), filter.size());
    }

    private ArbitrationCaseListItem item(ArbitrationCaseRow r) {
        List<TribunalMemberRow> members = mapper.tribunal(r.id());
        List<PartyRow> parties = mapper.parties(r.id());
        List<String> applicants = parties.stream()
                .filter(p -> p.kind().equals("APPLICANT"))
                .map(PartyRow::name)
                .toList();
        String respondent = parties.stream()
                .filter(p -> p.kind().equals("RESPONDENT"))
                .map(PartyRow::name)
                .findFirst()
                .orElse("");
        DeadlineView award = deadlines.open(r.id(), ArbitrationDeadlines.AWARD).orElse(null);
        ArbitrationStatus status = ArbitrationStatus.valueOf(r.status());
        boolean awaitingHearing = r.processInstanceId() != null
                && status == ArbitrationStatus.TRIBUNAL_COMPOSED
                && mapper.hearings(r.id()).stream().noneMatch(h -> "SCHEDULED".equals(h.status()));
        LocalDate since = award == null
                ? null
                : award.pauses().stream()
                        .filter(Pause::isOpen)
                        .map(Pause::from)
                        .findFirst()
                        .orElse(null);
        return new ArbitrationCaseListItem(
                r.id(),
                ArbitrationCaseStore.nameOf(r),
                status,
                status.label(),
                PersonalData.name(applicants.get(0)) + (applicants.size() > 1 ? " 等" + applicants.size() + "人" : ""),
                respondent,
                members.stream().map(m -> timeline.nameOf(m.username())).collect(Collectors.joining("、")),
                award == null ? null : award.dueDate(),
                award == null ? null : award.daysLeft(),
                award != null && award.status() == DeadlineStatus.OVERDUE,
                awaitingHearing,
                since,
                since == null ? null : ChronoUnit.DAYS.between(since, BeijingTime.dateOf(timeline.now())));
    }

    private ArbitrationCaseView.Tribunal tribunal(ArbitrationCaseRow row) {
        if (row.tribunalMode() == null) {
            return null;
        }
        return new ArbitrationCaseView.Tribunal(
                row.tribunalMode(),
                "SOLE".equals(row.tribunalMode()) ? "独任仲裁" : "三名仲裁员（设首席仲裁员）",
                row.tribunalComposedOn(),
                mapper.tribunal(row.id()).stream()
                        .map(m -> new ArbitrationCaseView.Member(
                                m.username(),
                                timeline.nameOf(m.username()),
                                m.memberRole(),
                                CasePreparation.roleLabel(m.memberRole())))
                        .toList());
    }

    private static List<ArbitrationCaseView.Party> parties(List<PartyRow> all, String kind, List<PartyRow> applicants) {
        return all.stream()
                .filter(p -> p.kind().equals(kind))
                .map(p -> new ArbitrationCaseView.Party(
                        p.name(),
                        p.idNumber() == null ? null : PersonalData.idNumber(p.idNumber()),
                        p.creditCode(),
                        p.phone() == null ? null : PersonalData.phone(p.phone()),
                        p.address(),
                        p.representative(),
                        p.authority() == null ? null : "SPECIAL".equals(p.authority()) ? "特别授权" : "一般授权",
                        p.actsFor() == null || p.actsFor() >= applicants.size()
                                ? null
                                : applicants.get(p.actsFor()).name()))
                .toList();
    }

    private static ArbitrationCaseView.Deadline deadline(DeadlineView d) {
        List<Restart> restarts = d.restarts();
        return new ArbitrationCaseView.Deadline(
                d.ruleCode(),
                d.ruleName(),
                d.start(),
                d.dueDate(),
                d.daysLeft(),
                d.status().name(),
                d.status() == DeadlineStatus.PAUSED,
                d.extensions().stream().mapToInt(Extension::days).sum(),
                restarts.isEmpty() ? null : restarts.get(restarts.size() - 1).newStart(),
                d.closedOn(),
                d.legalBasis(),
                d.summary()
                        + (d.explanation().isEmpty()
                                ? ""
                                : "；"
                                        + d.explanation()
                                                .get(d.explanation().size() - 1)
                                                .note()));
    }
}
