package cn.laborcase.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 2025 and 2026 schedules read from the Flyway seed itself, so that the calculator tests check the data that
 * ships, not a copy of it.
 */
final class OfficialSchedules {

    private static final String SEED = "db/migration/V5_1__calendar_seed_2025_2026.sql";
    private static final Pattern DAY =
            Pattern.compile("\\(date '(\\d{4}-\\d{2}-\\d{2})', \\d{4}, '(OFF|WORKING)', '([^']+)', '([^']+)'");
    private static final Pattern YEAR = Pattern.compile("values \\((\\d{4}), true");

    private OfficialSchedules() {}

    static HolidaySchedule seeded() {
        List<Integer> years = new ArrayList<>();
        Matcher y = YEAR.matcher(read());
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        return HolidaySchedule.of(seededDays(), years);
    }

    static List<ScheduledDay> seededDays() {
        String sql = read();
        List<ScheduledDay> days = new ArrayList<>();
        Matcher m = DAY.matcher(sql);
        while (m.find()) {
            days.add(
                    new ScheduledDay(LocalDate.parse(m.group(1)), DayKind.valueOf(m.group(2)), m.group(3), m.group(4)));
        }
        return days;
    }

    private static String read() {
        try (InputStream in = OfficialSchedules.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("seed not on the classpath: " + SEED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
