package cn.laborcase.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.laborcase.patrol.PatrolDraw.Candidate;
import cn.laborcase.patrol.PatrolDraw.Conflict;
import cn.laborcase.patrol.PatrolDraw.DrawnItem;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatrolDrawTest {

    static final YearMonth DEC = YearMonth.of(2026, 12);
    static final List<String> POOL = List.of("wang", "li", "zhang", "zhao");

    final PatrolDraw draw = new PatrolDraw(new PatrolDrawSettings(null));

    /** 100 A, 100 B, 100 C employers, none overdue, none on the watch list. */
    static List<Candidate> registry() {
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            list.add(new Candidate(i + 1, i < 100 ? "A" : i < 200 ? "B" : "C", false, DEC, List.of()));
        }
        return list;
    }

    @Test
    void theSameSeedAndRegistryGiveTheSameDrawWhateverTheOrderOfTheInputs() {
        List<Candidate> shuffled = new ArrayList<>(registry());
        Collections.shuffle(shuffled, new java.util.Random(7));
        List<String> pool = new ArrayList<>(POOL);
        Collections.reverse(pool);

        List<DrawnItem> first = draw.draw(42L, DEC, registry(), POOL, Set.of());
        List<DrawnItem> again = draw.draw(42L, DEC, shuffled, pool, Set.of());
        List<DrawnItem> other = draw.draw(43L, DEC, registry(), POOL, Set.of());

        assertThat(first).isNotEmpty().isEqualTo(again);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void overManyDrawsEachGradesShareMatchesItsConfiguredRate() {
        Map<String, Integer> drawn = new HashMap<>();
        int seeds = 2000;
        for (long seed = 1; seed <= seeds; seed++) {
            for (DrawnItem item : draw.draw(seed, DEC, registry(), POOL, Set.of())) {
                assertThat(item.reason()).isEqualTo(DrawReason.SAMPLED);
                drawn.merge(item.grade(), 1, Integer::sum);
            }
        }
        assertThat(drawn.get("A") / (100.0 * seeds)).isCloseTo(0.05, within(0.005));
        assertThat(drawn.get("B") / (100.0 * seeds)).isCloseTo(0.10, within(0.005));
        assertThat(drawn.get("C") / (100.0 * seeds)).isCloseTo(0.25, within(0.005));
    }

    @Test
    void aGradeOfFewEmployersIsStillDrawnNowAndThen() {
        List<Candidate> three = List.of(
                new Candidate(1, "A", false, DEC, List.of()),
                new Candidate(2, "A", false, DEC, List.of()),
                new Candidate(3, "A", false, DEC, List.of()));
        long draws = 0;
        for (long seed = 1; seed <= 2000; seed++) {
            draws += draw.draw(seed, DEC, three, POOL, Set.of()).size();
        }
        // 3 × 5 % = 0.15 a month on average
        assertThat(draws / 2000.0).isCloseTo(0.15, within(0.03));
    }

    @Test
    void aWatchListEmployerIsAlwaysDrawn() {
        List<Candidate> list = new ArrayList<>(registry());
        list.set(5, new Candidate(6, "A", true, DEC, List.of()));
        for (long seed = 1; seed <= 500; seed++) {
            assertThat(draw.draw(seed, DEC, list, POOL, Set.of()))
                    .filteredOn(i -> i.employerId() == 6)
                    .singleElement()
                    .extracting(DrawnItem::reason)
                    .isEqualTo(DrawReason.WATCH_LIST);
        }
    }

    @Test
    void noEmployerIsLeftUndrawnPastItsGradesMaximumIntervalOverThirtySixMonths() {
        Map<String, Integer> maxMonths = Map.of("A", 24, "B", 12, "C", 6);
        YearMonth start = YearMonth.of(2026, 1);
        Map<Long, YearMonth> last = new HashMap<>();
        registry().forEach(c -> last.put(c.employerId(), start));
        for (int m = 0; m < 36; m++) {
            YearMonth month = start.plusMonths(m);
            List<Candidate> now = registry().stream()
                    .map(c -> new Candidate(c.employerId(), c.grade(), false, last.get(c.employerId()), List.of()))
                    .toList();
            for (DrawnItem item : draw.draw(1000L + m, month, now, POOL, Set.of())) {
                last.put(item.employerId(), month);
            }
            for (Candidate c : now) {
                assertThat(java.time.temporal.ChronoUnit.MONTHS.between(last.get(c.employerId()), month))
                        .as("employer %d (%s) in %s", c.employerId(), c.grade(), month)
                        .isLessThan(maxMonths.get(c.grade()));
            }
        }
    }

    @Test
    void anEmployerPastItsMaximumIntervalIsDrawnWithThatReason() {
        Candidate late = new Candidate(1, "A", false, DEC.minusMonths(24), List.of());
        Candidate notYet = new Candidate(2, "C", false, DEC.minusMonths(5), List.of());
        for (long seed = 1; seed <= 100; seed++) {
            List<DrawnItem> items = draw.draw(seed, DEC, List.of(late, notYet), POOL, Set.of());
            assertThat(items)
                    .filteredOn(i -> i.employerId() == 1)
                    .singleElement()
                    .extracting(DrawnItem::reason)
                    .isEqualTo(DrawReason.OVERDUE);
            assertThat(items).filteredOn(i -> i.employerId() == 2).allSatisfy(i -> assertThat(i.reason())
                    .isEqualTo(DrawReason.SAMPLED));
        }
    }

    @Test
    void thePairIsTwoInspectorsOfThePoolAndNeverThePairOfLastTime() {
        for (long seed = 1; seed <= 500; seed++) {
            Candidate watched = new Candidate(1, "B", true, DEC, List.of("li", "wang"));
            DrawnItem item =
                    draw.draw(seed, DEC, List.of(watched), POOL, Set.of()).get(0);
            assertThat(item.inspectors()).hasSize(2).doesNotHaveDuplicates().isSubsetOf(POOL);
            assertThat(Set.copyOf(item.inspectors())).isNotEqualTo(Set.of("li", "wang"));
        }
    }

    @Test
    void aPoolOfTwoGivesThePairAgainRatherThanNone() {
        Candidate watched = new Candidate(1, "B", true, DEC, List.of("li", "wang"));
        assertThat(draw.draw(1, DEC, List.of(watched), List.of("wang", "li"), Set.of())
                        .get(0)
                        .inspectors())
                .containsExactlyInAnyOrder("li", "wang");
    }

    @Test
    void anInspectorWithAConflictOfInterestIsNeverDrawnForThatEmployer() {
        Set<Conflict> conflicts = Set.of(new Conflict("zhang", 1), new Conflict("zhao", 1));
        boolean zhangDrawnElsewhere = false;
        for (long seed = 1; seed <= 500; seed++) {
            List<DrawnItem> items = draw.draw(
                    seed,
                    DEC,
                    List.of(new Candidate(1, "B", true, DEC, List.of()), new Candidate(2, "B", true, DEC, List.of())),
                    POOL,
                    conflicts);
            assertThat(items.get(0).inspectors()).containsExactlyInAnyOrder("li", "wang");
            zhangDrawnElsewhere |= items.get(1).inspectors().contains("zhang");
        }
        assertThat(zhangDrawnElsewhere).isTrue();
    }

    @Test
    void noGradeCanBeConfiguredExempt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new PatrolDrawSettings(Map.of("A", new PatrolDrawSettings.GradeRule(0, 24))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no grade is exempt");
    }
}
