package cn.laborcase.workflow;

import java.time.Instant;

/** A deployed DMN decision (one version) as the operations page shows it. */
public record DecisionDefinitionView(
        String key, String name, int version, Instant deployedAt, Integer historyTimeToLive) {}
