package cn.laborcase.hearing;

/** Moves a hearing to another room or time: its version as read, the new room, start and end. */
public record RescheduleRequest(Integer version, Long roomId, String start, String end) {}
