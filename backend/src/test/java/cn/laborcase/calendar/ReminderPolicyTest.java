package cn.laborcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.shared.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderPolicyTest {

    private final PeriodCalculator calendar = new PeriodCalculator(OfficialSchedules.seeded());
    private final ReminderPolicy policy = new ReminderPolicy(
            1,
            PeriodUnit.WORKING_DAYS,
            LocalTime.of(9, 0),
            ReminderPolicy.Recipient.ASSIGNEE,
            "office:{officeCode}:leaders");

    @ParameterizedTest(name = "due {0}: remind {1} (UTC)")
    @CsvSource({
        // the working day before National Day 2026 is Sep 30; 09:00 Beijing is 01:00 UTC
        "2026-10-08, 2026-09-30T01:00:00Z",
        // the working day before Monday Oct 12 is the make-up Saturday Oct 10
        "2026-10-12, 2026-10-10T01:00:00Z",
        // plain week: Thursday before Friday
        "2026-11-20, 2026-11-19T01:00:00Z",
        // Feb 24 2026 follows Spring Festival: the working day before is the make-up Saturday Feb 14
        "2026-02-24, 2026-02-14T01:00:00Z"
    })
    void remindsOneWorkingDayBeforeAtNineBeijingTime(LocalDate due, Instant remindAt) {
        assertThat(policy.remindAt(due, calendar)).isEqualTo(remindAt);
    }

    @Test
    void escalatesToTheOfficeLeadersAtTheFirstInstantOfBreach() {
        ReminderPolicy.Plan plan = policy.plan(LocalDate.parse("2026-10-13"), "D1", calendar);

        assertThat(plan.escalateAt()).isEqualTo("2026-10-13T16:00:00Z");
        assertThat(plan.escalateTo()).isEqualTo("office:D1:leaders");
        assertThat(plan.recipient()).isEqualTo(ReminderPolicy.Recipient.ASSIGNEE);
        assertThat(plan.remindAt()).isEqualTo("2026-10-12T01:00:00Z");
    }

    @Test
    void countsCalendarDaysWhenConfiguredSo() {
        ReminderPolicy twoDays = new ReminderPolicy(
                2, PeriodUnit.CALENDAR_DAYS, LocalTime.of(8, 30), ReminderPolicy.Recipient.CANDIDATES, "x");

        assertThat(twoDays.remindAt(LocalDate.parse("2026-10-08"), calendar)).isEqualTo("2026-10-06T00:30:00Z");
        assertThat(twoDays.describe()).isEqualTo("到期前2日08:30提醒候选办理组；超期后升级至 x");
    }

    @Test
    void theDueInstantIsTheLastSecondOfTheDueDayInBeijing() {
        assertThat(BeijingTime.endOf(LocalDate.parse("2026-10-13"))).isEqualTo("2026-10-13T15:59:59Z");
    }
}
