package cn.laborcase.hearing.persistence;

import java.time.Instant;

/**
 * The taken slots of one resource for one hearing in a range, in one row: the first and last slot start and how many
 * slot rows there are (consecutive when {@code slots} covers every grid start from first to last).
 */
public record SlotRun(String resourceKind, String resourceId, Instant firstStart, Instant lastStart, int slots) {}
