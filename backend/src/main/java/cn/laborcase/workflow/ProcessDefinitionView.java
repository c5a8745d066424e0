package cn.laborcase.workflow;

import java.time.Instant;

/**
 * A deployed process definition (one version of a BPMN process) as the operations page shows it.
 *
 * @param historyTimeToLive days the engine keeps the history of its finished instances
 */
public record ProcessDefinitionView(
        String id,
        String key,
        String name,
        int version,
        Instant deployedAt,
        long runningInstances,
        long failedJobs,
        long incidents,
        Integer historyTimeToLive,
        boolean suspended) {}
