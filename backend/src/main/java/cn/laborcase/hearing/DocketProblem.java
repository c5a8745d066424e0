package cn.laborcase.hearing;

import cn.laborcase.arbitration.HearingCase;
import cn.laborcase.calendar.HolidaySchedule;
import cn.laborcase.hearing.docket.DocketHearing;
import cn.laborcase.hearing.docket.DocketPlan;
import cn.laborcase.hearing.docket.DocketRoom;
import cn.laborcase.hearing.docket.DocketSession;
import cn.laborcase.hearing.persistence.ClosureRow;
import cn.laborcase.hearing.persistence.RoomRow;
import cn.laborcase.hearing.persistence.SlotRow;
import cn.laborcase.hearing.persistence.UnavailabilityRow;
import cn.laborcase.organization.Colleague;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A docket problem built from the loaded cases, rooms, people and bookings: every candidate (case × session, room ×
 * session) is filtered by the one checker {@link HearingRules}, so the solver only decides among what a booking would
 * accept; and the check of a solved plan by the same rules and the taken slots. Pure: the caller loads everything.
 */
final class DocketProblem {

    /** A hearing of the plan as the booking API would receive it. */
    record Placed(HearingCase hearingCase, RoomRow room, Instant start, Instant end, Colleague clerk) {}

    private final HearingRules rules;
    private final LocalDate today;
    private final Map<Long, HearingCase> cases = new LinkedHashMap<>();
    private final Map<Long, RoomRow> rooms = new LinkedHashMap<>();
    private final Map<Long, List<ClosureRow>> closures;
    private final Map<String, Colleague> clerks = new LinkedHashMap<>();
    private final List<UnavailabilityRow> unavailable;
    private final Set<String> taken = new HashSet<>();
    private final Map<Long, String> reasons = new LinkedHashMap<>();
    private final Map<Integer, List<String>> freeClerks = new HashMap<>();
    private final DocketPlan plan;

    DocketProblem(
            HearingRules rules,
            HearingSettings settings,
            LocalDate today,
            LocalDate from,
            int weeks,
            int durationMinutes,
            List<HearingCase> caseList,
            List<RoomRow> roomList,
            Map<Long, List<ClosureRow>> closures,
            List<Colleague> clerkList,
            List<UnavailabilityRow> unavailable,
            Collection<SlotRow> takenSlots) {
        this.rules = rules;
        this.today = today;
        this.closures = closures;
        this.unavailable = unavailable;
        caseList.forEach(c -> cases.put(c.id(), c));
        roomList.stream().filter(RoomRow::active).forEach(r -> rooms.put(r.id(), r));
        clerkList.forEach(k -> clerks.put(k.username(), k));
        takenSlots.forEach(s -> taken.add(HearingRules.key(s)));
        HolidaySchedule schedule = rules.calendarOf().schedule();
        Duration length = Duration.ofMinutes(durationMinutes);

        // the sessions: the working days of the horizon, back to back from the start of the working day
        List<DocketSession> sessions = new ArrayList<>();
        int dayIndex = 0;
        for (LocalDate day = from; day.isBefore(from.plusWeeks(weeks)); day = day.plusDays(1)) {
            if (!schedule.isWorkingDay(day)) {
                continue;
            }
            int slot = 0;
            for (LocalTime t = settings.workingStart();
                    !t.plus(length).isAfter(settings.workingEnd());
                    t = t.plus(length)) {
                Instant start = BeijingTime.at(day, t);
                Instant end = start.plus(length);
                List<String> free = new ArrayList<>();
                for (Colleague k : clerkList) {
                    if (personFree(k.username(), start, end)) {
                        free.add(k.username());
                    }
                }
                freeClerks.put(sessions.size(), free);
                sessions.add(new DocketSession(sessions.size(), day, dayIndex, slot++, start, end, free.size()));
            }
            dayIndex++;
        }

        // the rooms: a session is closed when the rules refuse it (hours, closures) or the room is booked
        List<DocketRoom> docketRooms = new ArrayList<>();
        HearingCase any = caseList.isEmpty() ? null : caseList.get(0);
        for (RoomRow room : rooms.values()) {
            BitSet closed = new BitSet();
            for (DocketSession s : sessions) {
                boolean refused = any != null
                        && rules.problems(proposal(any, room, s.start(), s.end(), null), today, List.of()).stream()
                                .anyMatch(p -> Set.of("OpeningHours", "OutOfService", "Inactive")
                                        .contains(p.code()));
                if (refused || !resourceFree("ROOM", String.valueOf(room.id()), s.start(), s.end())) {
                    closed.set(s.index());
                }
            }
            docketRooms.add(new DocketRoom(room.id(), room.name(), room.capacity(), closed));
        }

        // the cases: the sessions the rules allow (notice window, award deadline, the tribunal free), the rooms that
        // fit
        List<DocketHearing> hearings = new ArrayList<>();
        for (HearingCase c : caseList) {
            List<FieldProblem> caseProblems = rules.caseProblems(c);
            if (!caseProblems.isEmpty()) {
                reasons.put(c.id(), message(caseProblems));
                continue;
            }
            Set<Long> fitting = new LinkedHashSet<>();
            rooms.values().stream().filter(r -> r.capacity() >= c.partyCount()).forEach(r -> fitting.add(r.id()));
            if (fitting.isEmpty()) {
                reasons.put(c.id(), "没有可容纳本案当事人及代理人 " + c.partyCount() + " 人的审理室");
                continue;
            }
            RoomRow someRoom = rooms.get(fitting.iterator().next());
            BitSet allowed = new BitSet();
            List<FieldProblem> firstRefusal = null;
            for (DocketSession s : sessions) {
                List<FieldProblem> problems =
                        rules.problems(proposal(c, someRoom, s.start(), s.end(), null), today, unavailable).stream()
                                .filter(p -> !Set.of("OpeningHours", "OutOfService", "Inactive", "Capacity")
                                        .contains(p.code()))
                                .toList();
                boolean tribunalFree =
                        c.tribunal().stream().allMatch(m -> resourceFree("PERSON", m.username(), s.start(), s.end()));
                if (problems.isEmpty() && tribunalFree) {
                    allowed.set(s.index());
                } else if (firstRefusal == null && !problems.isEmpty()) {
                    firstRefusal = problems;
                }
            }
            if (allowed.isEmpty()) {
                reasons.put(c.id(), firstRefusal != null ? message(firstRefusal) : "所选期间内仲裁庭组成人员均已排满，没有共同空闲的时段");
                continue;
            }
            long slack = c.awardDueDate() == null ? 365 : ChronoUnit.DAYS.between(from, c.awardDueDate());
            int urgency = (int) Math.max(1, 100 - Math.min(99, slack));
            hearings.add(new DocketHearing(
                    c.id(),
                    c.number(),
                    c.awardDueDate(),
                    urgency,
                    c.tribunal().stream().map(HearingCase.Member::username).toList(),
                    fitting,
                    allowed));
        }
        this.plan = new DocketPlan(docketRooms, sessions, hearings);
    }

