package cn.laborcase.employer;

import java.time.Instant;

/**
 * A grade change waiting for a leader (待确认的等级调整), as his list and home panel show it.
 *
 * @param source the case it came from, by its number, or null
 */
public record GradeProposal(
        long id,
        String employerName,
        String creditCode,
        String from,
        String to,
        int year,
        String reason,
        String source,
        boolean blacklist,
        String proposedBy,
        Instant proposedAt,
        int version) {}
