package cn.laborcase.inspection;

import java.time.Instant;

/**
 * The re-check found that the employer did not comply with the office's order: the 限期整改指令书 was not carried out
 * by its day, or the wages ordered by the 行政处理决定书 were not paid. Published with {@code CaseEvents} in the
 * re-check's transaction; the early warning (预警) of the employer listens to it.
 *
 * @param order what was not complied with, in words (限期整改指令书, 行政处理决定书)
 */
public record InspectionOrderNotComplied(
        long caseId, String caseNumber, long employerId, String order, Instant occurredAt) {}