    DocketPlan plan() {
        return plan;
    }

    Map<Long, String> reasons() {
        return reasons;
    }

    Map<Integer, List<String>> freeClerks() {
        return freeClerks;
    }

    HearingCase hearingCase(long id) {
        return cases.get(id);
    }

    /** The placed hearings with their clerks; a placed case that got no clerk is left out. */
    List<Placed> placed(DocketPlan solved, Map<Long, String> clerkOf) {
        List<Placed> result = new ArrayList<>();
        for (DocketHearing h : solved.getHearings()) {
            if (h.placed() && clerkOf.containsKey(h.getCaseId())) {
                result.add(new Placed(
                        cases.get(h.getCaseId()),
                        rooms.get(h.getRoom().id()),
                        h.getSession().start(),
                        h.getSession().end(),
                        clerks.get(clerkOf.get(h.getCaseId()))));
            }
        }
        return result;
    }

    /**
     * What the booking API would refuse in the plan, case by case: every rule {@link HearingRules} names, and every
     * slot already taken — by the bookings loaded or by an earlier hearing of the same plan. Empty = no hard violation.
     */
    Map<Long, List<String>> violations(List<Placed> placed) {
        Map<Long, List<String>> violations = new LinkedHashMap<>();
        Set<String> planned = new HashSet<>();
        for (Placed p : placed) {
            HearingRules.Proposal proposal = proposal(p.hearingCase(), p.room(), p.start(), p.end(), p.clerk());
            List<String> broken = new ArrayList<>();
            rules.problems(proposal, today, unavailable).forEach(x -> broken.add(x.message()));
            for (SlotRow s : rules.slots(proposal, 0)) {
                String key = HearingRules.key(s);
                if (taken.contains(key) || !planned.add(key)) {
                    broken.add("时段已被占用：" + s.resourceId() + " " + HearingRules.describe(s.slotStart()));
                }
            }
            if (!broken.isEmpty()) {
                violations.put(p.hearingCase().id(), broken);
            }
        }
        return violations;
    }

    private HearingRules.Proposal proposal(HearingCase c, RoomRow room, Instant start, Instant end, Colleague clerk) {
        return new HearingRules.Proposal(
                c,
                room,
                closures.getOrDefault(room.id(), List.of()),
                start,
                end,
                clerk == null ? null : clerk.username(),
                clerk == null ? null : clerk.displayName());
    }

    private boolean personFree(String username, Instant start, Instant end) {
        for (UnavailabilityRow u : unavailable) {
            if (u.username().equals(username)
                    && u.startsAt().isBefore(end)
                    && u.endsAt().isAfter(start)) {
                return false;
            }
        }
        return resourceFree("PERSON", username, start, end);
    }

    private boolean resourceFree(String kind, String id, Instant start, Instant end) {
        int grid = rules.slotMinutes();
        for (Instant t = start; t.isBefore(end); t = t.plus(Duration.ofMinutes(grid))) {
            if (taken.contains(kind + "|" + id + "|" + t.getEpochSecond())) {
                return false;
            }
        }
        return true;
    }

    private static String message(List<FieldProblem> problems) {
        return String.join(
                "；", problems.stream().map(FieldProblem::message).distinct().toList());
    }
}
