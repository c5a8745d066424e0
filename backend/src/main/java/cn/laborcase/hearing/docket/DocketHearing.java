package cn.laborcase.hearing.docket;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The hearing (开庭) of one case on the proposed docket: the planning entity. The solver chooses its room and session;
 * a hearing left without a session is a case the plan could not place.
 */
@PlanningEntity
public class DocketHearing {

    @PlanningId
    private Long caseId;

    private String caseNumber;
    private LocalDate awardDueDate;
    private int urgency;
    private List<String> arbitrators;
    private Set<Long> rooms;
    private BitSet sessions;

    @PlanningVariable(valueRangeProviderRefs = "rooms")
    private DocketRoom room;

    @PlanningVariable(valueRangeProviderRefs = "sessions", allowsUnassigned = true)
    private DocketSession session;

    public DocketHearing() {}

    /**
     * @param urgency the larger the more urgent (earlier award deadline): weighs the soft "earliest deadline first"
     * @param rooms the rooms that fit the case (active, capacity ≥ parties)
     * @param sessions the sessions allowed for the case: notice window, award deadline, the tribunal available and
     *     not booked, checked by the hearing module's rules
     */
    public DocketHearing(
            long caseId,
            String caseNumber,
            LocalDate awardDueDate,
            int urgency,
            List<String> arbitrators,
            Set<Long> rooms,
            BitSet sessions) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.awardDueDate = awardDueDate;
        this.urgency = urgency;
        this.arbitrators = List.copyOf(arbitrators);
        this.rooms = Set.copyOf(rooms);
        this.sessions = sessions;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public LocalDate getAwardDueDate() {
        return awardDueDate;
    }

    public int getUrgency() {
        return urgency;
    }

    public List<String> getArbitrators() {
        return arbitrators;
    }

    public boolean fitsRoom(DocketRoom r) {
        return rooms.contains(r.id());
    }

    public boolean allowed(DocketSession s) {
        return sessions.get(s.index());
    }

    public BitSet getSessions() {
        return sessions;
    }

    public Set<Long> getRooms() {
        return rooms;
    }

    public boolean sharesArbitrator(DocketHearing other) {
        for (String a : arbitrators) {
            if (other.arbitrators.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** The presiding (or sole) arbitrator: the tribunal's key for "same room for a tribunal's day". */
    public String getPresiding() {
        return arbitrators.isEmpty() ? "" : arbitrators.get(0);
    }

    public DocketRoom getRoom() {
        return room;
    }

    public void setRoom(DocketRoom room) {
        this.room = room;
    }

    public DocketSession getSession() {
        return session;
    }

    public void setSession(DocketSession session) {
        this.session = session;
    }

    public boolean placed() {
        return session != null && room != null;
    }

    @Override
    public String toString() {
        return caseNumber;
    }
}
