package cn.laborcase.cases;

import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.shared.CaseRef;
import java.util.List;

/**
 * The head of a case page ({@code fragments/case :: header}): the case's kind and number, its state in the owning
 * module's words, and its running deadlines with their legal basis.
 *
 * @param number the case number, or {@code null} before one is given
 * @param status the state as users read it, e.g. 受理审查中
 */
public record CaseHeader(CaseRef ref, String number, String status, List<CaseDeadline> deadlines) {

    public CaseHeader {
        deadlines = List.copyOf(deadlines);
    }

    public static CaseHeader of(CaseRef ref, String number, String status, List<DeadlineView> deadlines) {
        return new CaseHeader(
                ref, number, status, deadlines.stream().map(CaseDeadline::of).toList());
    }

    /** 举报投诉 东湖投诉〔2026〕1号, or the kind and id before a number is given. */
    public String title() {
        return ref.type().label() + " " + (number == null ? "#" + ref.id() : number);
    }
}
