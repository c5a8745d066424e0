package cn.laborcase.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * Opens a deadline under a configured rule.
 *
 * @param ruleCode a code of {@code laborcase.deadlines.rules}, e.g. ARBITRATION_AWARD
 * @param start the day the period runs from (not counted), e.g. the day of acceptance
 * @param processInstanceId optional: the process whose tasks and timers follow this deadline
 * @param elementIds the user tasks and timer events of that process whose dates follow the deadline
 */
public record OpenDeadline(
        String ruleCode, LocalDate start, DeadlineOwner owner, String processInstanceId, Set<String> elementIds) {

    public OpenDeadline {
        elementIds = elementIds == null ? Set.of() : Set.copyOf(elementIds);
    }

    public OpenDeadline(String ruleCode, LocalDate start, DeadlineOwner owner) {
        this(ruleCode, start, owner, null, Set.of());
    }
}
