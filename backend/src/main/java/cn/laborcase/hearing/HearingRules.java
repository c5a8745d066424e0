package cn.laborcase.hearing;

import cn.laborcase.arbitration.HearingCase;
import cn.laborcase.calendar.HolidaySchedule;
import cn.laborcase.calendar.PeriodCalculator;
import cn.laborcase.hearing.persistence.ClosureRow;
import cn.laborcase.hearing.persistence.RoomRow;
import cn.laborcase.hearing.persistence.SlotRow;
import cn.laborcase.hearing.persistence.UnavailabilityRow;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one checker of a proposed hearing, used by the booking and by the slot search (and, later, by the docket
 * solver): each broken rule as a problem naming it (400), and the taken slots it would collide with (409). Pure: the
 * caller loads the case, the room, the people's unavailability, the calendar and the taken slots.
 */
final class HearingRules {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final HearingSettings settings;
    private final PeriodCalculator calendar;
    private final HolidaySchedule schedule;

    HearingRules(HearingSettings settings, PeriodCalculator calendar) {
        this.settings = settings;
        this.calendar = calendar;
        this.schedule = calendar.schedule();
    }

    /** A hearing as proposed: the case, room, time, the tribunal from the case and the clerk (书记员). */
    record Proposal(
            HearingCase hearingCase,
            RoomRow room,
            List<ClosureRow> closures,
            Instant start,
            Instant end,
            String clerk,
            String clerkName) {

        /** User name → the role and name a message uses: 首席仲裁员 周正, 书记员 刘洋. */
        Map<String, String> people() {
            Map<String, String> people = new LinkedHashMap<>();
            hearingCase.tribunal().forEach(m -> people.put(m.username(), m.roleLabel() + " " + m.name()));
            if (clerk != null) {
                people.put(clerk, "书记员 " + clerkName);
            }
            return people;
        }
    }

    int slotMinutes() {
        return settings.slotMinutes();
    }

    PeriodCalculator calendarOf() {
        return calendar;
    }

    /** How the notice usually reaches one party: the method and its delay in calendar days (configuration). */
    record Service(HearingCase.Party party, String method, int delayDays) {

        String describe() {
            String how = HearingSettings.labelOf(method);
            return party == null ? how : party.roleLabel() + " " + party.name() + "，" + how;
        }
    }

    /**
     * The party the notice reaches last, who governs the notice window (法 §35: served on every party): e-mail delay for
     * a party with a consented address, the configured method's for the others; a case without parties: the default.
     */
    Service slowestService(HearingCase c) {
        Service slowest = null;
        for (HearingCase.Party party : c.parties()) {
            String method = settings.methodFor(party.servedByEmail());
            Service s = new Service(party, method, settings.delayOf(method));
            if (slowest == null || s.delayDays() > slowest.delayDays()) {
                slowest = s;
            }
        }
        if (slowest == null) {
            String method = settings.methodFor(false);
            slowest = new Service(null, method, settings.delayOf(method));
        }
        return slowest;
    }

    /** The day the notice has usually reached every party of {@code c} when booked on {@code bookingDay}. */
    LocalDate servedOn(HearingCase c, LocalDate bookingDay) {
        return bookingDay.plusDays(slowestService(c).delayDays());
    }

    /**
     * The last day the 开庭通知书 may be served for a hearing on {@code hearingDay}: {@code noticeWorkingDays} full
     * working days must lie between service and hearing (调解仲裁法 §35: 五日前; 办案规则 §38 and 附则: working days,
     * the day of service not counted). 2026-10-12 → 2026-09-28 across the National Day block.
     */
    LocalDate servedBy(LocalDate hearingDay) {
        return calendar.workingDaysBefore(hearingDay, settings.noticeWorkingDays())
                .minusDays(1);
    }

