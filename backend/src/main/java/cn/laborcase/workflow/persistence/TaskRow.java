package cn.laborcase.workflow.persistence;

import java.time.Instant;

/** A row of {@code wf_task}; {@code assigneeName} and {@code endedByName} joined from staff. */
public record TaskRow(
        String id,
        String processInstanceId,
        String processDefinitionKey,
        String processName,
        String taskDefinitionKey,
        String name,
        String businessKey,
        String caseTitle,
        String officeCode,
        String gridCode,
        String assignee,
        String assigneeName,
        int priority,
        Instant createdAt,
        Instant dueAt,
        String status,
        String note,
        Instant endedAt,
        String endedBy,
        String endedByName,
        String endComment,
        int version) {}
