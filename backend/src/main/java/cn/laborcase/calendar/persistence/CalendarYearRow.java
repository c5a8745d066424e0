package cn.laborcase.calendar.persistence;

import java.time.Instant;

/** A row of {@code calendar_year}: loaded, or a draft of hand-entered days. */
public record CalendarYearRow(
        int yearNumber, boolean loaded, String source, Instant loadedAt, String loadedBy, int version) {}
