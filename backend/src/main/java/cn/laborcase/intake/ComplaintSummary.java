package cn.laborcase.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint as a list row. {@code complainants} is masked ("张** 等 3 人"), "匿名" for an anonymous report, and
 * "（保密）" for any report: lists never show a reporter.
 *
 * @param officeName the office's name, shown instead of its code
 * @param acceptanceDueDate while the review runs
 */
public record ComplaintSummary(
        long id,
        String number,
        ComplaintKind kind,
        ComplaintCategory category,
        ComplaintStatus status,
        Route route,
        String officeCode,
        String gridCode,
        String officeName,
        String gridName,
        String employerName,
        String complainants,
        Instant receivedAt,
        LocalDate acceptanceDueDate) {}
