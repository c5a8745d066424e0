package cn.laborcase.patrol;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A patrol (日常巡视检查) or a written review (书面审查) found a violation that needs an inspection case: the inspection
 * track opens one, pre-filled from the finding, awaiting its leader's 立案 approval. Published with
 * {@code CaseEvents.publish(event, INSPECTION_LISTENER)} in the transaction that records the finding.
 *
 * @param source {@code PATROL} or {@code WRITTEN_REVIEW}
 * @param sourceId the patrol's or the written review's id
 * @param sourceLabel how people name it, e.g. 2026年12月巡视检查 第3号
 * @param inspectors usernames of the inspectors who made the finding (they become the case's proposed inspectors)
 * @param facts what was found, in the inspector's words (the case's 案情摘要)
 * @param checklistItems the checklist items found in violation, in words (e.g. 未依法签订劳动合同)
 * @param amountOwed wages found owed, if any
 * @param workersAffected workers concerned, if known (0 otherwise)
 */
public record RoutineFindingReported(
        String source,
        long sourceId,
        String sourceLabel,
        long employerId,
        String officeCode,
        String gridCode,
        List<String> inspectors,
        String facts,
        List<String> checklistItems,
        BigDecimal amountOwed,
        int workersAffected,
        String reportedBy,
        Instant occurredAt) {

    public static final String PATROL = "PATROL";
    public static final String WRITTEN_REVIEW = "WRITTEN_REVIEW";

    /** The id the inspection track's listener of this event must have. */
    public static final String INSPECTION_LISTENER = "laborcase.inspection.on-routine-finding";

    public RoutineFindingReported {
        inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
        checklistItems = checklistItems == null ? List.of() : List.copyOf(checklistItems);
    }
}
