package cn.laborcase.arbitration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The award side of a case, for the API and (after the merge) the case view: the award period as it stands, what
 * changed it, the awards with each item's finality, and the 调解书's receipts.
 */
public record AwardRecordView(
        long caseId,
        ArbitrationStatus status,
        String statusLabel,
        Period awardPeriod,
        List<Change> changes,
        List<Award> awards,
        Mediation mediation) {

    /** The award period (45 days, 法 §43): null due date while paused. */
    public record Period(
            LocalDate start,
            LocalDate dueDate,
            Integer daysLeft,
            boolean paused,
            boolean extended,
            LocalDate restartedOn,
            LocalDate closedOn,
            String legalBasis,
            String summary) {}

    public record Change(
            String kind,
            LocalDate effectiveOn,
            String reason,
            Long documentId,
            String recordedBy,
            Instant recordedAt) {}

    public record Award(
            long id,
            String finality,
            String finalityLabel,
            boolean byDefault,
            LocalDate awardedOn,
            long documentId,
            List<Item> items) {}

    public record Item(
            int position, String outcome, BigDecimal amount, String reasoning, boolean isFinal, String finalityRule) {}

    public record Mediation(
            long documentId,
            LocalDate issuedOn,
            LocalDate applicantReceivedOn,
            LocalDate respondentReceivedOn,
            LocalDate effectiveOn) {}
}
