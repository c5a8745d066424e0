package cn.laborcase.audit;

import java.time.Instant;

/**
 * A journal entry as people read it: the actor's name, the action's and target's Chinese labels, the target by the
 * name people know it by (a case number, a person), never an internal code.
 *
 * @param target the target's label and name ("举报投诉 东湖投诉〔2026〕5号", "人员 王小红")
 */
public record AuditLine(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String target,
        String summary,
        String before,
        String after,
        String remoteAddr) {}
