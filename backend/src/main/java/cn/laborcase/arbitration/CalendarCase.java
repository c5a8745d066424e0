package cn.laborcase.arbitration;

import java.util.List;

/**
 * An arbitration case as the hearing calendar (开庭排期) shows it beside a hearing: number, tribunal, parties, and
 * whether the reader may move or cancel its hearings (the same right as {@link HearingCases#maySchedule}). A read
 * model of the port {@link HearingCases}, read for a whole range at once.
 */
public record CalendarCase(
        long id, String number, List<HearingCase.Member> tribunal, List<HearingCase.Party> parties, boolean mayAct) {

    public CalendarCase {
        tribunal = List.copyOf(tribunal);
        parties = List.copyOf(parties);
    }
}
