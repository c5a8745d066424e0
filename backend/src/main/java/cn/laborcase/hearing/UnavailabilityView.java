package cn.laborcase.hearing;

import java.time.Instant;

/** A period a staff member cannot sit: [from, to), kind and its label. */
public record UnavailabilityView(
        long id, String username, String name, Instant from, Instant to, String kind, String kindLabel, String note) {}
