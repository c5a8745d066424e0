package cn.laborcase.workflow;

import java.time.Instant;

/**
 * A job whose last execution failed: still retrying while {@code retries > 0}, an incident once they are used up.
 *
 * @param error the first line of the exception message; the full stack trace is fetched on demand
 * @param failedAt when the incident was raised, if there is one
 * @param dueAt when the job executor will try it next (while retries are left)
 */
public record FailedJobView(
        String jobId,
        String processDefinitionKey,
        String processName,
        String processInstanceId,
        String businessKey,
        String activityId,
        String activityName,
        String error,
        int retries,
        boolean incident,
        Instant failedAt,
        Instant dueAt) {}
