package cn.laborcase.hearing.persistence;

import java.time.Instant;

/** A row of {@code staff_unavailability}: [startsAt, endsAt), kind LEAVE, TRAINING or OTHER. */
public record UnavailabilityRow(Long id, String username, Instant startsAt, Instant endsAt, String kind, String note) {}
