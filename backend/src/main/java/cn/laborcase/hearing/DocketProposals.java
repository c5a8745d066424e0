package cn.laborcase.hearing;

import cn.laborcase.arbitration.HearingCase;
import cn.laborcase.arbitration.HearingCases;
import cn.laborcase.hearing.docket.DocketPlan;
import cn.laborcase.hearing.docket.DocketSolver;
import cn.laborcase.hearing.persistence.ClosureRow;
import cn.laborcase.hearing.persistence.HearingMapper;
import cn.laborcase.hearing.persistence.RoomRow;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's weekly docket (issue 15): a proposed schedule for selected cases over the coming weeks from the
 * constraint solver, checked by {@link HearingRules} before it is shown, and its confirmation through the ordinary
 * race-safe booking, case by case.
 */
@Service
public class DocketProposals {

    static final int MAX_CASES = 600;

    private final HearingBookings bookings;
    private final HearingCases cases;
    private final HearingMapper mapper;
    private final HearingSettings settings;
    private final Clock clock;
    private final Duration timeLimit;

    DocketProposals(
            HearingBookings bookings,
            HearingCases cases,
            HearingMapper mapper,
            HearingSettings settings,
            Clock clock,
            @Value("${laborcase.hearing.docket-seconds:10}") int docketSeconds) {
        this.bookings = bookings;
        this.cases = cases;
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
        this.timeLimit = Duration.ofSeconds(Math.max(1, docketSeconds));
    }

    /** May the user open the docket page: a hearing clerk or an arbitrator (each case is checked again). */
    public static boolean mayOpen(CurrentUser user) {
        return user.has(Role.HEARING_CLERK) || user.has(Role.ARBITRATOR);
    }

    /**
     * The docket page's list: the cases of the user's committee waiting for a hearing that he may schedule (a hearing
     * clerk: all of them; an arbitrator: his tribunals'), the earliest award deadline first; 403 for anyone else.
     */
    @Transactional(readOnly = true)
    public List<DocketCaseView> awaiting(CurrentUser user) {
        if (!mayOpen(user)) {
            throw new ForbiddenException("HEARING_DOCKET", "周排期建议只对本仲裁委员会的书记员和仲裁员开放");
        }
        List<DocketCaseView> list = new ArrayList<>();
        for (var item : cases.awaitingHearing(user)) {
            HearingCase c = cases.forHearing(user, item.id());
            if (!c.officeCode().equals(user.officeCode()) || !cases.maySchedule(user, c)) {
                continue;
            }
            list.add(new DocketCaseView(
                    c.id(),
                    c.number(),
                    c.parties().stream()
                            .filter(p -> !p.roleLabel().equals("委托代理人"))
                            .map(p -> p.roleLabel() + " " + p.name())
                            .collect(Collectors.joining("；")),
                    c.tribunal().stream()
                            .map(m -> m.name() + "（" + m.roleLabel() + "）")
                            .collect(Collectors.joining("、")),
                    c.awardDueDate()));
        }
        return list;
    }

