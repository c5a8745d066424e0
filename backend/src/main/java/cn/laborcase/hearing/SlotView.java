package cn.laborcase.hearing;

import java.time.Instant;
import java.util.List;

/** A free slot the search proposes: room, start, end, the tribunal and a free clerk; booking it needs no change. */
public record SlotView(
        long roomId,
        String room,
        Instant start,
        Instant end,
        List<HearingView.Person> tribunal,
        HearingView.Person clerk) {

    public SlotView {
        tribunal = List.copyOf(tribunal);
    }
}
