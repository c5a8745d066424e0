package cn.laborcase.hearing;

import cn.laborcase.arbitration.HearingCase;
import cn.laborcase.arbitration.HearingCases;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.hearing.persistence.HearingMapper;
import cn.laborcase.hearing.persistence.HearingRow;
import cn.laborcase.hearing.persistence.ParticipantRow;
import cn.laborcase.hearing.persistence.RoomRow;
import cn.laborcase.hearing.persistence.SlotRow;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books, moves and cancels hearings. Every booking is checked by {@link HearingRules} (400 naming the rule) and against
 * the taken slots (409 naming the hearing in the way); then its slot rows are inserted in its own transaction, so that
 * of two bookings that passed the checks at the same moment the database lets one through and the other meets the
 * primary key — again a 409 naming the hearing that won. The case's one scheduled hearing is a unique key too
 * ({@code hearing.scheduled_case_id}, V72): two bookings of one case in different rooms and times cannot both commit.
 */
@Service
public class HearingBookings {

    private final HearingMapper mapper;
    private final HearingCases cases;
    private final HearingSettings settings;
    private final WorkingCalendar calendar;
    private final OrganizationDirectory directory;
    private final HearingNotices notices;
    private final CaseTimeline names;
    private final TransactionTemplate tx;
    private final Clock clock;

