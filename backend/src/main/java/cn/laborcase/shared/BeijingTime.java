package cn.laborcase.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * Where a legal date meets an instant. Every conversion uses Asia/Shanghai: a deadline "on 2026-10-13" ends at
 * 23:59:59 Beijing time that day, whatever the server's time zone.
 */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The last second of the due day: work done any time that day is on time. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private BeijingTime() {}

    public static Instant endOf(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(ZONE).toInstant();
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    public static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(ZONE).toInstant();
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static LocalDate dateOf(Date date) {
        return dateOf(date.toInstant());
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
