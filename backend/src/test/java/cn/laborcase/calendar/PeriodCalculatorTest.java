package cn.laborcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.calendar.DayNote.Reason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real periods on the shipped 2025/2026 schedules (国办发明电〔2024〕12号, 国办发明电〔2025〕7号). */
class PeriodCalculatorTest {

    private final PeriodCalculator calculator = new PeriodCalculator(OfficialSchedules.seeded());

    @ParameterizedTest(name = "{0} + {1} {2} = {3} ({4})")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # start    | n  | unit          | due        | case
            2026-09-30 | 5  | WORKING_DAYS  | 2026-10-13 | National Day 2026: Oct 1-7 off, Saturday Oct 10 worked
            2026-09-30 | 3  | WORKING_DAYS  | 2026-10-10 | ends exactly on the make-up Saturday Oct 10
            2026-09-18 | 1  | WORKING_DAYS  | 2026-09-20 | ends exactly on the make-up Sunday Sep 20
            2026-02-12 | 5  | WORKING_DAYS  | 2026-02-26 | Spring Festival 2026: make-up Saturday Feb 14 before it
            2026-02-12 | 7  | WORKING_DAYS  | 2026-02-28 | Spring Festival 2026: make-up Saturday Feb 28 after it
            2026-02-12 | 8  | WORKING_DAYS  | 2026-03-02 | Spring Festival 2026 with both make-up days, then a Sunday
            2025-12-31 | 1  | WORKING_DAYS  | 2026-01-04 | New Year 2026: Jan 1-3 off, make-up Sunday Jan 4 counts
            2025-12-31 | 2  | WORKING_DAYS  | 2026-01-05 | New Year 2026 across the year boundary
            2025-01-24 | 3  | WORKING_DAYS  | 2025-02-05 | Spring Festival 2025 with make-up Sunday Jan 26
            2025-09-26 | 5  | WORKING_DAYS  | 2025-10-10 | National Day 2025: make-up Sunday Sep 28, Oct 1-8 off
            2026-03-02 | 1  | WORKING_DAYS  | 2026-03-03 | the first day is not counted
            2026-10-01 | 1  | WORKING_DAYS  | 2026-10-08 | starting inside a holiday block
            2026-09-01 | 60 | WORKING_DAYS  | 2026-11-30 | 条例 §17: 60 working days over National Day
            2026-08-17 | 45 | CALENDAR_DAYS | 2026-10-08 | 法 §43: day 45 is Oct 1, rolls forward out of the holiday block
            2026-08-17 | 60 | CALENDAR_DAYS | 2026-10-16 | 法 §43 with the 15-day extension
            2026-09-28 | 5  | CALENDAR_DAYS | 2026-10-08 | 法 §29: day 5 is Oct 3, rolls forward to Oct 8
            2026-02-10 | 5  | CALENDAR_DAYS | 2026-02-24 | day 5 is Feb 15, rolls forward out of Spring Festival
            2026-10-05 | 5  | CALENDAR_DAYS | 2026-10-10 | day 5 is the make-up Saturday Oct 10: a working day, no roll
            2026-11-16 | 5  | CALENDAR_DAYS | 2026-11-23 | day 5 is a plain Saturday: rolls to Monday
            2026-03-02 | 10 | CALENDAR_DAYS | 2026-03-12 | holidays do not matter inside a calendar-day period
            """)
    void computesDueDatesOnTheOfficialSchedule(
            LocalDate start, int amount, PeriodUnit unit, LocalDate due, String description) {
        ComputedPeriod period = calculator.compute(start, amount, unit);

        assertThat(period.dueDate()).as(description).isEqualTo(due);
        assertThat(period.provisional()).as(description).isFalse();
    }

    @ParameterizedTest(name = "{0} + {1} {2} = {3} provisional")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2026-12-28 | 5  | WORKING_DAYS  | 2027-01-04
            2026-09-01 | 90 | WORKING_DAYS  | 2027-01-11
            2026-12-25 | 10 | CALENDAR_DAYS | 2027-01-04
            2027-03-01 | 1  | WORKING_DAYS  | 2027-03-02
            """)
    void marksPeriodsIntoAnUnloadedYearProvisional(LocalDate start, int amount, PeriodUnit unit, LocalDate due) {
        ComputedPeriod period = calculator.compute(start, amount, unit);

        assertThat(period.dueDate()).isEqualTo(due);
        assertThat(period.provisional()).isTrue();
        assertThat(period.explanation())
                .filteredOn(n -> n.reason() == Reason.PROVISIONAL)
                .singleElement()
                .satisfies(n -> assertThat(n.note()).contains("2027年节假日安排尚未载入"));
    }

    @Test
    void aCalendarDayPeriodEndingBeforeTheUnloadedYearIsNotProvisional() {
        ComputedPeriod period = calculator.compute(LocalDate.parse("2026-12-20"), 10, PeriodUnit.CALENDAR_DAYS);

        assertThat(period.dueDate()).isEqualTo("2026-12-30");
        assertThat(period.provisional()).isFalse();
    }

    @Test
    void explainsEachSkippedDayAndTheMakeUpDayCounted() {
        ComputedPeriod period = calculator.compute(LocalDate.parse("2026-09-30"), 5, PeriodUnit.WORKING_DAYS);

        assertThat(period.explanation())
                .extracting(DayNote::date, DayNote::reason, DayNote::counted)
                .containsExactly(
                        tuple("2026-09-30", Reason.START, false),
                        tuple("2026-10-01", Reason.HOLIDAY, false),
                        tuple("2026-10-02", Reason.HOLIDAY, false),
                        tuple("2026-10-03", Reason.HOLIDAY, false),
                        tuple("2026-10-04", Reason.HOLIDAY, false),
                        tuple("2026-10-05", Reason.HOLIDAY, false),
                        tuple("2026-10-06", Reason.HOLIDAY, false),
                        tuple("2026-10-07", Reason.HOLIDAY, false),
                        tuple("2026-10-10", Reason.MAKEUP_WORKING_DAY, true),
                        tuple("2026-10-11", Reason.WEEKEND, false),
                        tuple("2026-10-13", Reason.DUE, true));
        assertThat(period.explanation().get(1).note()).isEqualTo("2026-10-01（周四）国庆节，不计入");
        assertThat(period.explanation().get(8).note()).isEqualTo("2026-10-10（周六）国庆节调休上班，计为第3个工作日");
        assertThat(period.explanation().get(9).note()).isEqualTo("2026-10-11（周日）周末，不计入");
    }

    @Test
    void explainsTheRollForwardOfACalendarDayPeriod() {
        ComputedPeriod period = calculator.compute(LocalDate.parse("2026-08-17"), 45, PeriodUnit.CALENDAR_DAYS);

        assertThat(period.explanation())
                .filteredOn(n -> n.reason() == Reason.ROLLED_FORWARD)
                .extracting(DayNote::date)
                .containsExactly(
                        LocalDate.parse("2026-10-01"),
                        LocalDate.parse("2026-10-02"),
                        LocalDate.parse("2026-10-03"),
                        LocalDate.parse("2026-10-04"),
                        LocalDate.parse("2026-10-05"),
                        LocalDate.parse("2026-10-06"),
                        LocalDate.parse("2026-10-07"));
        assertThat(period.explanation().get(1).note()).isEqualTo("第45日2026-10-01（周四）为国庆节，期限顺延至下一个工作日");
        assertThat(period.explanation()).last().satisfies(n -> assertThat(n.note())
                .isEqualTo("期限顺延至2026-10-08（周四）届满"));
    }

    @ParameterizedTest(name = "pause {2}..{3} shifts {0} {1} to {4}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            CALENDAR_DAYS | 2026-03-02 | 2026-03-05 | 2026-03-10 | 2026-04-21
            WORKING_DAYS  | 2026-03-02 | 2026-03-05 | 2026-03-10 | 2026-03-19
            CALENDAR_DAYS | 2026-03-02 | 2026-03-05 | 2026-03-05 | 2026-04-16
            CALENDAR_DAYS | 2026-08-17 | 2026-09-01 | 2026-09-08 | 2026-10-08
            CALENDAR_DAYS | 2026-08-17 | 2026-09-01 | 2026-09-11 | 2026-10-12
            """)
    void pausedDaysDoNotCount(PeriodUnit unit, LocalDate start, LocalDate from, LocalDate resumedOn, LocalDate due) {
        int amount = unit == PeriodUnit.CALENDAR_DAYS ? 45 : 10;

        ComputedPeriod period = calculator.compute(start, amount, unit, List.of(new Pause(from, resumedOn, "当事人申请中止")));

        assertThat(period.dueDate()).isEqualTo(due);
    }

    @Test
    void anOpenPauseStopsTheClockAndSaysHowMuchIsLeft() {
        ComputedPeriod period = calculator.compute(
                LocalDate.parse("2026-03-02"),
                45,
                PeriodUnit.CALENDAR_DAYS,
                List.of(new Pause(LocalDate.parse("2026-03-12"), null, "等待鉴定结论")));

        assertThat(period.suspended()).isTrue();
        assertThat(period.dueDate()).isNull();
        assertThat(period.remaining()).isEqualTo(36);
        assertThat(period.explanation()).last().satisfies(n -> assertThat(n.note())
                .isEqualTo("自2026-03-12（周四）起中止计算（等待鉴定结论），尚余36日，恢复后重新计算届满日"));
    }

    @Test
    void countsWorkingDaysBackwardsForReminders() {
        assertThat(calculator.workingDaysBefore(LocalDate.parse("2026-10-08"), 1))
                .isEqualTo("2026-09-30");
        assertThat(calculator.workingDaysBefore(LocalDate.parse("2026-10-12"), 1))
                .isEqualTo("2026-10-10");
        assertThat(calculator.workingDaysBetween(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-13")))
                .isEqualTo(5);
    }

    @Test
    void theSeedHoldsTheOfficialDaysOfBothYears() {
        List<ScheduledDay> days = OfficialSchedules.seededDays();

        assertThat(days)
                .filteredOn(d -> d.date().getYear() == 2025 && d.kind() == DayKind.OFF)
                .hasSize(28);
        assertThat(days)
                .filteredOn(d -> d.kind() == DayKind.WORKING)
                .extracting(d -> d.date().toString())
                .containsExactlyInAnyOrder(
                        "2025-01-26",
                        "2025-02-08",
                        "2025-04-27",
                        "2025-09-28",
                        "2025-10-11",
                        "2026-01-04",
                        "2026-02-14",
                        "2026-02-28",
                        "2026-05-09",
                        "2026-09-20",
                        "2026-10-10");
        assertThat(days)
                .filteredOn(d -> d.date().getYear() == 2026 && d.kind() == DayKind.OFF)
                .hasSize(33);
        assertThat(days)
                .filteredOn(d -> d.kind() == DayKind.WORKING)
                .allSatisfy(d -> assertThat(HolidaySchedule.isWeekend(d.date())).isTrue());
    }

    private static org.assertj.core.groups.Tuple tuple(String date, Reason reason, boolean counted) {
        return org.assertj.core.groups.Tuple.tuple(LocalDate.parse(date), reason, counted);
    }
}
