package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.PartyRow;
import cn.laborcase.arbitration.persistence.TribunalMemberRow;
import cn.laborcase.calendar.DeadlineStatus;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.NotFoundException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The port the hearings module schedules through (issue 15, docs/hearings.md): it reads a case for a hearing, records
 * the hearing on the case (arbitration_hearing, shown on the case page) and completes the 安排开庭 task. Arbitration
 * does not know the hearings module; the hearings module knows only this class and its records.
 *
 * <p>Who may schedule: the committee's hearing clerks (书记员, the 安排开庭 task is theirs) for every case of their
 * committee, and the tribunal's arbitrators for their own cases. Everyone else who may see the case gets 403 from the
 * hearings module; who may not see it gets 404.
 */
@Service
public class HearingCases {

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
                    "yyyy年M月d日 HH:mm")
            .withZone(cn.laborcase.shared.BeijingTime.ZONE);

    /** Ids per query of {@link #forCalendar}: Oracle's limit on an IN list is 1,000. */
    static final int CALENDAR_BATCH = 500;

    private final ArbitrationCaseStore store;
    private final ArbitrationMapper mapper;
    private final ArbitrationDeadlines deadlines;
    private final DataScope dataScope;
    private final CaseTimeline timeline;
    private final ScheduleHearingStep step;
    private final CaseEndings endings;
    private final OrganizationDirectory directory;

    HearingCases(
            ArbitrationCaseStore store,
            ArbitrationMapper mapper,
            ArbitrationDeadlines deadlines,
            DataScope dataScope,
            CaseTimeline timeline,
            ScheduleHearingStep step,
            CaseEndings endings,
            OrganizationDirectory directory) {
        this.store = store;
        this.mapper = mapper;
        this.deadlines = deadlines;
        this.dataScope = dataScope;
        this.timeline = timeline;
        this.step = step;
        this.endings = endings;
        this.directory = directory;
    }

    /** The case as the hearings module needs it; 404 when the user may not see it (hearing clerks: their committee). */
    @Transactional(readOnly = true)
    public HearingCase forHearing(CurrentUser user, long caseId) {
        ArbitrationCaseRow row = store.get(caseId);
        if (!isCommitteeClerk(user, row.officeCode()) && !dataScope.canSee(user, store.scopeOf(row))) {
            throw new NotFoundException("仲裁案件", caseId);
        }
        return view(row);
    }

    /**
     * The cases of a calendar range that the user may see (the same rule as {@link #forHearing}), read at once: three
     * queries for every 500 cases instead of several per case. Cases he may not see are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, CalendarCase> forCalendar(CurrentUser user, Collection<Long> caseIds) {
        Map<Long, CalendarCase> result = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(caseIds));
        for (int from = 0; from < ids.size(); from += CALENDAR_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + CALENDAR_BATCH));
            Map<Long, List<TribunalMemberRow>> tribunals =
                    mapper.tribunalsOfCases(batch).stream().collect(Collectors.groupingBy(TribunalMemberRow::caseId));
            Map<Long, List<PartyRow>> parties =
                    mapper.partiesOfCases(batch).stream().collect(Collectors.groupingBy(PartyRow::caseId));
            for (ArbitrationCaseRow row : mapper.findByIds(batch)) {
                List<TribunalMemberRow> members = tribunals.getOrDefault(row.id(), List.of());
                Set<String> participants = new HashSet<>();
                participants.add(row.registeredBy());
                members.forEach(m -> participants.add(m.username()));
                if (!isCommitteeClerk(user, row.officeCode())
                        && !dataScope.canSee(user, new ScopeTarget(row.officeCode(), null, participants))) {
                    continue;
                }
                List<HearingCase.Member> tribunal = members.stream()
                        .map(m -> new HearingCase.Member(
                                m.username(),
                                names.computeIfAbsent(m.username(), timeline::nameOf),
                                m.memberRole(),
                                CasePreparation.roleLabel(m.memberRole())))
                        .toList();
                boolean mayAct = isCommitteeClerk(user, row.officeCode())
                        || (user.has(Role.ARBITRATOR)
                                && members.stream().anyMatch(m -> m.username().equals(user.username())));
                result.put(
                        row.id(),
                        new CalendarCase(
                                row.id(),
                                ArbitrationCaseStore.nameOf(row),
                                tribunal,
                                parties.getOrDefault(row.id(), List.of()).stream()
                                        .map(HearingCases::party)
                                        .toList(),
                                mayAct));
            }
        }
        return result;
    }

    /** May the user book this case's hearings: a hearing clerk of the committee or an arbitrator of the tribunal. */
    public boolean maySchedule(CurrentUser user, HearingCase c) {
        return isCommitteeClerk(user, c.officeCode()) || (user.has(Role.ARBITRATOR) && c.sits(user.username()));
    }

    /** The cases of the user's committee waiting for a hearing, the earliest award deadline first. */
    @Transactional(readOnly = true)
    public List<AwaitingHearingItem> awaitingHearing(CurrentUser user) {
        var criteria = dataScope.cases(user);
        java.util.Set<String> offices = new java.util.LinkedHashSet<>(criteria.officeCodes());
        if (user.has(Role.HEARING_CLERK)) {
            offices.add(user.officeCode());
        }
        return mapper.findVisible(criteria.everything(), offices, user.username(), ArbitrationQueries.LIST_MAX).stream()
                .filter(r -> ArbitrationStatus.TRIBUNAL_COMPOSED.name().equals(r.status()))
                .filter(r -> mapper.hearings(r.id()).stream().noneMatch(h -> "SCHEDULED".equals(h.status())))
                .map(this::view)
                .map(c -> new AwaitingHearingItem(c.id(), c.number(), c.tribunal(), c.awardDueDate()))
                .sorted(java.util.Comparator.comparing(
                        AwaitingHearingItem::awardDueDate,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /**
     * Records a booked hearing on the case and completes its open 安排开庭 task, in the booking's transaction. Returns
     * the case's hearing id.
     */
    @Transactional
    public long hearingScheduled(long caseId, Instant startsAt, Instant endsAt, String room, String actor) {
        ArbitrationCaseRow row = store.get(caseId);
        GeneratedKey key = new GeneratedKey();
        mapper.insertHearing(caseId, startsAt, endsAt, room, timeline.now(), key);
        boolean completed = step.completeIfOpen(row.processInstanceId(), actor);
        timeline.record(
                ArbitrationCaseStore.ref(caseId),
                ArbitrationStep.HEARING_SCHEDULED.name(),
                ArbitrationStep.HEARING_SCHEDULED.label(),
                actor,
                "开庭时间 " + WHEN.format(startsAt) + "，" + room + (completed ? "；安排开庭环节已办结" : ""));
        return key.getId();
    }

    @Transactional
    public void hearingMoved(
            long caseId, long caseHearingId, Instant startsAt, Instant endsAt, String room, String actor) {
        mapper.moveHearing(caseHearingId, startsAt, endsAt, room);
        timeline.record(
                ArbitrationCaseStore.ref(caseId),
                ArbitrationStep.HEARING_RESCHEDULED.name(),
                ArbitrationStep.HEARING_RESCHEDULED.label(),
                actor,
                "改定开庭时间 " + WHEN.format(startsAt) + "，" + room);
    }

    @Transactional
    public void hearingCancelled(long caseId, long caseHearingId, String reason, String actor) {
        mapper.cancelHearing(caseHearingId);
        timeline.record(
                ArbitrationCaseStore.ref(caseId),
                ArbitrationStep.HEARING_CANCELLED.name(),
                ArbitrationStep.HEARING_CANCELLED.label(),
                actor,
                "取消开庭：" + reason);
    }

    /** A party's postponement request (延期开庭申请) recorded, or the tribunal's decision on it, on the case timeline. */
    @Transactional
    public void postponementRecorded(long caseId, String detail, String actor) {
        note(caseId, ArbitrationStep.HEARING_POSTPONEMENT_REQUESTED, detail, actor);
    }

    @Transactional
    public void postponementRefused(long caseId, String detail, String actor) {
        note(caseId, ArbitrationStep.HEARING_POSTPONEMENT_REFUSED, detail, actor);
    }

    /**
     * After the hearing's time, or when the tribunal grants a postponement: the case's record of the hearing takes the
     * outcome ({@code HELD}, {@code POSTPONED}, {@code APPLICANT_ABSENT}, {@code RESPONDENT_ABSENT}) and the timeline
     * says what happened. A postponed hearing's case waits for a new booking (its 安排开庭 task is done; a new booking
     * is recorded as usual).
     */
    @Transactional
    public void hearingConcluded(long caseId, Long caseHearingId, String outcome, String detail, String actor) {
        if (caseHearingId != null) {
            mapper.setHearingStatus(caseHearingId, outcome);
        }
        ArbitrationStep step =
                switch (outcome) {
                    case "HELD" -> ArbitrationStep.HEARING_HELD;
                    case "POSTPONED" -> ArbitrationStep.HEARING_POSTPONED;
                    case "APPLICANT_ABSENT" -> ArbitrationStep.HEARING_APPLICANT_ABSENT;
                    case "RESPONDENT_ABSENT" -> ArbitrationStep.HEARING_RESPONDENT_ABSENT;
                    default -> throw new IllegalArgumentException(outcome);
                };
        note(caseId, step, detail, actor);
    }

    /**
     * The applicant did not appear without good reason: the case is treated as withdrawn (视为撤回, 法 §36) with its
     * 决定书, and the process ends at 撤回结案. The hearings module has checked the user may act on the hearing.
     */
    @Transactional
    public void applicantAbsent(long caseId, java.time.LocalDate on, String reason, String actor) {
        endings.absentApplicant(caseId, on.toString(), reason, actor);
    }

    /** The signed 庭审笔录 filed on the case (an attachment). */
    @Transactional
    public void hearingRecordFiled(long caseId, String detail, String actor) {
        note(caseId, ArbitrationStep.HEARING_RECORD_FILED, detail, actor);
    }

    /** Has a hearing of the case ended with the respondent absent (the award form then presets 缺席裁决). */
    @Transactional(readOnly = true)
    public boolean respondentAbsent(long caseId) {
        return mapper.hearings(caseId).stream().anyMatch(h -> "RESPONDENT_ABSENT".equals(h.status()));
    }

    private void note(long caseId, ArbitrationStep step, String detail, String actor) {
        timeline.record(ArbitrationCaseStore.ref(caseId), step.name(), step.label(), actor, detail);
    }

    private static boolean isCommitteeClerk(CurrentUser user, String officeCode) {
        return user.has(Role.HEARING_CLERK) && officeCode.equals(user.officeCode());
    }

    private HearingCase view(ArbitrationCaseRow row) {
        ArbitrationStatus status = ArbitrationStatus.valueOf(row.status());
        List<TribunalMemberRow> members = mapper.tribunal(row.id());
        // the members' names in one query (the slot search reads a case on every call): the active staff's names, the
        // username for one who has left, as CaseTimeline.nameOf gives them
        Map<String, String> names = directory.activeNames(
                members.stream().map(TribunalMemberRow::username).toList());
        List<HearingCase.Member> tribunal = members.stream()
                .map(m -> new HearingCase.Member(
                        m.username(),
                        names.getOrDefault(m.username(), m.username()),
                        m.memberRole(),
                        CasePreparation.roleLabel(m.memberRole())))
                .toList();
        int needed = "SOLE".equals(row.tribunalMode()) ? 1 : 3;
        Optional<DeadlineView> award = deadlines.open(row.id(), ArbitrationDeadlines.AWARD);
        boolean paused = award.map(d -> d.status() == DeadlineStatus.PAUSED).orElse(false);
        return new HearingCase(
                row.id(),
                row.officeCode(),
                ArbitrationCaseStore.nameOf(row),
                row.status(),
                status.label(),
                status == ArbitrationStatus.TRIBUNAL_COMPOSED && tribunal.size() == needed,
                row.tribunalMode(),
                tribunal,
                mapper.parties(row.id()).stream().map(HearingCases::party).toList(),
                award.map(DeadlineView::dueDate).orElse(null),
                paused);
    }

    private static HearingCase.Party party(PartyRow p) {
        String role =
                switch (p.kind()) {
                    case "APPLICANT" -> "申请人";
                    case "RESPONDENT" -> "被申请人";
                    default -> "委托代理人";
                };
        return new HearingCase.Party(p.name(), role, p.address());
    }
}
