package cn.laborcase.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A booked hearing (开庭): the case, room, time, the tribunal and the clerk, the day the notice must be served by, the
 * 开庭通知书's document id.
 */
public record HearingView(
        long id,
        long caseId,
        String caseNumber,
        String status,
        String statusLabel,
        long roomId,
        String room,
        Instant start,
        Instant end,
        List<Person> tribunal,
        Person clerk,
        LocalDate noticeServedBy,
        Long noticeDocumentId,
        String cancelReason,
        int version) {

    public HearingView {
        tribunal = List.copyOf(tribunal);
    }

    public record Person(String username, String name, String role) {}
}
