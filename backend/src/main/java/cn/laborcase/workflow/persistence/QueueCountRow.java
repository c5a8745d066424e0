package cn.laborcase.workflow.persistence;

/** A code with its label and a count: a queue of the home page, or a grid's or office's name. */
public record QueueCountRow(String code, String label, long counted) {}
