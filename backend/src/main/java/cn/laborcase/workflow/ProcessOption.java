package cn.laborcase.workflow;

/** A process the user has open tasks in, for the inbox's process filter. */
public record ProcessOption(String key, String name, long openTasks) {}
