package cn.laborcase.hearing;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A hearing as the calendar page (开庭排期) shows it: FullCalendar's event fields ({@code id}, {@code title}, {@code
 * start}, {@code end}, Beijing local times without an offset, which the page shows as they are) and what the
 * pop-up names: the case number, the parties, the room, the tribunal and the clerk, the 开庭通知书. {@code editable}
 * (FullCalendar's per-event flag) is true when the reader may move or cancel the hearing, as the reschedule and
 * cancellation API decide (a hearing clerk of the committee, an arbitrator of the case's tribunal); {@code version}
 * goes with the move or cancellation (a stale one → 409).
 */
public record CalendarEventView(
        long id,
        String title,
        LocalDateTime start,
        LocalDateTime end,
        long caseId,
        String caseNumber,
        String parties,
        long roomId,
        String room,
        List<String> tribunal,
        String clerk,
        Long noticeDocumentId,
        int version,
        boolean editable) {

    public CalendarEventView {
        tribunal = List.copyOf(tribunal);
    }
}
