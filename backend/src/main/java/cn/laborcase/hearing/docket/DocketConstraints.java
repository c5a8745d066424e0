package cn.laborcase.hearing.docket;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The docket's rules. Hard: what HearingRules and the slot rows enforce on a booking (the case's allowed sessions
 * already carry the notice window 法 §35, the award deadline 法 §43, the tribunal's availability and bookings; the
 * room's closed sessions carry opening hours, closures and bookings). Medium: a case left without a hearing. Soft: the
 * committee's preferences.
 */
public class DocketConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            // hard
            f.forEach(DocketHearing.class)
                    .filter(h -> !h.allowed(h.getSession()))
                    .penalize(HardMediumSoftScore.ONE_HARD)
                    .asConstraint("case not allowed in session"),
            f.forEach(DocketHearing.class)
                    .filter(h -> !h.fitsRoom(h.getRoom()))
                    .penalize(HardMediumSoftScore.ONE_HARD)
                    .asConstraint("room too small or inactive"),
            f.forEach(DocketHearing.class)
                    .filter(h -> !h.getRoom().open(h.getSession()))
                    .penalize(HardMediumSoftScore.ONE_HARD)
                    .asConstraint("room closed or booked"),
            f.forEachUniquePair(
                            DocketHearing.class,
                            Joiners.equal(DocketHearing::getSession),
                            Joiners.equal(DocketHearing::getRoom))
                    .penalize(HardMediumSoftScore.ONE_HARD)
                    .asConstraint("room double booked"),
            f.forEachUniquePair(DocketHearing.class, Joiners.equal(DocketHearing::getSession))
                    .filter(DocketHearing::sharesArbitrator)
                    .penalize(HardMediumSoftScore.ONE_HARD)
                    .asConstraint("arbitrator double booked"),
            f.forEach(DocketHearing.class)
                    .groupBy(DocketHearing::getSession, ConstraintCollectors.count())
                    .filter((s, n) -> n > s.clerks())
                    .penalize(HardMediumSoftScore.ONE_HARD, (s, n) -> n - s.clerks())
                    .asConstraint("not enough clerks"),
            // medium: place as many cases as possible
            f.forEachIncludingUnassigned(DocketHearing.class)
                    .filter(h -> h.getSession() == null)
                    .penalize(HardMediumSoftScore.ONE_MEDIUM)
                    .asConstraint("case without hearing"),
            // soft: the earliest award deadline first (urgency grows as the deadline nears)
            f.forEach(DocketHearing.class)
                    .penalize(
                            HardMediumSoftScore.ONE_SOFT,
                            h -> h.getUrgency() * h.getSession().dayIndex())
                    .asConstraint("earliest deadline first"),
            // soft: a fair spread over the arbitrators: the presiding (or sole) arbitrator's hearings a day, squared
            // (a map + flattenLast over every member corrupted the incremental score in Timefold 1.28: see docs)
            f.forEach(DocketHearing.class)
                    .groupBy(DocketHearing::getPresiding, h -> h.getSession().dayIndex(), ConstraintCollectors.count())
                    .filter((a, day, n) -> n > 1)
                    .penalize(HardMediumSoftScore.ONE_SOFT, (a, day, n) -> 10 * (n * n - 1))
                    .asConstraint("fair spread over arbitrators"),
            // soft: a tribunal sits in one room for its day
            f.forEach(DocketHearing.class)
                    .groupBy(
                            DocketHearing::getPresiding,
                            h -> h.getSession().dayIndex(),
                            ConstraintCollectors.countDistinct(DocketHearing::getRoom))
                    .filter((a, day, rooms) -> rooms > 1)
                    .penalize(HardMediumSoftScore.ONE_SOFT, (a, day, rooms) -> 20 * (rooms - 1))
                    .asConstraint("same room for a tribunal's day"),
            // soft: few gaps in a room's day; the clerk follows the room (DocketSolver.assignClerks), so few in his
            f.forEach(DocketHearing.class)
                    .groupBy(
                            (DocketHearing h) ->
                                    h.getRoom().id() * 10_000 + h.getSession().dayIndex(),
                            ConstraintCollectors.min(
                                    (DocketHearing h) -> h.getSession().slot()),
                            ConstraintCollectors.max(
                                    (DocketHearing h) -> h.getSession().slot()),
                            ConstraintCollectors.count())
                    .filter((key, min, max, n) -> max - min + 1 > n)
                    .penalize(HardMediumSoftScore.ONE_SOFT, (key, min, max, n) -> 5 * (max - min + 1 - n))
                    .asConstraint("few gaps in a clerk's day")
        };
    }
}
