package cn.laborcase.hearing;

/**
 * {@code POST /api/hearings}: the case, the room, start and end ({@code 2026-10-12T09:00:00+08:00}, or without an
 * offset in Beijing time) and optionally the clerk (书记员, a user name); without one the first free hearing clerk of
 * the committee is booked.
 */
public record BookHearingRequest(Long caseId, Long roomId, String start, String end, String clerk) {}
