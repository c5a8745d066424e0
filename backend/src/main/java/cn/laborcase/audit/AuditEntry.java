package cn.laborcase.audit;

import java.time.Instant;

/**
 * One line of the audit journal (审计日志): who did what to which record, when, from where, and a short summary of
 * the state before and after.
 */
public record AuditEntry(
        Long id,
        Instant occurredAt,
        String actor,
        String action,
        String targetType,
        String targetId,
        String summary,
        String beforeState,
        String afterState,
        String remoteAddr) {}
