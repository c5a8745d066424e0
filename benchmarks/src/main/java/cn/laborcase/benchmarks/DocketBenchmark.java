package cn.laborcase.benchmarks;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import cn.laborcase.hearing.docket.DocketConstraints;
import cn.laborcase.hearing.docket.DocketHearing;
import cn.laborcase.hearing.docket.DocketPlan;
import cn.laborcase.hearing.docket.DocketRoom;
import cn.laborcase.hearing.docket.DocketSession;
import cn.laborcase.hearing.docket.DocketSolver;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The weekly docket at scale (issue 15): 500 cases over 4 weeks, 30 rooms, 60 arbitrators, 10 clerks, 200 hearings
 * already booked and some leave, placed by the greedy earliest-deadline-first baseline and by the Timefold solver
 * (from nothing, and seeded with the greedy plan), printed side by side: time to the first feasible plan with every
 * case tried, cases placed, score. The solver's model is the application's ({@code cn.laborcase.hearing.docket}); the
 * candidates are generated here the way {@code DocketProblem} derives them from HearingRules (notice window, award
 * deadline, leave, bookings, capacity). Args: cases, weeks, time limit in seconds.
 */
public final class DocketBenchmark {

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        System.out.println("load average before: " + RegistrationBenchmark.load());
        System.out.printf(
                "docket: %d cases, %d weeks, 30 rooms, 60 arbitrators, 10 clerks, 200 booked; limit %d s; %d cores%n",
                cases, weeks, seconds, Runtime.getRuntime().availableProcessors());
        System.out.println("| method | first feasible (all tried) s | total s | placed | unplaced | score |");
        System.out.println("|---|---|---|---|---|---|");

        DocketPlan greedy = problem(cases, weeks);
        long t0 = System.nanoTime();
        DocketSolver.greedy(greedy);
        double greedySeconds = (System.nanoTime() - t0) / 1e9;
        HardMediumSoftScore greedyScore = DocketSolver.score(greedy);
        row("greedy earliest-deadline-first (baseline)", greedySeconds, greedySeconds, greedy, greedyScore);

        run("Timefold 1.28, from nothing", problem(cases, weeks), seconds, false);
        run("Timefold 1.28, seeded with the greedy plan", problem(cases, weeks), seconds, true);
        System.out.println("load average after: " + RegistrationBenchmark.load());
    }

    private static void run(String label, DocketPlan plan, int seconds, boolean seed) {
        if (seed) {
            DocketSolver.greedy(plan);
        }
        Solver<DocketPlan> solver = SolverFactory.<DocketPlan>create(new SolverConfig()
                        .withSolutionClass(DocketPlan.class)
                        .withEntityClasses(DocketHearing.class)
                        .withConstraintProviderClass(DocketConstraints.class)
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds))))
                .buildSolver();
        long start = System.nanoTime();
        AtomicLong feasible = new AtomicLong(-1);
        solver.addEventListener(e -> {
            HardMediumSoftScore s = (HardMediumSoftScore) e.getNewBestScore();
            if (feasible.get() < 0 && s.isFeasible()) {
                feasible.set(System.nanoTime() - start);
            }
        });
        DocketPlan solved = solver.solve(plan);
        double total = (System.nanoTime() - start) / 1e9;
        row(label, feasible.get() < 0 ? Double.NaN : feasible.get() / 1e9, total, solved, solved.getScore());
    }

    private static void row(String label, double feasible, double total, DocketPlan plan, HardMediumSoftScore score) {
        System.out.printf(
                "| %s | %.1f | %.1f | %d | %d | %s |%n",
                label, feasible, total, plan.placed(), plan.getHearings().size() - plan.placed(), score);
    }

    /** The same data for every method (fixed seed). */
    static DocketPlan problem(int caseCount, int weeks) {
        Random random = new Random(15);
        LocalDate from = LocalDate.of(2026, 11, 16); // a Monday
        List<DocketSession> sessions = new ArrayList<>();
        int dayIndex = 0;
        for (LocalDate day = from; day.isBefore(from.plusWeeks(weeks)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int slot = 0; slot < 4; slot++) {
                Instant start = day.atTime(8, 30).plusHours(2L * slot).toInstant(ZoneOffset.ofHours(8));
                sessions.add(new DocketSession(
                        sessions.size(), day, dayIndex, slot, start, start.plus(Duration.ofHours(2)), 10));
            }
            dayIndex++;
        }
        int n = sessions.size();
        // 200 hearings booked already: a room, a clerk and the arbitrators of each taken in a random session
        BitSet[] roomClosed = new BitSet[30];
        for (int r = 0; r < 30; r++) {
            roomClosed[r] = new BitSet();
        }
        BitSet[] busy = new BitSet[60];
        for (int a = 0; a < 60; a++) {
            busy[a] = new BitSet();
            // leave: one arbitrator in six is away a whole random week
            if (a % 6 == 0) {
                int week = random.nextInt(weeks);
                busy[a].set(week * 20, Math.min(n, week * 20 + 20));
            }
        }
        int[] clerksBusy = new int[n];
        for (int booked = 0; booked < 200; booked++) {
            int s = random.nextInt(n);
            int r = random.nextInt(30);
            int a = random.nextInt(60);
            if (roomClosed[r].get(s) || busy[a].get(s) || clerksBusy[s] >= 9) {
                continue;
            }
            roomClosed[r].set(s);
            busy[a].set(s);
            clerksBusy[s]++;
        }
        for (int i = 0; i < n; i++) {
            DocketSession s = sessions.get(i);
            sessions.set(
                    i,
                    new DocketSession(
                            s.index(), s.day(), s.dayIndex(), s.slot(), s.start(), s.end(), 10 - clerksBusy[i]));
        }
        List<DocketRoom> rooms = new ArrayList<>();
        for (int r = 0; r < 30; r++) {
            rooms.add(new DocketRoom(r, "第" + (r + 1) + "仲裁庭", r % 3 == 0 ? 6 : (r % 3 == 1 ? 12 : 20), roomClosed[r]));
        }
        List<DocketHearing> hearings = new ArrayList<>();
        for (int c = 0; c < caseCount; c++) {
            boolean three = random.nextInt(3) == 0;
            List<String> tribunal = new ArrayList<>();
            Set<Integer> members = new LinkedHashSet<>();
            while (members.size() < (three ? 3 : 1)) {
                members.add(random.nextInt(60));
            }
            members.forEach(a -> tribunal.add("arb" + a));
            int parties = 2 + random.nextInt(three ? 12 : 6);
            Set<Long> fitting = new LinkedHashSet<>();
            rooms.stream().filter(r -> r.capacity() >= parties).forEach(r -> fitting.add(r.id()));
            // award deadline 10–60 days after the horizon's start; last hearing day = deadline − 5 (法 §43)
            LocalDate due = from.plusDays(10 + random.nextInt(51));
            BitSet allowed = new BitSet();
            for (DocketSession s : sessions) {
                boolean free = members.stream().noneMatch(a -> busy[a].get(s.index()));
                if (!s.day().isAfter(due.minusDays(5)) && free) {
                    allowed.set(s.index());
                }
            }
            int urgency = (int) Math.max(1, 100 - Math.min(99, java.time.temporal.ChronoUnit.DAYS.between(from, due)));
            hearings.add(new DocketHearing(c + 1, "〔2026〕第" + (c + 1) + "号", due, urgency, tribunal, fitting, allowed));
        }
        return new DocketPlan(rooms, sessions, hearings);
    }
}
