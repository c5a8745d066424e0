package cn.laborcase.workflow;

import java.time.Instant;

/**
 * An open incident (事件) of the engine.
 *
 * @param jobId the failed job behind a {@code failedJob} incident, for the retry button
 */
public record IncidentView(
        String id,
        String type,
        String processDefinitionKey,
        String processInstanceId,
        String activityId,
        String message,
        Instant raisedAt,
        String jobId) {}