    public DocketProposalView propose(CurrentUser user, DocketProposalRequest request) {
        DocketProposalRequest r = request == null ? new DocketProposalRequest(null, null, null, null, null) : request;
        List<FieldProblem> problems = new ArrayList<>();
        if (r.caseIds() == null || r.caseIds().isEmpty()) {
            problems.add(new FieldProblem("caseIds", "NotEmpty", "请选择待排期的案件"));
        } else if (r.caseIds().size() > MAX_CASES || r.caseIds().stream().anyMatch(id -> id == null || id < 1)) {
            problems.add(new FieldProblem("caseIds", "Size", "一次最多为 " + MAX_CASES + " 件案件排期，且不能有空项或不存在的案件"));
        }
        LocalDate today = BeijingTime.today(clock);
        LocalDate from = HearingFields.blank(r.from()) ? today : HearingFields.date("from", "起始日期", r.from(), problems);
        int weeks = r.weeks() == null ? 1 : r.weeks();
        if (weeks < 1 || weeks > 8) {
            problems.add(new FieldProblem("weeks", "Range", "排期周数须在 1 至 8 周之间"));
        }
        int grid = settings.slotMinutes();
        int duration = r.durationMinutes() == null ? 120 : r.durationMinutes();
        if (duration < grid || duration > 480 || duration % grid != 0) {
            problems.add(
                    new FieldProblem("durationMinutes", "Range", "开庭时长须为" + grid + "分钟的整数倍，且在" + grid + "至480分钟之间"));
        }
        if (r.seconds() != null && (r.seconds() < 1 || r.seconds() > timeLimit.toSeconds())) {
            problems.add(new FieldProblem("seconds", "Range", "计算时间须在 1 至 " + timeLimit.toSeconds() + " 秒之间"));
        }
        if (from != null && from.isBefore(today)) {
            problems.add(new FieldProblem("from", "Past", "起始日期不能早于今天"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // every case: the user may schedule it (404/403 as for a booking), all of one committee
        List<HearingCase> cases = new ArrayList<>();
        List<DocketProposalView.Unplaced> unplaced = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(r.caseIds())) {
            HearingCase c = bookings.actable(user, id);
            if (!cases.isEmpty() && !cases.get(0).officeCode().equals(c.officeCode())) {
                throw new InvalidInputException("caseIds", "Office", "所选案件须属于同一仲裁委员会");
            }
            if (mapper.hearingsOfCase(c.id()).stream().anyMatch(h -> "SCHEDULED".equals(h.status()))) {
                unplaced.add(new DocketProposalView.Unplaced(c.id(), c.number(), "已安排开庭，如需改期请使用「变更开庭」"));
            } else {
                cases.add(c);
            }
        }
        LocalDate to = from.plusWeeks(weeks).minusDays(1);
        if (cases.isEmpty()) {
            return new DocketProposalView(from, to, duration, List.of(), unplaced, null, null, 0, 0);
        }
        String office = cases.get(0).officeCode();
        List<RoomRow> rooms = mapper.rooms(List.of(office));
        Map<Long, List<ClosureRow>> closures = rooms.isEmpty()
                ? Map.of()
                : mapper.closures(rooms.stream().map(RoomRow::id).toList()).stream()
                        .collect(Collectors.groupingBy(ClosureRow::roomId));
        List<Colleague> clerks = bookings.clerksOf(office);
        List<String> people = Stream.concat(
                        cases.stream().flatMap(c -> c.tribunal().stream().map(HearingCase.Member::username)),
                        clerks.stream().map(Colleague::username))
                .distinct()
                .toList();
        Instant rangeStart = BeijingTime.startOf(from);
        Instant rangeEnd = BeijingTime.startOf(to.plusDays(1));
        HearingRules rules = bookings.rules();
        DocketProblem problem = new DocketProblem(
                rules,
                settings,
                today,
                from,
                weeks,
                duration,
                cases,
                rooms,
                closures,
                clerks,
                mapper.unavailability(people, rangeStart, rangeEnd),
                mapper.takenSlots(
                        rooms.stream().map(x -> String.valueOf(x.id())).toList(), people, rangeStart, rangeEnd));

        DocketPlan plan = problem.plan();
        DocketSolver.greedy(plan);
        String baselineScore = DocketSolver.score(plan).toString();
        int baselinePlaced = (int) plan.placed();
        long started = System.nanoTime();
        // the solver starts from the greedy plan, so it never proposes less than the baseline
        DocketPlan solved =
                DocketSolver.solve(plan, r.seconds() == null ? timeLimit : Duration.ofSeconds(r.seconds()), false);
        long millis = (System.nanoTime() - started) / 1_000_000;

        var placed = problem.placed(solved, DocketSolver.assignClerks(solved, problem.freeClerks()));
        Map<Long, List<String>> violations = problem.violations(placed);
        Set<Long> proposed = new LinkedHashSet<>();
        List<DocketProposalView.Item> items = new ArrayList<>();
        for (DocketProblem.Placed p : placed) {
            if (violations.containsKey(p.hearingCase().id())) {
                continue; // never propose what the booking would refuse (none expected: DocketProblemTest)
            }
            proposed.add(p.hearingCase().id());
            items.add(new DocketProposalView.Item(
                    p.hearingCase().id(),
                    p.hearingCase().number(),
                    p.hearingCase().awardDueDate(),
                    p.room().id(),
                    p.room().name(),
                    p.start(),
                    p.end(),
                    p.hearingCase().tribunal().stream()
                            .map(m -> new HearingView.Person(m.username(), m.name(), m.roleLabel()))
                            .toList(),
                    new HearingView.Person(p.clerk().username(), p.clerk().displayName(), "书记员")));
        }
        for (HearingCase c : cases) {
            if (!proposed.contains(c.id())) {
                String reason = problem.reasons().get(c.id());
                if (reason == null && violations.containsKey(c.id())) {
                    reason = String.join("；", violations.get(c.id()));
                }
                unplaced.add(new DocketProposalView.Unplaced(
                        c.id(), c.number(), reason != null ? reason : "所选期间内没有审理室、仲裁庭组成人员和书记员同时空闲的时段（已排满），请扩大周数或改日排期"));
            }
        }
        return new DocketProposalView(
                from,
                to,
                duration,
                items,
                unplaced,
                solved.getScore().toString(),
                baselineScore,
                baselinePlaced,
                millis);
    }

    /** Books every hearing of the proposal through the ordinary booking; one refused does not stop the others. */
    public DocketConfirmation confirm(CurrentUser user, DocketConfirmRequest request) {
        if (request == null || request.hearings() == null || request.hearings().isEmpty()) {
            throw new InvalidInputException("hearings", "NotEmpty", "方案中没有要确认的开庭");
        }
        if (request.hearings().size() > MAX_CASES) {
            throw new InvalidInputException("hearings", "Size", "一次最多确认 " + MAX_CASES + " 个开庭");
        }
        List<DocketConfirmation.Result> results = new ArrayList<>();
        int booked = 0;
        for (BookHearingRequest item : request.hearings()) {
            Long caseId = item == null ? null : item.caseId();
            try {
                HearingView h = bookings.book(user, item);
                results.add(new DocketConfirmation.Result(caseId, 201, h.id(), h.noticeDocumentId(), null, null));
                booked++;
            } catch (ConflictException e) {
                results.add(new DocketConfirmation.Result(caseId, 409, null, null, e.code(), e.getMessage()));
            } catch (InvalidInputException e) {
                results.add(new DocketConfirmation.Result(
                        caseId,
                        400,
                        null,
                        null,
                        e.code(),
                        String.join(
                                "；",
                                e.problems().stream().map(FieldProblem::message).toList())));
            } catch (NotFoundException e) {
                results.add(new DocketConfirmation.Result(caseId, 404, null, null, e.code(), e.getMessage()));
            } catch (ForbiddenException e) {
                results.add(new DocketConfirmation.Result(caseId, 403, null, null, e.code(), e.getMessage()));
            } catch (DomainException e) {
                results.add(new DocketConfirmation.Result(caseId, 409, null, null, e.code(), e.getMessage()));
            }
        }
        return new DocketConfirmation(booked, results);
    }
}
