package cn.laborcase.arbitration;

import java.time.LocalDate;
import java.util.List;

/** A case of the committee waiting for its hearing: accepted, its tribunal composed, no hearing scheduled. */
public record AwaitingHearingItem(long id, String number, List<HearingCase.Member> tribunal, LocalDate awardDueDate) {

    public AwaitingHearingItem {
        tribunal = List.copyOf(tribunal);
    }
}
