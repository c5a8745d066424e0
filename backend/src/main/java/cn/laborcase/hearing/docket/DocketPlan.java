package cn.laborcase.hearing.docket;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/**
 * A docket (开庭排期方案) for the coming weeks: the rooms, the sessions, the hearings to place, and the score (hard:
 * the law and the resources; medium: cases left without a hearing; soft: the committee's preferences).
 */
@PlanningSolution
public class DocketPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "rooms")
    private List<DocketRoom> rooms;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "sessions")
    private List<DocketSession> sessions;

    @PlanningEntityCollectionProperty
    private List<DocketHearing> hearings;

    @PlanningScore
    private HardMediumSoftScore score;

    public DocketPlan() {}

    public DocketPlan(List<DocketRoom> rooms, List<DocketSession> sessions, List<DocketHearing> hearings) {
        this.rooms = rooms;
        this.sessions = sessions;
        this.hearings = hearings;
    }

    public List<DocketRoom> getRooms() {
        return rooms;
    }

    public List<DocketSession> getSessions() {
        return sessions;
    }

    public List<DocketHearing> getHearings() {
        return hearings;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }

    public long placed() {
        return hearings.stream().filter(DocketHearing::placed).count();
    }
}
