package cn.laborcase.hearing;

import cn.laborcase.arbitration.CalendarCase;
import cn.laborcase.arbitration.HearingCases;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.hearing.persistence.HearingMapper;
import cn.laborcase.hearing.persistence.HearingRow;
import cn.laborcase.hearing.persistence.ParticipantRow;
import cn.laborcase.hearing.persistence.RoomRow;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's hearings between two moments for the calendar page (开庭排期): for its hearing clerks, its
 * arbitrators and its director, each hearing only if the user may see its case (an arbitrator: the cases of his
 * tribunals), optionally only one arbitrator's or one room's.
 */
@Service
public class HearingCalendar {

    /** A month view shows six weeks; a request for more than a quarter is refused rather than read. */
    static final Duration MAX_RANGE = Duration.ofDays(92);

    /** Ids per query (Oracle's limit on an IN list is 1,000). */
    static final int BATCH = 500;

    private final HearingMapper mapper;
    private final HearingCases cases;
    private final OrganizationDirectory directory;
    private final CaseTimeline names;

    HearingCalendar(HearingMapper mapper, HearingCases cases, OrganizationDirectory directory, CaseTimeline names) {
        this.mapper = mapper;
        this.cases = cases;
        this.directory = directory;
        this.names = names;
    }

    /** May the user open the calendar: a hearing clerk, an arbitrator or the director of a committee. */
    public static boolean mayOpen(CurrentUser user) {
        return user.has(Role.HEARING_CLERK) || user.has(Role.ARBITRATOR) || user.has(Role.COMMITTEE_DIRECTOR);
    }

    /** May the user book from the calendar (the booking itself checks the case again). */
    public static boolean mayBook(CurrentUser user) {
        return user.has(Role.HEARING_CLERK) || user.has(Role.ARBITRATOR);
    }

    @Transactional(readOnly = true)
    public CalendarFilter filter(CurrentUser user) {
        require(user);
        String office = user.officeCode();
        var arbitrators =
                directory.colleagues(List.of("office:" + office + ":" + Role.ARBITRATOR.groupName()), null).stream()
                        .map(c -> new CalendarFilter.Choice(c.username(), c.displayName()))
                        .toList();
        var rooms = mapper.rooms(List.of(office)).stream()
                .filter(RoomRow::active)
                .map(r -> new CalendarFilter.Choice(String.valueOf(r.id()), r.name()))
                .toList();
        return new CalendarFilter(user.officeName(), arbitrators, rooms);
    }

    /**
     * The scheduled hearings of the user's committee overlapping [start, end) (times with an offset, or Beijing local
     * times as FullCalendar sends them), optionally of one arbitrator (user name) or one room.
     */
    @Transactional(readOnly = true)
    public List<CalendarEventView> events(CurrentUser user, String start, String end, String arbitrator, Long roomId) {
        require(user);
        List<FieldProblem> problems = new ArrayList<>();
        Instant from = HearingFields.dayOrInstant("start", "起始时间", start, false, problems);
        Instant to = HearingFields.dayOrInstant("end", "结束时间", end, false, problems);
        if (from != null && to != null) {
            if (!to.isAfter(from)) {
                problems.add(new FieldProblem("end", "Order", "结束时间须晚于起始时间"));
            } else if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
                problems.add(new FieldProblem("end", "Range", "一次最多查看92天的开庭"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<Long, String> roomNames =
                mapper.rooms(List.of(user.officeCode())).stream().collect(Collectors.toMap(RoomRow::id, RoomRow::name));
        List<HearingRow> hearings = mapper.hearingsBetween(user.officeCode(), from, to).stream()
                .filter(h -> roomId == null || h.roomId() == roomId)
                .toList();
        // one read for the range, not one per hearing: participants, then the cases (HearingCases.forCalendar)
        Map<Long, List<ParticipantRow>> people = new HashMap<>();
        for (int i = 0; i < hearings.size(); i += BATCH) {
            List<Long> ids = hearings.subList(i, Math.min(hearings.size(), i + BATCH)).stream()
                    .map(HearingRow::id)
                    .toList();
            mapper.participantsOf(ids).forEach(p -> people.computeIfAbsent(p.hearingId(), k -> new ArrayList<>())
                    .add(p));
        }
        if (!HearingFields.blank(arbitrator)) {
            String who = arbitrator.strip();
            hearings = hearings.stream()
                    .filter(h -> people.getOrDefault(h.id(), List.of()).stream()
                            .anyMatch(p ->
                                    !p.role().equals("CLERK") && p.username().equals(who)))
                    .toList();
        }
        Map<Long, CalendarCase> visible = hearings.isEmpty()
                ? Map.of()
                : cases.forCalendar(
                        user, hearings.stream().map(HearingRow::caseId).toList());
        Map<String, String> clerks = new HashMap<>();
        List<CalendarEventView> events = new ArrayList<>();
        for (HearingRow h : hearings) {
            CalendarCase c = visible.get(h.caseId());
            if (c != null) {
                String clerk = clerks.computeIfAbsent(h.clerk(), names::nameOf);
                events.add(event(h, c, roomNames.getOrDefault(h.roomId(), ""), clerk));
            }
        }
        return events;
    }

    private static CalendarEventView event(HearingRow h, CalendarCase c, String room, String clerk) {
        String parties = c.parties().stream()
                .filter(p -> !p.roleLabel().equals("委托代理人"))
                .map(p -> p.roleLabel() + " " + p.name())
                .collect(Collectors.joining("；"));
        List<String> tribunal = c.tribunal().stream()
                .map(m -> m.name() + "（" + m.roleLabel() + "）")
                .toList();
        return new CalendarEventView(
                h.id(),
                h.caseNumber() + " · " + room,
                LocalDateTime.ofInstant(h.startsAt(), BeijingTime.ZONE),
                LocalDateTime.ofInstant(h.endsAt(), BeijingTime.ZONE),
                c.id(),
                c.number(),
                parties,
                h.roomId(),
                room,
                tribunal,
                clerk,
                h.noticeDocumentId(),
                h.version(),
                c.mayAct());
    }

    private static void require(CurrentUser user) {
        if (!mayOpen(user)) {
            throw new ForbiddenException("HEARING_CALENDAR", "开庭排期只对仲裁员、书记员和仲裁委主任开放");
        }
    }
}
