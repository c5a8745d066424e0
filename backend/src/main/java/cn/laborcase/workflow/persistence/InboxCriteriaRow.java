package cn.laborcase.workflow.persistence;

import java.time.Instant;
import java.util.List;

/** Query parameters of an inbox page; {@code filter} and {@code sort} are enum names chosen by {@code <choose>}. */
public record InboxCriteriaRow(
        String username,
        List<String> groups,
        String filter,
        String processKey,
        String sort,
        Instant now,
        int offset,
        int size) {}
