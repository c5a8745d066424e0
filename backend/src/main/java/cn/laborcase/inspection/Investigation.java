package cn.laborcase.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the investigation found (调查取证), as the investigation form records it.
 *
 * @param inquiryNoticeSentOn the day the 询问通知书 / 调查询问书 was sent to the employer
 * @param replyBy the day by which the employer was to answer it
 * @param inquiryRecord the 询问笔录 in short
 * @param siteRecord the 现场检查笔录 in short
 * @param workers amounts owed per worker
 */
public record Investigation(
        LocalDate inquiryNoticeSentOn,
        LocalDate replyBy,
        String inquiryRecord,
        String siteRecord,
        String findings,
        List<WorkerOwed> workers) {

    public Investigation {
        workers = workers == null ? List.of() : List.copyOf(workers);
    }

    /** What one worker is owed. */
    public record WorkerOwed(String name, BigDecimal amount) {}

    public BigDecimal total() {
        return workers.stream().map(WorkerOwed::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
