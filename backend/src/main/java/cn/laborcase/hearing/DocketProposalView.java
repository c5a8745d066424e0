package cn.laborcase.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposed docket (开庭排期方案): the hearings to book, the cases left without one with the reason, and how the plan
 * compares with the greedy earliest-deadline-first baseline on the same data.
 */
public record DocketProposalView(
        LocalDate from,
        LocalDate to,
        int durationMinutes,
        List<Item> hearings,
        List<Unplaced> unplaced,
        String score,
        String baselineScore,
        int baselinePlaced,
        long solveMillis) {

    /** A hearing of the proposal: booking it is {@code POST /api/hearings} with these values. */
    public record Item(
            long caseId,
            String caseNumber,
            LocalDate awardDueDate,
            long roomId,
            String room,
            Instant start,
            Instant end,
            List<HearingView.Person> tribunal,
            HearingView.Person clerk) {}

    public record Unplaced(long caseId, String caseNumber, String reason) {}
}
