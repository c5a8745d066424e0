package cn.laborcase.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.arbitration.HearingCase;
import cn.laborcase.calendar.HolidaySchedule;
import cn.laborcase.calendar.PeriodCalculator;
import cn.laborcase.hearing.persistence.RoomRow;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The notice window per party (调解仲裁法 §35: the notice served on every party five days ahead): a party with a
 * consented e-mail address is served by e-mail (1 day), the others by the configured method (post, 3 days); the
 * slowest party governs the earliest day, in the booking's check and the slot search alike.
 */
class HearingRulesTest {

    static final LocalDate HEARING = LocalDate.of(2026, 11, 16); // a Monday

    final HearingSettings settings = new HearingSettings(30, null, null, 5, "POST", null, 5, 10);
    final HearingRules rules = new HearingRules(settings, new PeriodCalculator(HolidaySchedule.weekendsOnly()));

    static HearingCase.Party byEmail(String name) {
        return new HearingCase.Party(name, "申请人", "杭州市某路1号", name + "@example.cn", true);
    }

    static HearingCase hearingCase(HearingCase.Party... parties) {
        return new HearingCase(
                1,
                "A1",
                "〔2026〕第1号",
                "TRIBUNAL_COMPOSED",
                "仲裁庭已组成",
                true,
                "SOLE",
                List.of(new HearingCase.Member("arb", "周正", "SOLE", "独任仲裁员")),
                List.of(parties),
                HEARING.plusDays(30),
                false);
    }

    List<FieldProblem> noticeProblems(HearingCase c, LocalDate bookingDay) {
        var p = new HearingRules.Proposal(
                c,
                new RoomRow(1L, "A1", "第一仲裁庭", 20, false, false, 8 * 60, 18 * 60, true, 0),
                List.of(),
                BeijingTime.at(HEARING, LocalTime.of(9, 0)),
                BeijingTime.at(HEARING, LocalTime.of(10, 0)),
                "clerk",
                "刘洋");
        return rules.problems(p, bookingDay, List.of()).stream()
                .filter(x -> x.code().equals("NoticeWindow"))
                .toList();
    }

    @Test
    void partiesWhoAllConsentedToEmailAreServedTheNextDay() {
        HearingCase c = hearingCase(byEmail("张三"), byEmail("某公司"));
        LocalDate booking = rules.servedBy(HEARING).minusDays(1);

        assertThat(rules.servedOn(c, booking)).isEqualTo(booking.plusDays(1));
        assertThat(rules.slowestService(c).method()).isEqualTo("EMAIL");
        assertThat(noticeProblems(c, booking)).isEmpty();
    }

    @Test
    void theSlowestPartyGovernsTheEarliestDayAndIsNamed() {
        HearingCase c = hearingCase(byEmail("张三"), new HearingCase.Party("某建筑公司", "被申请人", "宁波市某路2号"));
        LocalDate booking = rules.servedBy(HEARING).minusDays(1);

        assertThat(rules.servedOn(c, booking)).isEqualTo(booking.plusDays(3));
        assertThat(noticeProblems(c, booking)).singleElement().satisfies(p -> assertThat(p.message())
                .contains("被申请人 某建筑公司，邮寄送达")
                .contains("通常需 3 日")
                .contains("最早可安排于 " + rules.earliestHearingDay(booking.plusDays(3))));
        assertThat(rules.earliestHearingDay(rules.servedOn(c, booking))).isAfter(HEARING);
    }

    @Test
    void anAddressWithoutConsentIsNotServedByEmail() {
        HearingCase c = hearingCase(new HearingCase.Party("李四", "申请人", "地址", "lisi@example.cn", false));

        assertThat(rules.slowestService(c).method()).isEqualTo("POST");
        assertThat(rules.slowestService(c).delayDays()).isEqualTo(3);
    }

    @Test
    void emailAsTheConfiguredMethodStillPostsToPartiesWithoutConsent() {
        HearingRules emailDefault = new HearingRules(
                new HearingSettings(30, null, null, 5, "EMAIL", null, 5, 10),
                new PeriodCalculator(HolidaySchedule.weekendsOnly()));

        assertThat(emailDefault
                        .slowestService(hearingCase(new HearingCase.Party("王五", "申请人", "地址")))
                        .method())
                .isEqualTo("POST");
        assertThat(emailDefault.slowestService(hearingCase(byEmail("王五"))).delayDays())
                .isEqualTo(1);
        assertThat(emailDefault.slowestService(hearingCase()).method())
                .as("no party recorded: the default")
                .isEqualTo("POST");
    }

    @Test
    void directServiceConfiguredIsTheDefaultForPartiesWithoutEmail() {
        HearingRules direct = new HearingRules(
                new HearingSettings(30, null, null, 5, "DIRECT", null, 5, 10),
                new PeriodCalculator(HolidaySchedule.weekendsOnly()));
        HearingCase c = hearingCase(byEmail("张三"), new HearingCase.Party("某公司", "被申请人", "地址"));

        assertThat(direct.slowestService(c).method())
                .as("e-mail (1 day) is slower than direct (0)")
                .isEqualTo("EMAIL");
        assertThat(direct.servedOn(c, HEARING.minusDays(20))).isEqualTo(HEARING.minusDays(19));
    }
}
