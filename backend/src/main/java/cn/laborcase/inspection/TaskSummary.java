package cn.laborcase.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The case above each of its tasks (the leader reads it before approving 立案, an extension, a penalty or closing).
 *
 * @param inspectors the names of the case's inspectors
 */
public record TaskSummary(
        long id,
        String number,
        String employerName,
        String originLabel,
        String statusLabel,
        String outcomeLabel,
        LocalDate filedOn,
        LocalDate dueDate,
        boolean extended,
        String facts,
        BigDecimal amountOwed,
        Integer workersAffected,
        List<String> inspectors) {}
