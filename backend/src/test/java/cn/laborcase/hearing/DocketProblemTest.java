package cn.laborcase.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.arbitration.HearingCase;
import cn.laborcase.calendar.HolidaySchedule;
import cn.laborcase.calendar.PeriodCalculator;
import cn.laborcase.hearing.docket.DocketPlan;
import cn.laborcase.hearing.docket.DocketSolver;
import cn.laborcase.hearing.persistence.RoomRow;
import cn.laborcase.hearing.persistence.SlotRow;
import cn.laborcase.hearing.persistence.UnavailabilityRow;
import cn.laborcase.organization.Colleague;
import cn.laborcase.shared.BeijingTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The docket solver's plan, checked by the booking's own rules ({@link HearingRules}) and slot keys. */
class DocketProblemTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 2); // a Monday
    static final LocalDate FROM = LocalDate.of(2026, 11, 16);

    final HearingSettings settings = new HearingSettings(30, null, null, 5, "POST", null, 5, 10);
    final HearingRules rules = new HearingRules(settings, new PeriodCalculator(HolidaySchedule.weekendsOnly()));

    @Test
    void solvedPlanOfTwentyCasesInThreeRoomsBreaksNoRuleOfTheBookingAndListsWhatCannotFit() {
        List<HearingCase> cases = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            // ten arbitrators, so tribunals share members; a few three-member tribunals
            List<HearingCase.Member> tribunal = i % 4 == 0
                    ? List.of(
                            member("arb" + (i % 10), "PRESIDING"),
                            member("arb" + ((i + 1) % 10), "MEMBER"),
                            member("arb" + ((i + 2) % 10), "MEMBER"))
                    : List.of(member("arb" + (i % 10), "SOLE"));
            cases.add(hearingCase(i, tribunal, 3, FROM.plusDays(20 + i)));
        }
        // the award deadline leaves no day in the horizon after the margin: cannot fit, with the reason
        cases.add(hearingCase(21, List.of(member("arb1", "SOLE")), 3, FROM.plusDays(2)));
        // more parties than any room holds
        cases.add(hearingCase(22, List.of(member("arb2", "SOLE")), 30, FROM.plusDays(40)));
        List<RoomRow> rooms = List.of(room(1, "第一仲裁庭", 20), room(2, "第二仲裁庭", 12), room(3, "调解室", 6));
        List<Colleague> clerks = List.of(clerk("clerk1"), clerk("clerk2"));
        // arb3 on leave the whole first day; room 1 booked the first morning
        List<UnavailabilityRow> leave = List.of(new UnavailabilityRow(
                1L, "arb3", BeijingTime.startOf(FROM), BeijingTime.startOf(FROM.plusDays(1)), "LEAVE", null));
        List<SlotRow> taken = new ArrayList<>();
        for (int m = 0; m < 240; m += 30) {
            taken.add(new SlotRow(
                    "ROOM", "1", BeijingTime.at(FROM, LocalTime.of(8, 30).plusMinutes(m)), 99));
        }

        DocketProblem problem =
                new DocketProblem(rules, settings, TODAY, FROM, 1, 120, cases, rooms, Map.of(), clerks, leave, taken);
        DocketPlan solved = DocketSolver.solve(problem.plan(), Duration.ofSeconds(3), false);
        var placed = problem.placed(solved, DocketSolver.assignClerks(solved, problem.freeClerks()));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(placed).hasSize(20);
        assertThat(problem.violations(placed)).isEmpty();
        assertThat(problem.reasons()).containsOnlyKeys(21L, 22L);
        assertThat(problem.reasons().get(21L)).contains("调解仲裁法第四十三条");
        assertThat(problem.reasons().get(22L)).contains("30 人");
        // the leave and the booked morning were respected
        assertThat(placed)
                .noneMatch(p -> p.room().id() == 1 && p.start().isBefore(BeijingTime.at(FROM, LocalTime.of(12, 30))))
                .noneMatch(p -> p.hearingCase().sits("arb3")
                        && BeijingTime.dateOf(p.start()).equals(FROM));

        // the greedy baseline on the same data passes the same checker
        DocketPlan greedy = DocketSolver.greedy(problem.plan());
        var greedyPlaced = problem.placed(greedy, DocketSolver.assignClerks(greedy, problem.freeClerks()));
        assertThat(problem.violations(greedyPlaced)).isEmpty();
        assertThat(DocketSolver.score(greedy).hardScore()).isZero();
    }

    @Test
    void theCheckerCatchesADoubleBookedRoomInAPlan() {
        List<HearingCase> cases = List.of(
                hearingCase(1, List.of(member("a", "SOLE")), 2, FROM.plusDays(30)),
                hearingCase(2, List.of(member("b", "SOLE")), 2, FROM.plusDays(30)));
        DocketProblem problem = new DocketProblem(
                rules,
                settings,
                TODAY,
                FROM,
                1,
                120,
                cases,
                List.of(room(1, "第一仲裁庭", 20)),
                Map.of(),
                List.of(clerk("k1"), clerk("k2")),
                List.of(),
                List.of());
        DocketPlan plan = problem.plan();
        plan.getHearings().forEach(h -> {
            h.setRoom(plan.getRooms().get(0));
            h.setSession(plan.getSessions().get(0));
        });
        var placed = problem.placed(plan, DocketSolver.assignClerks(plan, problem.freeClerks()));

        assertThat(DocketSolver.score(plan).hardScore()).isNegative();
        assertThat(problem.violations(placed)).containsOnlyKeys(2L);
    }

    static HearingCase.Member member(String username, String role) {
        return new HearingCase.Member(username, username, role, role);
    }

    static HearingCase hearingCase(long id, List<HearingCase.Member> tribunal, int parties, LocalDate due) {
        List<HearingCase.Party> p = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            p.add(new HearingCase.Party("当事人" + i, "申请人", null));
        }
        return new HearingCase(
                id,
                "A1",
                "〔2026〕第" + id + "号",
                "TRIBUNAL_COMPOSED",
                "仲裁庭已组成",
                true,
                tribunal.size() == 1 ? "SOLE" : "PANEL",
                tribunal,
                p,
                due,
                false);
    }

    static RoomRow room(long id, String name, int capacity) {
        return new RoomRow(id, "A1", name, capacity, false, false, 8 * 60, 18 * 60, true, 0);
    }

    static Colleague clerk(String username) {
        return new Colleague(username, username, "A1", "一委", "书记员");
    }
}
