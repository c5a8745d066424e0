package cn.laborcase.inspection;

import cn.laborcase.calendar.DaysLeft;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the inspection case list, of a home panel and of an export: names and labels, no codes on screen.
 *
 * @param daysLeft working days left of the case's period (条例 §17); null when it has none or is over
 * @param leadInspectorName the lead inspector's name, or null before one is assigned
 */
public record InspectionCaseListItem(
        long id,
        String number,
        String employerName,
        String originLabel,
        String status,
        String statusLabel,
        String officeCode,
        String officeName,
        String gridCode,
        String gridName,
        LocalDate filedOn,
        LocalDate dueDate,
        boolean extended,
        DaysLeft daysLeft,
        String leadInspectorName,
        BigDecimal amountOwed,
        Instant openedAt) {

    /** The days left in words for lists and exports: 剩 5 个工作日, 超期 2 个工作日, or empty. */
    public String daysLeftLabel() {
        return daysLeft == null ? "" : daysLeft.label();
    }
}
