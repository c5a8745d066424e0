package cn.laborcase.hearing.persistence;

import java.time.Instant;

/** A taken slot: the resource (ROOM + id, PERSON + user name), the slot's start and the hearing holding it. */
public record SlotRow(String resourceKind, String resourceId, Instant slotStart, long hearingId) {}
