package cn.laborcase.emergency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The progress reports of an incident ({@code progress} on GET): every {@code intervalHours} after activation until
 * closure.
 *
 * @param nextDueAt when the next report is due, while the incident is activated
 */
public record Progress(int intervalHours, Instant nextDueAt, List<Report> reports) {

    public record Report(
            long id,
            String actions,
            int workersPaid,
            BigDecimal amountPaid,
            String nextSteps,
            String filedByName,
            Instant filedAt) {}
}
