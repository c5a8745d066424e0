package cn.laborcase.hearing;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A hearing as the calendar page (开庭排期) shows it: FullCalendar's event fields ({@code id}, {@code title}, {@code
 * start}, {@code end}, Beijing local times without an offset, which the page shows as they are) and what the
 * pop-up names: the case number, the parties, the room, the tribunal and the clerk, the 开庭通知书.
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
        Long noticeDocumentId) {

    public CalendarEventView {
        tribunal = List.copyOf(tribunal);
    }
}