    /** The first day a hearing may be held when the notice is served on {@code servedOn}: 09-29 → 10-13. */
    LocalDate earliestHearingDay(LocalDate servedOn) {
        LocalDate day = servedOn;
        int counted = 0;
        while (counted < settings.noticeWorkingDays()) {
            day = day.plusDays(1);
            if (schedule.isWorkingDay(day)) {
                counted++;
            }
        }
        day = day.plusDays(1);
        while (!schedule.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The last day a hearing may be held: the award deadline minus the margin (法 §43); null when there is none. */
    LocalDate latestHearingDay(HearingCase c) {
        return c.awardDueDate() == null ? null : c.awardDueDate().minusDays(settings.awardMarginDays());
    }

    /** What makes the case itself not ready for a hearing: its tribunal, its suspension. */
    List<FieldProblem> caseProblems(HearingCase c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!c.tribunalComposed()) {
            problems.add(new FieldProblem(
                    "caseId",
                    "TribunalNotComposed",
                    "案件 " + c.number() + " 当前为「" + c.statusLabel() + "」，仲裁庭尚未组成或组成人员不全，不能安排开庭（调解仲裁法第三十一条）"));
        }
        if (c.suspended()) {
            problems.add(new FieldProblem("caseId", "Suspended", "案件 " + c.number() + " 已中止审理，恢复审理后方可安排开庭"));
        }
        return problems;
    }

    /** Every rule the proposal breaks, each named in words a clerk understands, with its article. */
    List<FieldProblem> problems(Proposal p, LocalDate bookingDay, Collection<UnavailabilityRow> unavailable) {
        HearingCase c = p.hearingCase();
        List<FieldProblem> problems = caseProblems(c);
        ZonedDateTime start = p.start().atZone(BeijingTime.ZONE);
        ZonedDateTime end = p.end().atZone(BeijingTime.ZONE);
        LocalDate day = start.toLocalDate();
        long minutes = Duration.between(p.start(), p.end()).toMinutes();
        if (minutes <= 0) {
            problems.add(new FieldProblem("end", "Order", "结束时间须晚于开始时间"));
            return problems;
        }
        if (!end.toLocalDate().equals(day) && !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            problems.add(new FieldProblem("end", "SameDay", "开庭须在同一天内开始和结束"));
        }
        int grid = settings.slotMinutes();
        if (offGrid(start, grid) || offGrid(end, grid)) {
            problems.add(new FieldProblem(
                    offGrid(start, grid) ? "start" : "end",
                    "Grid",
                    "开庭的开始和结束时间须为整点或每" + grid + "分钟的时刻（如 09:00、09:30）"));
        }
        if (!schedule.isWorkingDay(day)) {
            problems.add(new FieldProblem(
                    "start",
                    "RestDay",
                    PeriodCalculator.describe(day)
                            + schedule.entry(day).map(e -> e.name()).orElse("周末") + "为休息日，不能安排开庭"));
        }
        // notice window: 调解仲裁法 §35, 办案规则 §38 and 附则
        Service slowest = slowestService(c);
        LocalDate served = bookingDay.plusDays(slowest.delayDays());
        LocalDate servedBy = servedBy(day);
        if (served.isAfter(servedBy)) {
            problems.add(new FieldProblem(
                    "start",
                    "NoticeWindow",
                    "开庭通知书应当在开庭五日前送达（调解仲裁法第三十五条；办案规则第三十八条，期间按工作日计算、送达当日不计）："
                            + day + " 开庭须于 " + servedBy + " 前送达；今日（" + bookingDay + "）安排，最晚送达的一方（"
                            + slowest.describe() + "）通常需 " + slowest.delayDays() + " 日，约于 " + served
                            + " 送达，最早可安排于 " + earliestHearingDay(served) + " 开庭"));
        }
        // award deadline: 调解仲裁法 §43
        LocalDate latest = latestHearingDay(c);
        if (latest != null && day.isAfter(latest)) {
            problems.add(new FieldProblem(
                    "start",
                    "AwardDeadline",
                    "本案裁决期限为 " + c.awardDueDate() + "（调解仲裁法第四十三条），开庭须在期限届满前至少留出 " + settings.awardMarginDays()
                            + " 日（日历日）用于合议和制作裁决书，最晚可于 " + latest + " 开庭"));
        }
        RoomRow room = p.room();
        LocalTime opens = LocalTime.of(room.opensMinute() / 60, room.opensMinute() % 60);
        LocalTime closes = room.closesMinute() >= 1440
                ? LocalTime.MAX
                : LocalTime.of(room.closesMinute() / 60, room.closesMinute() % 60);
        LocalTime from = later(opens, settings.workingStart());
        LocalTime to = earlier(closes, settings.workingEnd());
        LocalTime endTime = end.toLocalDate().equals(day) ? end.toLocalTime() : LocalTime.MAX;
        if (start.toLocalTime().isBefore(from) || endTime.isAfter(to)) {
            problems.add(new FieldProblem(
                    start.toLocalTime().isBefore(from) ? "start" : "end",
                    "OpeningHours",
                    "审理室「" + room.name() + "」开放时间为 " + opens.format(TIME) + "–" + closes.format(TIME) + "，工作时间为 "
                            + settings.workingStart().format(TIME) + "–"
                            + settings.workingEnd().format(TIME)
                            + "，开庭须在 " + from.format(TIME) + "–" + to.format(TIME) + " 之间"));
        }
        if (!room.active()) {
            problems.add(new FieldProblem("roomId", "Inactive", "审理室「" + room.name() + "」已停用"));
        }
        for (ClosureRow closure : p.closures()) {
            if (!day.isBefore(closure.fromDay()) && !day.isAfter(closure.toDay())) {
                problems.add(new FieldProblem(
                        "roomId",
                        "OutOfService",
                        "审理室「" + room.name() + "」" + closure.fromDay() + " 至 " + closure.toDay() + " 停用"
                                + (closure.reason() == null ? "" : "（" + closure.reason() + "）")));
            }
        }
        if (room.capacity() < c.partyCount()) {
            problems.add(new FieldProblem(
                    "roomId",
                    "Capacity",
                    "审理室「" + room.name() + "」可容纳 " + room.capacity() + " 人，少于本案当事人及代理人 " + c.partyCount() + " 人"));
        }
        Map<String, String> people = p.people();
        for (UnavailabilityRow u : unavailable) {
            if (people.containsKey(u.username())
                    && u.startsAt().isBefore(p.end())
                    && u.endsAt().isAfter(p.start())) {
                problems.add(new FieldProblem(
                        u.username().equals(p.clerk()) ? "clerk" : "start",
                        "Unavailable",
                        people.get(u.username()) + " 该时段不能出庭（"
                                + UnavailabilityKind.valueOf(u.kind()).label() + "，" + describe(u.startsAt()) + " 至 "
                                + describe(u.endsAt()) + "）"));
            }
        }
        return problems;
    }

    /** The slot rows the proposal needs: the room and each person, one per grid slot from start to end. */
    List<SlotRow> slots(Proposal p, long hearingId) {
        List<SlotRow> rows = new ArrayList<>();
        for (Instant t = p.start(); t.isBefore(p.end()); t = t.plus(Duration.ofMinutes(settings.slotMinutes()))) {
            rows.add(new SlotRow("ROOM", String.valueOf(p.room().id()), t, hearingId));
            for (String person : p.people().keySet()) {
                rows.add(new SlotRow("PERSON", person, t, hearingId));
            }
        }
        return rows;
    }

    /** Of the taken slots, those the proposal would need (ignoring the hearing being moved, if any). */
    List<SlotRow> conflicts(Proposal p, Collection<SlotRow> taken, Long movingHearingId) {
        java.util.Set<String> needed = new java.util.HashSet<>();
        for (SlotRow s : slots(p, 0)) {
            needed.add(key(s));
        }
        return taken.stream()
                .filter(s -> movingHearingId == null || s.hearingId() != movingHearingId)
                .filter(s -> needed.contains(key(s)))
                .toList();
    }

    static String key(SlotRow s) {
        return s.resourceKind() + "|" + s.resourceId() + "|" + s.slotStart().getEpochSecond();
    }

    private static boolean offGrid(ZonedDateTime t, int grid) {
        return t.getSecond() != 0 || t.getNano() != 0 || (t.getHour() * 60 + t.getMinute()) % grid != 0;
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime earlier(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }

    static String describe(Instant t) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(t.atZone(BeijingTime.ZONE));
    }
}
