package cn.laborcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guards of a deadline, on the shipped 2025/2026 schedule, without a database. */
class DeadlineTest {

    static final DeadlineRule INSPECTION = new DeadlineRule(
            "INSPECTION_CASE",
            "监察案件办结",
            "《劳动保障监察条例》第十七条",
            PeriodUnit.WORKING_DAYS,
            60,
            1,
            30,
            "经劳动保障行政部门负责人批准",
            null,
            null,
            java.util.List.of());
    static final DeadlineRule AWARD = new DeadlineRule(
            "ARBITRATION_AWARD",
            "仲裁裁决",
            "《中华人民共和国劳动争议调解仲裁法》第四十三条",
            PeriodUnit.CALENDAR_DAYS,
            45,
            1,
            15,
            "经仲裁委员会主任批准",
            "《劳动人事争议仲裁办案规则》第四十六条",
            "《劳动人事争议仲裁办案规则》第四十六条",
            java.util.List.of());
    static final DeadlineRule ACCEPTANCE = new DeadlineRule(
            "INTAKE_ACCEPTANCE",
            "举报投诉受理审查",
            "25号令第十八条",
            PeriodUnit.WORKING_DAYS,
            5,
            0,
            0,
            null,
            null,
            null,
            java.util.List.of());

    static final DeadlineRule AWARD_WITH_GROUNDS = new DeadlineRule(
            "ARBITRATION_AWARD",
            "仲裁裁决",
            "《中华人民共和国劳动争议调解仲裁法》第四十三条",
            PeriodUnit.CALENDAR_DAYS,
            45,
            1,
            15,
            "经仲裁委员会主任批准",
            "《劳动人事争议仲裁办案规则》第四十六条",
            "《劳动人事争议仲裁办案规则》第四十六条",
            java.util.List.of("追加当事人", "追加第三人", "增加仲裁请求", "变更仲裁请求", "反申请", "移送管辖"));
    static final DeadlineRule ARBITRATION_ACCEPTANCE = new DeadlineRule(
            "ARBITRATION_ACCEPTANCE",
            "仲裁申请受理审查",
            "《中华人民共和国劳动争议调解仲裁法》第二十九条",
            PeriodUnit.WORKING_DAYS,
            5,
            0,
            0,
            null,
            null,
            "《劳动人事争议仲裁办案规则》第四十六条第二项",
            java.util.List.of("补正"));

    private final PeriodCalculator calendar = new PeriodCalculator(OfficialSchedules.seeded());

