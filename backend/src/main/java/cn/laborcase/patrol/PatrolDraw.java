package cn.laborcase.patrol;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * 双随机、一公开 (国办发〔2015〕58号): the month's draw of a grid — which employers are checked (random, stratified by
 * integrity grade) and which two inspectors check each (random from the grid's pool). Pure and deterministic: the
 * same seed and the same inputs give the same draw, so anyone can re-run a recorded draw and compare.
 *
 * <p>Rules, in this order:
 *
 * <ol>
 *   <li>every watch-list employer (重点监控) is drawn;
 *   <li>every employer not patrolled for its grade's maximum interval (超过最长间隔) is drawn;
 *   <li>of the other employers of each grade, {@code rate × count} are drawn by lot (the fraction decided by lot, so
 *       that a grade of 3 employers at 5 % is still drawn now and then; no grade is exempt);
 *   <li>for each drawn employer, a pair of inspectors at random from the pool, without those with a conflict of
 *       interest (回避) with that employer, and not the same pair as at its previous patrol when another pair is
 *       possible (条例 §16: two inspectors).
 * </ol>
 */
public final class PatrolDraw {

    private final PatrolDrawSettings settings;

    public PatrolDraw(PatrolDrawSettings settings) {
        this.settings = settings;
    }

    /**
     * Draws the month's plan of one grid.
     *
     * @param seed the lot's seed, recorded with the plan
     * @param month the plan's month
     * @param registry the grid's employers (any order: they are ordered by id)
     * @param pool the usernames of the grid's inspectors (any order: they are ordered by name)
     * @param conflicts declared conflicts of interest (inspector ↔ employer)
     */
    public List<DrawnItem> draw(
            long seed, YearMonth month, List<Candidate> registry, List<String> pool, Set<Conflict> conflicts) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Candidate> employers = registry.stream()
                .sorted(Comparator.comparingLong(Candidate::employerId))
                .toList();
        List<String> inspectors = pool.stream().distinct().sorted().toList();

        Map<Long, DrawReason> drawn = new java.util.LinkedHashMap<>();
        Map<String, List<Candidate>> byGrade = new TreeMap<>();
        for (Candidate c : employers) {
            if (c.watchList()) {
                drawn.put(c.employerId(), DrawReason.WATCH_LIST);
            } else if (overdue(c, month)) {
                drawn.put(c.employerId(), DrawReason.OVERDUE);
            }
            byGrade.computeIfAbsent(gradeOf(c), g -> new ArrayList<>()).add(c);
        }
        for (Map.Entry<String, List<Candidate>> grade : byGrade.entrySet()) {
            double rate = settings.rule(grade.getKey()).rate();
            double expected = rate * grade.getValue().size();
            int wanted = (int) Math.floor(expected);
            if (random.nextDouble() < expected - wanted) {
                wanted++;
            }
            List<Candidate> open = new ArrayList<>(grade.getValue().stream()
                    .filter(c -> !drawn.containsKey(c.employerId()))
                    .toList());
            // the forced ones count towards the grade's share: the lot only fills what they leave
            int forced = grade.getValue().size() - open.size();
            int lot = Math.max(0, Math.min(open.size(), wanted - forced));
            for (int i = 0; i < lot; i++) {
                int pick = i + random.nextInt(open.size() - i);
                Candidate chosen = open.get(pick);
                open.set(pick, open.get(i));
                open.set(i, chosen);
                drawn.put(chosen.employerId(), DrawReason.SAMPLED);
            }
        }

        List<DrawnItem> items = new ArrayList<>();
        for (Candidate c : employers) {
            DrawReason reason = drawn.get(c.employerId());
            if (reason != null) {
                items.add(new DrawnItem(c.employerId(), gradeOf(c), reason, pair(random, c, inspectors, conflicts)));
            }
        }
        return List.copyOf(items);
    }

    /** Is the employer past its grade's maximum interval in this month? */
    public boolean overdue(Candidate c, YearMonth month) {
        return c.since() != null
                && ChronoUnit.MONTHS.between(c.since(), month)
                        >= settings.rule(gradeOf(c)).maxIntervalMonths();
    }

    private static List<String> pair(
            SplittableRandom random, Candidate employer, List<String> inspectors, Set<Conflict> conflicts) {
        List<String> free = inspectors.stream()
                .filter(i -> !conflicts.contains(new Conflict(i, employer.employerId())))
                .toList();
        if (free.size() < 2) {
            return free;
        }
        Set<String> previous = Set.copyOf(employer.previousPair());
        List<List<String>> pairs = new ArrayList<>();
        List<List<String>> all = new ArrayList<>();
        for (int i = 0; i < free.size(); i++) {
            for (int j = i + 1; j < free.size(); j++) {
                List<String> p = List.of(free.get(i), free.get(j));
                all.add(p);
                if (!new LinkedHashSet<>(p).equals(previous)) {
                    pairs.add(p);
                }
            }
        }
        List<List<String>> choices = pairs.isEmpty() ? all : pairs;
        return choices.get(random.nextInt(choices.size()));
    }

    private static String gradeOf(Candidate c) {
        return c.grade() == null ? "B" : c.grade();
    }

    /**
     * An employer of the grid's registry as the draw needs it.
     *
     * @param since the month of its last patrol; for one never patrolled, the month the grid's patrols began (its
     *     interval runs from there)
     * @param previousPair the inspectors of its last patrol (empty if none)
     */
    public record Candidate(
            long employerId, String grade, boolean watchList, YearMonth since, List<String> previousPair) {
        public Candidate {
            previousPair = previousPair == null ? List.of() : List.copyOf(previousPair);
        }
    }

    /** A declared conflict of interest (回避): this inspector does not check this employer. */
    public record Conflict(String inspector, long employerId) {}

    /**
     * One drawn employer.
     *
     * @param inspectors the drawn pair (fewer than two only when conflicts leave fewer in the pool: the grid's leader
     *     then assigns by hand)
     */
    public record DrawnItem(long employerId, String grade, DrawReason reason, List<String> inspectors) {
        public DrawnItem {
            inspectors = List.copyOf(inspectors);
        }
    }
}
