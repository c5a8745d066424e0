package cn.laborcase.hearing.docket;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Solves a docket with Timefold (time-boxed), or places it greedily (the baseline: earliest award deadline first, the
 * first free session and room), and gives the placed hearings their clerks.
 */
public final class DocketSolver {

    private static final SolverFactory<DocketPlan> FACTORY = SolverFactory.create(new SolverConfig()
            .withSolutionClass(DocketPlan.class)
            .withEntityClasses(DocketHearing.class)
            .withConstraintProviderClass(DocketConstraints.class));

    private DocketSolver() {}

    /**
     * The solver's plan within {@code limit}; {@code seed} starts it from the greedy plan (the construction heuristic
     * then only tries the cases the greedy pass left out), otherwise from nothing.
     */
    public static DocketPlan solve(DocketPlan plan, Duration limit, boolean seed) {
        if (seed) {
            greedy(plan);
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(DocketPlan.class)
                .withEntityClasses(DocketHearing.class)
                .withConstraintProviderClass(DocketConstraints.class)
                .withTerminationConfig(
                        new TerminationConfig().withSpentLimit(limit).withBestScoreLimit("0hard/0medium/0soft"));
        return SolverFactory.<DocketPlan>create(config).buildSolver().solve(plan);
    }

    /** The plan's score by the same constraints. */
    public static HardMediumSoftScore score(DocketPlan plan) {
        return SolutionManager.<DocketPlan, HardMediumSoftScore>create(FACTORY).update(plan);
    }

    /**
     * The baseline: cases by award deadline (earliest first); each takes the first session, in time order, with a
     * room that fits and is free, its arbitrators free and a clerk left.
     */
    public static DocketPlan greedy(DocketPlan plan) {
        Set<String> used = new HashSet<>();
        Map<Integer, Integer> clerksUsed = new HashMap<>();
        List<DocketHearing> order = new ArrayList<>(plan.getHearings());
        order.forEach(h -> {
            h.setRoom(null);
            h.setSession(null);
        });
        order.sort(
                Comparator.comparing(DocketHearing::getAwardDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        for (DocketHearing h : order) {
            place:
            for (DocketSession s : plan.getSessions()) {
                if (!h.allowed(s) || clerksUsed.getOrDefault(s.index(), 0) >= s.clerks()) {
                    continue;
                }
                for (String a : h.getArbitrators()) {
                    if (used.contains("P|" + a + "|" + s.index())) {
                        continue place;
                    }
                }
                for (DocketRoom r : plan.getRooms()) {
                    if (h.fitsRoom(r) && r.open(s) && !used.contains("R|" + r.id() + "|" + s.index())) {
                        h.setRoom(r);
                        h.setSession(s);
                        used.add("R|" + r.id() + "|" + s.index());
                        h.getArbitrators().forEach(a -> used.add("P|" + a + "|" + s.index()));
                        clerksUsed.merge(s.index(), 1, Integer::sum);
                        break place;
                    }
                }
            }
        }
        // unplaced entities need a room too (the room variable is not nullable): any, it does not count
        for (DocketHearing h : order) {
            if (h.getSession() == null && !plan.getRooms().isEmpty()) {
                h.setRoom(plan.getRooms().get(0));
            }
        }
        return plan;
    }

    /**
     * A clerk for each placed hearing: the one who already has the room that day if he is free, else the first free
     * one (so a clerk stays in one room and his day has the room's gaps only). {@code free} lists the clerks free in
     * each session (by index). Hearings left without a clerk are left out of the result.
     */
    public static Map<Long, String> assignClerks(DocketPlan plan, Map<Integer, List<String>> free) {
        Map<Long, String> result = new LinkedHashMap<>();
        Map<String, String> roomDay = new HashMap<>();
        Map<Integer, Set<String>> busy = new HashMap<>();
        List<DocketHearing> placed = plan.getHearings().stream()
                .filter(DocketHearing::placed)
                .sorted(Comparator.comparing((DocketHearing h) -> h.getSession().index())
                        .thenComparing(h -> h.getRoom().id()))
                .toList();
        for (DocketHearing h : placed) {
            DocketSession s = h.getSession();
            Set<String> taken = busy.computeIfAbsent(s.index(), k -> new HashSet<>());
            List<String> candidates = free.getOrDefault(s.index(), List.of());
            String key = h.getRoom().id() + "|" + s.dayIndex();
            String preferred = roomDay.get(key);
            String clerk = preferred != null && candidates.contains(preferred) && !taken.contains(preferred)
                    ? preferred
                    : candidates.stream()
                            .filter(c -> !taken.contains(c))
                            .findFirst()
                            .orElse(null);
            if (clerk != null) {
                taken.add(clerk);
                roomDay.putIfAbsent(key, clerk);
                result.put(h.getCaseId(), clerk);
            }
        }
        return result;
    }
}
