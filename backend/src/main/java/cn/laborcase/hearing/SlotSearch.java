package cn.laborcase.hearing;

import cn.laborcase.arbitration.HearingCase;
import cn.laborcase.calendar.HolidaySchedule;
import cn.laborcase.hearing.persistence.ClosureRow;
import cn.laborcase.hearing.persistence.HearingMapper;
import cn.laborcase.hearing.persistence.RoomRow;
import cn.laborcase.hearing.persistence.SlotRow;
import cn.laborcase.hearing.persistence.SlotRun;
import cn.laborcase.hearing.persistence.UnavailabilityRow;
import cn.laborcase.organization.Colleague;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The earliest free slots for a case's hearing: every room of the committee, on the grid, from the first day the
 * notice window allows to the last day the award deadline allows, each candidate checked by the same
 * {@link HearingRules} as a booking and against the taken slots loaded once for the whole range.
 */
@Service
public class SlotSearch {

    static final int MAX_RANGE_DAYS = 92;

    private final HearingBookings bookings;
    private final HearingMapper mapper;
    private final HearingSettings settings;
    private final Clock clock;

    SlotSearch(HearingBookings bookings, HearingMapper mapper, HearingSettings settings, Clock clock) {
        this.bookings = bookings;
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SlotView> search(CurrentUser user, Long caseId, Integer durationMinutes, String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        HearingFields.id("caseId", "案件", caseId, problems);
        int grid = settings.slotMinutes();
        if (durationMinutes == null) {
            problems.add(new FieldProblem("durationMinutes", "NotNull", "请填写开庭时长（分钟）"));
        } else if (durationMinutes < grid || durationMinutes > 600 || durationMinutes % grid != 0) {
            problems.add(
                    new FieldProblem("durationMinutes", "Range", "开庭时长须为" + grid + "分钟的整数倍，且在" + grid + "至600分钟之间"));
        }
        LocalDate today = BeijingTime.today(clock);
        LocalDate first = HearingFields.blank(from) ? today : HearingFields.date("from", "起始日期", from, problems);
        LocalDate last = HearingFields.blank(to)
                ? (first == null ? null : first.plusDays(31))
                : HearingFields.date("to", "截止日期", to, problems);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                problems.add(new FieldProblem("to", "Order", "截止日期不能早于起始日期"));
            } else if (first.plusDays(MAX_RANGE_DAYS).isBefore(last)) {
                problems.add(new FieldProblem("to", "Range", "查询范围不能超过" + MAX_RANGE_DAYS + "天"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        HearingCase c = bookings.actable(user, caseId);
        HearingRules rules = bookings.rules();
        if (!c.tribunalComposed() || c.suspended()) {
            throw new InvalidInputException(rules.caseProblems(c));
        }
        // the window the law leaves: after the notice window, before the award deadline's margin
        LocalDate earliest = rules.earliestHearingDay(rules.servedOn(c, today));
        if (first.isBefore(earliest)) {
            first = earliest;
        }
        LocalDate latest = rules.latestHearingDay(c);
        if (latest != null && latest.isBefore(last)) {
            last = latest;
        }
        if (last.isBefore(first)) {
            return List.of();
        }
        List<RoomRow> rooms = mapper.rooms(List.of(c.officeCode())).stream()
                .filter(RoomRow::active)
                .filter(r -> r.capacity() >= c.partyCount())
                .toList();
        if (rooms.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ClosureRow>> closures = mapper
                .closures(rooms.stream().map(RoomRow::id).toList())
                .stream()
                .collect(Collectors.groupingBy(ClosureRow::roomId));
        List<Colleague> clerks = bookings.clerksOf(c.officeCode());
        List<String> tribunal =
                c.tribunal().stream().map(HearingCase.Member::username).toList();
        List<String> people = Stream.concat(tribunal.stream(), clerks.stream().map(Colleague::username))
                .distinct()
                .toList();
        Instant rangeStart = BeijingTime.startOf(first);
        Instant rangeEnd = BeijingTime.startOf(last.plusDays(1));
        List<UnavailabilityRow> unavailable = mapper.unavailability(people, rangeStart, rangeEnd);
        Map<String, Taken> takenAt = taken(
                mapper, rooms.stream().map(r -> String.valueOf(r.id())).toList(), people, rangeStart, rangeEnd, grid);
        List<Taken> tribunalTaken = tribunal.stream()
                .map(u -> takenAt.getOrDefault("PERSON|" + u, Taken.NONE))
                .toList();
        List<Taken> clerkTaken = clerks.stream()
                .map(k -> takenAt.getOrDefault("PERSON|" + k.username(), Taken.NONE))
                .toList();
        List<Taken> roomTaken = rooms.stream()
                .map(r -> takenAt.getOrDefault("ROOM|" + r.id(), Taken.NONE))
                .toList();
        HolidaySchedule schedule = rules.calendarOf().schedule();
        Duration length = Duration.ofMinutes(durationMinutes);
        List<SlotView> found = new ArrayList<>();
        for (LocalDate day = first;
                !day.isAfter(last) && found.size() < settings.searchResults();
                day = day.plusDays(1)) {
            if (!schedule.isWorkingDay(day)) {
                continue;
            }
            for (LocalTime t = settings.workingStart();
                    !t.plus(length).isAfter(settings.workingEnd()) && found.size() < settings.searchResults();
                    t = t.plusMinutes(grid)) {
                Instant start = BeijingTime.at(day, t);
                Instant end = start.plus(length);
                // a start where a member of the tribunal sits elsewhere fails in every room: skip it whole (what
                // candidate() would find room by room); likewise a room taken at that time
                if (anyTaken(tribunalTaken, start, end, grid)) {
                    continue;
                }
                // the clerks free at that time, in their order: a clerk with a slot taken or away is passed over in
                // every room alike, and with none free no room gives a slot
                List<Colleague> freeClerks = new ArrayList<>(clerks.size());
                for (int k = 0; k < clerks.size(); k++) {
                    if (!anyTaken(List.of(clerkTaken.get(k)), start, end, grid)
                            && !away(unavailable, clerks.get(k).username(), start, end)) {
                        freeClerks.add(clerks.get(k));
                    }
                }
                if (freeClerks.isEmpty()) {
                    continue;
                }
                for (int r = 0; r < rooms.size(); r++) {
                    if (anyTaken(List.of(roomTaken.get(r)), start, end, grid)) {
                        continue;
                    }
                    RoomRow room = rooms.get(r);
                    SlotView slot = candidate(
                            c,
                            room,
                            closures.getOrDefault(room.id(), List.of()),
                            start,
                            end,
                            freeClerks,
                            rules,
                            today,
                            unavailable,
                            takenAt);
                    if (slot != null) {
                        found.add(slot);
                        break; // the earliest room for this start; the next start may offer another
                    }
                }
            }
        }
        return found;
    }

    /**
     * The taken slots of the rooms and people in the range, by resource ({@code kind|id}), one bit per grid slot: read
     * as one row per resource and hearing (first and last slot, count), since a booking writes a resource's slots of
     * a hearing on consecutive grid starts from the hearing's start (HearingRules.slots); three times fewer rows to map
     * than one per slot. Should a run not be consecutive on the grid (a gap, another grid), the slot rows are read one by
     * one instead. A slot start off the grid is never looked up, so it is not kept.
     */
    static Map<String, Taken> taken(
            HearingMapper mapper,
            List<String> rooms,
            List<String> people,
            Instant rangeStart,
            Instant rangeEnd,
            int grid) {
        long base = rangeStart.getEpochSecond();
        long step = grid * 60L;
        Map<String, Taken> taken = new HashMap<>();
        for (SlotRun run : mapper.takenRuns(rooms, people, rangeStart, rangeEnd)) {
            long first = run.firstStart().getEpochSecond() - base;
            long last = run.lastStart().getEpochSecond() - base;
            if (first % step != 0 || last % step != 0 || (last - first) / step + 1 != run.slots()) {
                taken.clear();
                for (SlotRow s : mapper.takenSlots(rooms, people, rangeStart, rangeEnd)) {
                    long t = s.slotStart().getEpochSecond() - base;
                    if (t % step == 0) {
                        taken.computeIfAbsent(resource(s), k -> new Taken(base, step))
                                .bits
                                .set((int) (t / step));
                    }
                }
                return taken;
            }
            taken.computeIfAbsent(run.resourceKind() + "|" + run.resourceId(), k -> new Taken(base, step))
                    .bits
                    .set((int) (first / step), (int) (last / step) + 1);
        }
        return taken;
    }

    /** The taken slot starts of one resource, one bit per grid slot from the range's start. */
    static final class Taken {

        static final Taken NONE = new Taken(0, 1);

        final BitSet bits = new BitSet();
        final long base;
        final long step;

        Taken(long base, long step) {
            this.base = base;
            this.step = step;
        }

        boolean contains(long epochSecond) {
            long offset = epochSecond - base;
            return offset >= 0 && offset % step == 0 && bits.get((int) (offset / step));
        }
    }

    /** Is any of these resources' slots taken between start and end (slot starts on the grid)? */
    private static boolean anyTaken(List<Taken> resources, Instant start, Instant end, int grid) {
        for (Taken slots : resources) {
            if (slots.bits.isEmpty()) {
                continue;
            }
            for (long t = start.getEpochSecond(); t < end.getEpochSecond(); t += grid * 60L) {
                if (slots.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String resource(SlotRow s) {
        return s.resourceKind() + "|" + s.resourceId();
    }

    /** The slot row's resource has that slot taken: what {@code HearingRules.key} equality decides, per resource. */
    private static boolean isTaken(Map<String, Taken> taken, SlotRow s) {
        Taken starts = taken.get(resource(s));
        return starts != null && starts.contains(s.slotStart().getEpochSecond());
    }

    private static boolean away(
            Collection<UnavailabilityRow> unavailable, String username, Instant start, Instant end) {
        for (UnavailabilityRow u : unavailable) {
            if (u.username().equals(username)
                    && u.startsAt().isBefore(end)
                    && u.endsAt().isAfter(start)) {
                return true;
            }
        }
        return false;
    }

    private SlotView candidate(
            HearingCase c,
            RoomRow room,
            List<ClosureRow> closures,
            Instant start,
            Instant end,
            List<Colleague> clerks,
            HearingRules rules,
            LocalDate today,
            Collection<UnavailabilityRow> unavailable,
            Map<String, Taken> taken) {
        for (Colleague clerk : clerks) {
            HearingRules.Proposal p =
                    new HearingRules.Proposal(c, room, closures, start, end, clerk.username(), clerk.displayName());
            List<FieldProblem> broken = rules.problems(p, today, unavailable);
            if (!broken.isEmpty()) {
                // a rule about the room or the tribunal fails for every clerk alike; a clerk's own leave only for him
                if (broken.stream().anyMatch(x -> !x.field().equals("clerk"))) {
                    return null;
                }
                continue;
            }
            boolean free = rules.slots(p, 0).stream().noneMatch(s -> isTaken(taken, s));
            if (!free) {
                if (rules.slots(new HearingRules.Proposal(c, room, closures, start, end, null, null), 0).stream()
                        .anyMatch(s -> isTaken(taken, s))) {
                    return null; // the room or the tribunal is taken: no clerk helps
                }
                continue;
            }
            return new SlotView(
                    room.id(),
                    room.name(),
                    start,
                    end,
                    c.tribunal().stream()
                            .map(m -> new HearingView.Person(m.username(), m.name(), m.roleLabel()))
                            .toList(),
                    new HearingView.Person(clerk.username(), clerk.displayName(), "书记员"));
        }
        return null;
    }
}
