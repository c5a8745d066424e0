package cn.laborcase.workflow;

import java.time.Instant;
import java.util.List;

/** A task as the inbox and the task page show it. */
public record TaskView(
        String id,
        String name,
        String processKey,
        String processName,
        String taskDefinitionKey,
        String processInstanceId,
        String businessKey,
        String caseTitle,
        String officeCode,
        String gridCode,
        String assignee,
        String assigneeName,
        int priority,
        Instant createdAt,
        Instant dueAt,
        TaskStatus status,
        String note,
        Instant endedAt,
        String endedBy,
        String endedByName,
        String endComment,
        List<String> candidateGroups) {

    public boolean overdueAt(Instant now) {
        return status == TaskStatus.OPEN && dueAt != null && dueAt.isBefore(now);
    }

    /** Due within the next 24 hours. */
    public boolean dueSoonAt(Instant now) {
        return status == TaskStatus.OPEN
                && dueAt != null
                && !dueAt.isBefore(now)
                && dueAt.isBefore(now.plusSeconds(24 * 3600));
    }
}
