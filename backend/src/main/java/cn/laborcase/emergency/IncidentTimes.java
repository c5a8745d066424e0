package cn.laborcase.emergency;

import cn.laborcase.shared.BeijingTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Instants as the incident's texts write them: Beijing time to the minute. */
final class IncidentTimes {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(BeijingTime.ZONE);

    private IncidentTimes() {}

    static String format(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