    HearingBookings(
            HearingMapper mapper,
            HearingCases cases,
            HearingSettings settings,
            WorkingCalendar calendar,
            OrganizationDirectory directory,
            HearingNotices notices,
            CaseTimeline names,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.settings = settings;
        this.calendar = calendar;
        this.directory = directory;
        this.notices = notices;
        this.names = names;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    HearingRules rules() {
        return new HearingRules(settings, calendar.calculator());
    }

    /** Books a hearing: 201 with the view; 400, 403, 404, 409 as the class says. */
    public HearingView book(CurrentUser user, BookHearingRequest request) {
        BookHearingRequest r = request == null ? new BookHearingRequest(null, null, null, null, null) : request;
        List<FieldProblem> problems = new ArrayList<>();
        HearingFields.id("caseId", "案件", r.caseId(), problems);
        HearingFields.id("roomId", "审理室", r.roomId(), problems);
        Instant start = HearingFields.instant("start", "开庭开始时间", r.start(), problems);
        Instant end = HearingFields.instant("end", "开庭结束时间", r.end(), problems);
        if (!HearingFields.blank(r.clerk())) {
            HearingFields.text("clerk", "书记员", r.clerk(), 50, false, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        HearingCase c = actable(user, r.caseId());
        mapper.scheduledOfCase(c.id()).ifPresent(h -> {
            throw exists(c, h);
        });
        RoomRow room = roomOf(c, r.roomId());
        HearingRules rules = rules();
        LocalDate today = BeijingTime.today(clock);
        String clerk = chooseClerk(c, r.clerk(), room, start, end, rules, today);
        HearingRules.Proposal p = proposal(c, room, start, end, clerk);
        check(rules, p, today, null);
        Set<String> staff = new LinkedHashSet<>(p.people().keySet());
        staff.add(user.username());
        try {
            long id = tx.execute(status -> {
                GeneratedKey key = new GeneratedKey();
                LocalDate servedBy = rules.servedBy(BeijingTime.dateOf(start));
                mapper.insertHearing(
                        new HearingRow(
                                null,
                                c.id(),
                                null,
                                c.number(),
                                c.officeCode(),
                                room.id(),
                                start,
                                end,
                                clerk,
                                "SCHEDULED",
                                servedBy,
                                null,
                                null,
                                user.username(),
                                clock.instant(),
                                0),
                        key);
                long hearingId = key.getId();
                c.tribunal()
                        .forEach(m -> mapper.insertParticipant(new ParticipantRow(hearingId, m.username(), m.role())));
                mapper.insertParticipant(new ParticipantRow(hearingId, clerk, "CLERK"));
                // the database's guard: a slot of the room or a person taken meanwhile fails this insert
                rules.slots(p, hearingId).forEach(mapper::insertSlot);
                long caseHearingId = cases.hearingScheduled(c.id(), start, end, room.name(), user.username());
                long notice = notices.issue(
                        c,
                        start,
                        end,
                        room.name(),
                        p.clerkName(),
                        staff,
                        HearingNotices.postponementBy(rules.calendarOf(), BeijingTime.dateOf(start)),
                        user.username());
                mapper.setCaseRecord(hearingId, caseHearingId, notice);
                return hearingId;
            });
            return get(user, id);
        } catch (DuplicateKeyException lost) {
            // either the case's key (V72: another booking of this case committed first) or a slot's primary key
            var other = mapper.scheduledOfCase(c.id());
            if (other.isPresent()) {
                throw exists(c, other.get());
            }
            throw conflict(rules, p, null);
        }
    }

    /** 409: the case already has its one scheduled hearing (V72's key); named so the clerk can move it instead. */
    private static ConflictException exists(HearingCase c, HearingRow h) {
        return new ConflictException(
                "HEARING_EXISTS",
                "案件 " + c.number() + " 已安排开庭：" + HearingNotices.when(h.startsAt(), h.endsAt()) + "（开庭编号 " + h.id()
                        + "），每案只能有一次待开庭安排，如需改期请使用「变更开庭」");
    }

    /** Moves a hearing: frees its slots, takes the new ones, issues a new notice; the same checks as a booking. */
    public HearingView reschedule(CurrentUser user, long id, RescheduleRequest request) {
        RescheduleRequest r = request == null ? new RescheduleRequest(null, null, null, null) : request;
        HearingRow h = mapper.hearing(id).orElseThrow(() -> new NotFoundException("开庭", id));
        HearingCase c = actable(user, h.caseId());
        List<FieldProblem> problems = new ArrayList<>();
        if (r.version() == null) {
            problems.add(new FieldProblem("version", "NotNull", "缺少版本号，请刷新后重试"));
        }
        HearingFields.id("roomId", "审理室", r.roomId(), problems);
        Instant start = HearingFields.instant("start", "开庭开始时间", r.start(), problems);
        Instant end = HearingFields.instant("end", "开庭结束时间", r.end(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireScheduled(h, c);
        RoomRow room = roomOf(c, r.roomId());
        HearingRules rules = rules();
        LocalDate today = BeijingTime.today(clock);
        HearingRules.Proposal p = proposal(c, room, start, end, h.clerk());
        check(rules, p, today, id);
        Set<String> staff = new LinkedHashSet<>(p.people().keySet());
        staff.add(user.username());
        try {
            tx.executeWithoutResult(status -> {
                HearingRow locked = mapper.lockHearing(id).orElseThrow();
                if (locked.version() != r.version() || !"SCHEDULED".equals(locked.status())) {
                    throw ConflictException.concurrentEdit("开庭安排");
                }
                mapper.freeSlots(id);
                mapper.lapsePostponements(id, "开庭时间已变更，原申请失效，可就新的开庭时间另行申请", user.username(), clock.instant());
                rules.slots(p, id).forEach(mapper::insertSlot);
                long notice = notices.issue(
                        c,
                        start,
                        end,
                        room.name(),
                        p.clerkName(),
                        staff,
                        HearingNotices.postponementBy(rules.calendarOf(), BeijingTime.dateOf(start)),
                        user.username());
                mapper.move(id, r.version(), room.id(), start, end, rules.servedBy(BeijingTime.dateOf(start)), notice);
                if (locked.caseHearingId() != null) {
                    cases.hearingMoved(c.id(), locked.caseHearingId(), start, end, room.name(), user.username());
                }
            });
        } catch (DuplicateKeyException lost) {
            throw conflict(rules, p, id);
        }
        return get(user, id);
    }

    /** Cancels a hearing with a reason; its slots are freed. */
    public HearingView cancel(CurrentUser user, long id, CancelRequest request) {
        CancelRequest r = request == null ? new CancelRequest(null, null) : request;
        HearingRow h = mapper.hearing(id).orElseThrow(() -> new NotFoundException("开庭", id));
        HearingCase c = actable(user, h.caseId());
        List<FieldProblem> problems = new ArrayList<>();
        if (r.version() == null) {
            problems.add(new FieldProblem("version", "NotNull", "缺少版本号，请刷新后重试"));
        }
        String reason = HearingFields.text("reason", "取消原因", r.reason(), 500, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireScheduled(h, c);
        tx.executeWithoutResult(status -> {
            if (mapper.cancel(id, r.version(), reason) == 0) {
                throw ConflictException.concurrentEdit("开庭安排");
            }
            mapper.freeSlots(id);
            mapper.lapsePostponements(id, "开庭已取消：" + reason, user.username(), clock.instant());
            if (h.caseHearingId() != null) {
                cases.hearingCancelled(c.id(), h.caseHearingId(), reason, user.username());
            }
        });
        return get(user, id);
    }

    public HearingView get(CurrentUser user, long id) {
        HearingRow h = mapper.hearing(id).orElseThrow(() -> new NotFoundException("开庭", id));
        cases.forHearing(user, h.caseId());
        return view(h);
    }

    public List<HearingView> ofCase(CurrentUser user, long caseId) {
        cases.forHearing(user, caseId);
        return mapper.hearingsOfCase(caseId).stream().map(this::view).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The case if the user may schedule its hearings: 404 if he may not see it, 403 if he sees it but may not act. */
    HearingCase actable(CurrentUser user, long caseId) {
        HearingCase c = cases.forHearing(user, caseId);
        if (!cases.maySchedule(user, c)) {
            throw new ForbiddenException("HEARING_SCHEDULE", "只有本仲裁委员会的书记员和本案仲裁庭的仲裁员可以安排开庭");
        }
        return c;
    }

    RoomRow roomOf(HearingCase c, long roomId) {
        return mapper.room(roomId)
                .filter(room -> room.officeCode().equals(c.officeCode()))
                .orElseThrow(() -> new NotFoundException("审理室", roomId));
    }

    HearingRules.Proposal proposal(HearingCase c, RoomRow room, Instant start, Instant end, String clerk) {
        return new HearingRules.Proposal(
                c, room, mapper.closures(List.of(room.id())), start, end, clerk, names.nameOf(clerk));
    }

    /** The committee's hearing clerks (active staff with the role), by user name. */
    List<Colleague> clerksOf(String officeCode) {
        return directory.colleagues(List.of("office:" + officeCode + ":" + Role.HEARING_CLERK.groupName()), null);
    }

    private String chooseClerk(
            HearingCase c,
            String given,
            RoomRow room,
            Instant start,
            Instant end,
            HearingRules rules,
            LocalDate today) {
        List<Colleague> clerks = clerksOf(c.officeCode());
        if (!HearingFields.blank(given)) {
            String name = given.strip();
            if (clerks.stream().noneMatch(k -> k.username().equals(name))) {
                throw new InvalidInputException("clerk", "NotClerk", "「" + name + "」不是本仲裁委员会的书记员");
            }
            return name;
        }
        if (clerks.isEmpty()) {
            throw new InvalidInputException("clerk", "NoClerk", "本仲裁委员会没有书记员，请先在人员管理中设置");
        }
        var unavailable =
                mapper.unavailability(clerks.stream().map(Colleague::username).toList(), start, end);
        var taken = mapper.takenSlots(
                List.of(), clerks.stream().map(Colleague::username).toList(), start, end);
        for (Colleague k : clerks) {
            boolean away = unavailable.stream().anyMatch(u -> u.username().equals(k.username()));
            boolean busy = taken.stream().anyMatch(s -> s.resourceId().equals(k.username()));
            if (!away && !busy) {
                return k.username();
            }
        }
        throw new InvalidInputException("clerk", "NoClerkFree", "该时段本仲裁委员会的书记员均不能出庭，请另选时间");
    }

    private void check(HearingRules rules, HearingRules.Proposal p, LocalDate today, Long moving) {
        List<FieldProblem> problems = rules.problems(
                p, today, mapper.unavailability(List.copyOf(p.people().keySet()), p.start(), p.end()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<SlotRow> taken = mapper.takenSlots(
                List.of(String.valueOf(p.room().id())), List.copyOf(p.people().keySet()), p.start(), p.end());
        List<SlotRow> conflicts = rules.conflicts(p, taken, moving);
        if (!conflicts.isEmpty()) {
            throw conflictOf(p, conflicts);
        }
    }

    /** After the database refused the slots: who holds them now (committed by the time the insert failed). */
    private ConflictException conflict(HearingRules rules, HearingRules.Proposal p, Long moving) {
        List<SlotRow> taken = mapper.takenSlots(
                List.of(String.valueOf(p.room().id())), List.copyOf(p.people().keySet()), p.start(), p.end());
        List<SlotRow> conflicts = rules.conflicts(p, taken, moving);
        if (conflicts.isEmpty()) {
            return new ConflictException("HEARING_SLOT_TAKEN", "该时段已被他人同时预订，请刷新后重新选择");
        }
        return conflictOf(p, conflicts);
    }

    private ConflictException conflictOf(HearingRules.Proposal p, List<SlotRow> conflicts) {
        SlotRow first = conflicts.get(0);
        HearingRow other = mapper.hearing(first.hearingId()).orElseThrow();
        String who = first.resourceKind().equals("ROOM")
                ? "审理室「" + p.room().name() + "」"
                : p.people().getOrDefault(first.resourceId(), names.nameOf(first.resourceId()));
        return new ConflictException(
                "HEARING_CONFLICT",
                who + " 在该时段已有开庭：" + other.caseNumber() + "，" + HearingNotices.when(other.startsAt(), other.endsAt())
                        + "（开庭编号 " + other.id() + "）");
    }

    private static void requireScheduled(HearingRow h, HearingCase c) {
        if (!"SCHEDULED".equals(h.status())) {
            throw new ConflictException(
                    "HEARING_STATE",
                    "案件 " + c.number() + " 的该次开庭" + HearingOutcomes.statusLabel(h.status()) + "，不能再变更");
        }
    }

    private HearingView view(HearingRow h) {
        List<ParticipantRow> people = mapper.participants(h.id());
        RoomRow room = mapper.room(h.roomId()).orElseThrow();
        return new HearingView(
                h.id(),
                h.caseId(),
                h.caseNumber(),
                h.status(),
                HearingOutcomes.statusLabel(h.status()),
                room.id(),
                room.name(),
                h.startsAt(),
                h.endsAt(),
                people.stream()
                        .filter(x -> !x.role().equals("CLERK"))
                        .map(x -> new HearingView.Person(x.username(), names.nameOf(x.username()), roleLabel(x.role())))
                        .toList(),
                new HearingView.Person(h.clerk(), names.nameOf(h.clerk()), "书记员"),
                h.noticeServedBy(),
                h.noticeDocumentId(),
                h.cancelReason(),
                h.version());
    }

    static String roleLabel(String role) {
        return switch (role) {
            case "PRESIDING" -> "首席仲裁员";
            case "SOLE" -> "独任仲裁员";
            case "CLERK" -> "书记员";
            default -> "仲裁员";
        };
    }
}
