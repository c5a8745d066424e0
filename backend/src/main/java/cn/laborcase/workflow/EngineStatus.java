package cn.laborcase.workflow;

/** The engine's figures for the administrator's dashboard. */
public record EngineStatus(long openTasks, long failedJobs, long openIncidents) {}
