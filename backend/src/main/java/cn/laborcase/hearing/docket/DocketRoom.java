package cn.laborcase.hearing.docket;

import java.util.BitSet;

/**
 * A hearing room (审理室) as the solver sees it.
 *
 * @param closed the sessions in which the room cannot be used: outside its opening hours, out of service, a slot
 *     already booked
 */
public record DocketRoom(long id, String name, int capacity, BitSet closed) {

    public boolean open(DocketSession s) {
        return !closed.get(s.index());
    }

    @Override
    public String toString() {
        return name;
    }
}
