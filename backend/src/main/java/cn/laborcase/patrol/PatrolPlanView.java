package cn.laborcase.patrol;

import java.time.Instant;
import java.util.List;

/**
 * A grid's patrol plan of a month: the recorded draw (seed, pool, who and what was drawn and why, who started it) and
 * the results so far.
 *
 * @param month {@code yyyy-MM}
 * @param monthLabel 2026年12月
 * @param pool the inspectors the pairs were drawn from (usernames); {@code poolNames} for screens
 * @param startedByName the starter's name, or 系统（每月定时抽取）
 */
public record PatrolPlanView(
        long id,
        String officeCode,
        String officeName,
        String gridCode,
        String gridName,
        String month,
        String monthLabel,
        long seed,
        List<String> pool,
        List<String> poolNames,
        String startedBy,
        String startedByName,
        Instant startedAt,
        List<PatrolItemView> items) {

    public long recordedCount() {
        return items.stream().filter(PatrolItemView::recorded).count();
    }
}
