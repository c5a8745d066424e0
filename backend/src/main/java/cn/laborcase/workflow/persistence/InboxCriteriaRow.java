package cn.laborcase.workflow.persistence;

import java.time.Instant;
import java.util.List;

/**
 * Query parameters of an inbox page; {@code filter} and {@code sort} are enum names chosen by {@code <choose>}.
 *
 * @param countCap the count stops after this many tasks and one more
 */
public record InboxCriteriaRow(
        String username,
        List<String> groups,
        String filter,
        String processKey,
        String sort,
        Instant now,
        int offset,
        int size,
        int countCap) {}
