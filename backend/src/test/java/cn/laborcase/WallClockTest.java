package cn.laborcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CI-cheap half of the clock sweep (docs/operations.md): no code, main or test, reads the wall clock on its own.
 * Services take "now" from the one {@code Clock} bean and tests from {@code TestClock}, so that a run started at
 * another instant ({@code -Dlaborcase.test.now=...}) moves every "now" together. The other half, running the suite at
 * 00:05, 09:29, 23:59 and on a holiday, finds tests that build an instant from a time of day.
 */
class WallClockTest {

    /** Reading the system clock without a {@code Clock} argument, or building one. */
    static final Pattern WALL_CLOCK = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|OffsetDateTime|ZonedDateTime|Year|YearMonth)\\.now\\(\\s*\\)"
                    + "|\\bClock\\.system(UTC|DefaultZone)?\\("
                    + "|\\bSystem\\.currentTimeMillis\\(\\)"
                    + "|\\bnew (java\\.util\\.)?Date\\(\\s*\\)");

    /** The only places allowed to: the application's clock bean and the tests' clock, which wrap the system clock. */
    static final Set<String> ALLOWED = Set.of("TimeConfiguration.java", "TestClock.java", "WallClockTest.java");

    @Test
    void noCodeReadsTheWallClockOutsideTheClockBeans() {
        List<String> offenders = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            offenders.addAll(scan(Path.of(root)));
        }
        assertThat(offenders)
                .as("read the time from the Clock bean (services) or TestClock.get() (tests)")
                .isEmpty();
    }

    @Test
    void theScanFindsAWallClockRead() {
        assertThat(WALL_CLOCK.matcher("var t = Instant.now();").find()).isTrue();
        assertThat(WALL_CLOCK.matcher("LocalDate d = LocalDate.now( );").find()).isTrue();
        assertThat(WALL_CLOCK.matcher("Clock c = Clock.systemDefaultZone();").find())
                .isTrue();
        assertThat(WALL_CLOCK.matcher("long ms = System.currentTimeMillis();").find())
                .isTrue();
        assertThat(WALL_CLOCK.matcher("LocalDate.now(clock.withZone(ZONE))").find())
                .isFalse();
        assertThat(WALL_CLOCK.matcher("Instant.now(clock)").find()).isFalse();
    }

    static List<String> scan(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<String> found = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !ALLOWED.contains(f.getFileName().toString()))
                    .forEach(f -> {
                        List<String> lines = read(f);
                        for (int i = 0; i < lines.size(); i++) {
                            String line = lines.get(i);
                            String code = line.strip();
                            if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                                continue;
                            }
                            if (WALL_CLOCK.matcher(line).find()) {
                                found.add(f + ":" + (i + 1) + ": " + code);
                            }
                        }
                    });
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path f) {
        try {
            return Files.readAllLines(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