    @Test
    void extendsOnceThenRefusesASecondExtension() {
        Deadline deadline = open(INSPECTION, "2026-09-01");
        assertThat(deadline.compute(calendar).dueDate()).isEqualTo("2026-11-30");

        deadline.extend(new Extension(30, "王局长", LocalDate.parse("2026-11-20"), "案情复杂，需调取银行流水"));

        ComputedPeriod extended = deadline.compute(calendar);
        assertThat(extended.dueDate()).isEqualTo("2027-01-11");
        assertThat(extended.provisional()).isTrue();
        assertThatThrownBy(() -> deadline.extend(new Extension(5, "王局长", LocalDate.parse("2026-12-01"), "再延长")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("「监察案件办结」期限已于2026-11-20经王局长批准延长30个工作日；按本地延期规则只能延长1次，不能再次延长");
    }

    @Test
    void refusesAnExtensionLongerThanTheLawAllowsNamingEachField() {
        Deadline deadline = open(INSPECTION, "2026-09-01");

        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> deadline.extend(new Extension(31, " ", null, "")));

        assertThat(e.problems())
                .extracting(FieldProblem::field)
                .containsExactly("days", "approvedBy", "approvedOn", "reason");
        assertThat(e.problems().get(0).message()).isEqualTo("延长天数不得超过30个工作日（《劳动保障监察条例》第十七条）");
    }

    @Test
    void refusesAnyExtensionWhereTheBasisAllowsNone() {
        Deadline deadline = open(ACCEPTANCE, "2026-09-30");

        assertThatThrownBy(() -> deadline.extend(new Extension(2, "科长", LocalDate.parse("2026-10-08"), "理由")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("「举报投诉受理审查」期限依25号令第十八条不得延长");
    }

    @Test
    void pauseStopsTheClockAndResumeShiftsTheDueDateByThePausedDays() {
        Deadline deadline = open(AWARD, "2026-03-02");
        deadline.apply(deadline.compute(calendar));
        assertThat(deadline.dueDate()).isEqualTo("2026-04-16");

        deadline.pause(LocalDate.parse("2026-03-05"), "申请人申请中止（办案规则第四十六条）");
        assertThat(deadline.apply(deadline.compute(calendar))).isTrue();
        assertThat(deadline.dueDate()).isNull();
        assertThat(deadline.status(LocalDate.parse("2026-03-06"), calendar, 3)).isEqualTo(DeadlineStatus.PAUSED);

        Pause closed = deadline.resume(LocalDate.parse("2026-03-10"));
        deadline.apply(deadline.compute(calendar));

        assertThat(closed.days()).isEqualTo(5);
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.parse("2026-04-16").plusDays(5));
    }

    @Test
    void refusesPausesTheRuleDoesNotProvideAndOverlappingPauses() {
        assertThatThrownBy(() -> open(INSPECTION, "2026-09-01").pause(LocalDate.parse("2026-09-10"), "理由"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("不适用中止");

        Deadline award = open(AWARD, "2026-03-02");
        award.pause(LocalDate.parse("2026-03-05"), "理由");
        assertThatThrownBy(() -> award.pause(LocalDate.parse("2026-03-06"), "理由"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("「仲裁裁决」期限已于2026-03-05中止，尚未恢复");
        assertThatThrownBy(() -> award.restart(LocalDate.parse("2026-03-20"), "补正"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("「仲裁裁决」期限处于中止状态，请先恢复再重新计算");
        award.resume(LocalDate.parse("2026-03-10"));
        assertThatThrownBy(() -> award.pause(LocalDate.parse("2026-03-09"), "理由"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void restartCountsAgainFromTheNewDate() {
        Deadline deadline = open(AWARD, "2026-03-02");

        Restart restart = deadline.restart(LocalDate.parse("2026-06-01"), "申请人增加仲裁请求");

        assertThat(restart.previousStart()).isEqualTo("2026-03-02");
        assertThat(deadline.start()).isEqualTo("2026-06-01");
        assertThat(deadline.compute(calendar).dueDate()).isEqualTo("2026-07-16");
        assertThat(deadline.originalStart()).isEqualTo("2026-03-02");
    }

    @Test
    void theOnlyOnceMessageCitesNoArticleForALocalLimit() {
        Deadline award = open(AWARD, "2026-03-02");
        award.apply(award.compute(calendar));
        award.extend(new Extension(10, "仲裁委主任", LocalDate.parse("2026-04-10"), "案情复杂"));

        assertThatThrownBy(() -> award.extend(new Extension(5, "仲裁委主任", LocalDate.parse("2026-04-12"), "再延")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("按本地延期规则只能延长1次")
                .message()
                .doesNotContain("第四十三条")
                .doesNotContain("依");
    }

    @ParameterizedTest(name = "{0} approved on {1} (due {2}): {3}")
    @CsvSource({
        // rule,       approved on, due date,   outcome
        "AWARD,       2026-04-10,  2026-04-16, GRANTED",
        "AWARD,       2026-04-16,  2026-04-16, GRANTED",
        "AWARD,       2026-04-17,  2026-04-16, EXTENSION_EXPIRED",
        "INSPECTION,  2026-11-30,  2026-11-30, GRANTED",
        "INSPECTION,  2026-12-01,  2026-11-30, EXTENSION_EXPIRED"
    })
    void anExpiredPeriodCannotBeExtended(String rule, LocalDate approvedOn, LocalDate due, String outcome) {
        Deadline deadline = rule.equals("AWARD") ? open(AWARD, "2026-03-02") : open(INSPECTION, "2026-09-01");
        deadline.apply(deadline.compute(calendar));
        assertThat(deadline.dueDate()).isEqualTo(due);

        Extension extension = new Extension(5, "负责人", approvedOn, "情况复杂");
        if (outcome.equals("GRANTED")) {
            assertThat(deadline.extend(extension).days()).isEqualTo(5);
        } else {
            ConflictException e = catchThrowableOfType(ConflictException.class, () -> deadline.extend(extension));
            assertThat(e.code()).isEqualTo(outcome);
            assertThat(e.getMessage()).contains("已于" + due + "届满", "期限届满后不能延长");
        }
    }

    @ParameterizedTest(name = "{0} restarted for 「{1}」: {2}")
    @CsvSource({
        // 办案规则 §46(二): 补正 restarts the acceptance period, not the award's
        "ARBITRATION_ACCEPTANCE, 补正,              RESTARTED",
        "ARBITRATION_ACCEPTANCE, 追加当事人,        RESTART_GROUND",
        "ARBITRATION_AWARD,      补正,              RESTART_GROUND",
        "ARBITRATION_AWARD,      申请人增加仲裁请求, RESTARTED",
        "ARBITRATION_AWARD,      追加第三人,        RESTARTED",
        "ARBITRATION_AWARD,      案件移送管辖,      RESTARTED"
    })
    void restartsOnlyForTheGroundsItsRuleNames(String code, String reason, String outcome) {
        Deadline deadline =
                open(code.equals("ARBITRATION_AWARD") ? AWARD_WITH_GROUNDS : ARBITRATION_ACCEPTANCE, "2026-03-02");

        if (outcome.equals("RESTARTED")) {
            assertThat(deadline.restart(LocalDate.parse("2026-03-20"), reason).reason())
                    .isEqualTo(reason);
            assertThat(deadline.start()).isEqualTo("2026-03-20");
        } else {
            ConflictException e = catchThrowableOfType(
                    ConflictException.class, () -> deadline.restart(LocalDate.parse("2026-03-20"), reason));
            assertThat(e.code()).isEqualTo(outcome);
            assertThat(deadline.start()).isEqualTo("2026-03-02");
        }
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
        "2026-10-01, ON_TRACK",
        "2026-10-08, ON_TRACK",
        "2026-10-09, DUE_SOON",
        "2026-10-13, DUE_SOON",
        "2026-10-14, OVERDUE",
        "2026-12-31, OVERDUE"
    })
    void isNotOverdueOnTheDueDayItselfButTheDayAfter(LocalDate today, DeadlineStatus status) {
        Deadline deadline = open(ACCEPTANCE, "2026-09-30");
        deadline.apply(deadline.compute(calendar));
        assertThat(deadline.dueDate()).isEqualTo("2026-10-13");

        assertThat(deadline.status(today, calendar, 3)).isEqualTo(status);
    }

    @Test
    void aClosedDeadlineRefusesChanges() {
        Deadline deadline = open(AWARD, "2026-03-02");
        deadline.close(LocalDate.parse("2026-04-01"));

        assertThat(deadline.status(LocalDate.parse("2026-05-01"), calendar, 3)).isEqualTo(DeadlineStatus.CLOSED);
        assertThatThrownBy(() -> deadline.extend(new Extension(5, "主任", LocalDate.parse("2026-04-02"), "理由")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("「仲裁裁决」期限已于2026-04-01结束，不能再变更");
    }

    private static Deadline open(DeadlineRule rule, String start) {
        return Deadline.open(
                rule, new OpenDeadline(rule.code(), LocalDate.parse(start), new DeadlineOwner("TEST", "1")));
    }
}
