package cn.laborcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deadlines stored and recomputed on the real database and the seeded 2025/2026 schedule. */
@IntegrationTest
class DeadlinesIT {

    @Autowired
    Deadlines deadlines;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void extendsTheAwardDeadlineOnceThenRefusesASecondExtensionWithAConflict() {
        DeadlineView award = open("ARBITRATION_AWARD", "2026-03-02");
        assertThat(award.dueDate()).isEqualTo("2026-04-16");

        DeadlineView extended = deadlines.extend(
                award.id(),
                award.version(),
                new Extension(15, "仲裁委主任 director", LocalDate.parse("2026-04-10"), "案情复杂，需要鉴定"));

        // day 60 is May 1, inside the Labour Day holiday May 1-5: the period ends on Wednesday May 6
        assertThat(extended.dueDate()).isEqualTo("2026-05-06");
        assertThat(extended.totalDays()).isEqualTo(60);
        assertThat(extended.extensions()).singleElement().satisfies(e -> assertThat(e.days())
                .isEqualTo(15));
        ConflictException refused = catchThrowableOfType(
                ConflictException.class,
                () -> deadlines.extend(
                        award.id(),
                        extended.version(),
                        new Extension(5, "仲裁委主任 director", LocalDate.parse("2026-04-20"), "再次延期")));
        assertThat(refused.code()).isEqualTo("EXTENSION_LIMIT");
        assertThat(refused.getMessage())
                // how many times is a local limit: no article is cited for it (§43 limits the length, not the count)
                .isEqualTo("「仲裁裁决」期限已于2026-04-10经仲裁委主任 director批准延长15日；按本地延期规则只能延长1次，不能再次延长");
        assertThat(deadlines.get(award.id()).dueDate()).isEqualTo("2026-05-06");
        assertThat(audited("DEADLINE_EXTENDED", award.id())).isEqualTo(1);
    }

    @Test
    void refusesAnInspectionExtensionBeyondThirtyWorkingDays() {
        DeadlineView inspection = open("INSPECTION_CASE", "2026-09-01");
        assertThat(inspection.dueDate()).isEqualTo("2026-11-30");
        assertThat(inspection.legalBasis()).isEqualTo("《劳动保障监察条例》第十七条");

        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> deadlines.extend(
                        inspection.id(),
                        inspection.version(),
                        new Extension(31, "局长 chief", LocalDate.parse("2026-11-20"), "案情复杂")));

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("days");
        assertThat(deadlines.get(inspection.id()).extensions()).isEmpty();
    }

    @Test
    void pauseThenResumeShiftsTheDueDateByThePausedDays() {
        DeadlineView award = open("ARBITRATION_AWARD", "2026-03-02");

        DeadlineView paused = deadlines.pause(award.id(), award.version(), LocalDate.parse("2026-03-05"), "等待工伤认定结论");

        assertThat(paused.status()).isEqualTo(DeadlineStatus.PAUSED);
        assertThat(paused.dueDate()).isNull();
        assertThat(paused.daysLeft()).isNull();
        assertThat(paused.explanation()).last().satisfies(n -> assertThat(n.note())
                .contains("尚余43日"));

        DeadlineView resumed = deadlines.resume(award.id(), paused.version(), LocalDate.parse("2026-03-10"));

        assertThat(resumed.dueDate()).isEqualTo(award.dueDate().plusDays(5));
        assertThat(resumed.pauses())
                .containsExactly(new Pause(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-10"), "等待工伤认定结论"));
        assertThat(audited("DEADLINE_PAUSED", award.id())).isEqualTo(1);
        assertThat(audited("DEADLINE_RESUMED", award.id())).isEqualTo(1);
    }

    @Test
    void restartsFromANewDate() {
        DeadlineView award = open("ARBITRATION_AWARD", "2026-03-02");

        DeadlineView restarted =
                deadlines.restart(award.id(), award.version(), LocalDate.parse("2026-06-01"), "申请人增加仲裁请求");

        assertThat(restarted.start()).isEqualTo("2026-06-01");
        assertThat(restarted.originalStart()).isEqualTo("2026-03-02");
        assertThat(restarted.dueDate()).isEqualTo("2026-07-16");
        assertThat(restarted.restarts())
                .containsExactly(
                        new Restart(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-06-01"), "申请人增加仲裁请求"));
        assertThat(audited("DEADLINE_RESTARTED", award.id())).isEqualTo(1);
    }

    @Test
    void isDueSoonOnTheDueDayAndOverdueTheDayAfter() {
        DeadlineView acceptance = open("INTAKE_ACCEPTANCE", "2026-09-30");
        assertThat(acceptance.dueDate()).isEqualTo("2026-10-13");

        DeadlineView onTheDay = deadlines.asOf(acceptance.id(), LocalDate.parse("2026-10-13"));
        DeadlineView dayAfter = deadlines.asOf(acceptance.id(), LocalDate.parse("2026-10-14"));
        DeadlineView early = deadlines.asOf(acceptance.id(), LocalDate.parse("2026-10-08"));

        assertThat(onTheDay.status()).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(onTheDay.daysLeft()).isZero();
        assertThat(dayAfter.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(dayAfter.daysLeft()).isEqualTo(-1);
        assertThat(early.status()).isEqualTo(DeadlineStatus.ON_TRACK);
    }

    @Test
    void refusesAChangeBasedOnAStaleVersion() {
        DeadlineView award = open("ARBITRATION_AWARD", "2026-03-02");
        deadlines.restart(award.id(), award.version(), LocalDate.parse("2026-03-20"), "追加当事人");

        ConflictException e = catchThrowableOfType(
                ConflictException.class,
                () -> deadlines.pause(award.id(), award.version(), LocalDate.parse("2026-03-25"), "中止"));

        assertThat(e.code()).isEqualTo("CONCURRENT_EDIT");
    }

    @Test
    void closedDeadlinesAreListedForTheirOwnerAndRefuseChanges() {
        DeadlineOwner owner = new DeadlineOwner("TEST_CASE", UUID.randomUUID().toString());
        DeadlineView acceptance =
                deadlines.open(new OpenDeadline("ARBITRATION_ACCEPTANCE", LocalDate.parse("2026-09-28"), owner));
        // 5 working days (办案规则 附则): the National Day holiday does not count, the make-up Saturday 10-10 does
        assertThat(acceptance.dueDate()).isEqualTo("2026-10-10");

        DeadlineView closed = deadlines.close(acceptance.id(), acceptance.version(), LocalDate.parse("2026-09-30"));

        assertThat(closed.status()).isEqualTo(DeadlineStatus.CLOSED);
        assertThat(deadlines.forOwner(owner)).extracting(DeadlineView::id).containsExactly(acceptance.id());
        assertThat(catchThrowableOfType(
                                ConflictException.class,
                                () -> deadlines.restart(
                                        acceptance.id(), closed.version(), LocalDate.parse("2026-10-01"), "补正"))
                        .code())
                .isEqualTo("DEADLINE_CLOSED");
    }

    /** 办案规则 附则: 三日、五日、十日指工作日，十五日、四十五日指自然日. */
    @ParameterizedTest(name = "{0} from {1}: due {2} ({3})")
    @CsvSource({
        "ARBITRATION_ACCEPTANCE,      2026-09-28, 2026-10-10, WORKING_DAYS",
        "ARBITRATION_SERVICE,         2026-09-28, 2026-10-10, WORKING_DAYS",
        "ARBITRATION_ANSWER,          2026-09-28, 2026-10-16, WORKING_DAYS",
        "ARBITRATION_TRIBUNAL_NOTICE, 2026-09-28, 2026-10-10, WORKING_DAYS",
        "ARBITRATION_AWARD,           2026-09-28, 2026-11-12, CALENDAR_DAYS",
        "ARBITRATION_ACCEPTANCE,      2026-03-06, 2026-03-13, WORKING_DAYS",
        "ARBITRATION_ANSWER,          2026-03-06, 2026-03-20, WORKING_DAYS"
    })
    void arbitrationCountsShortPeriodsInWorkingDaysAndTheAwardInCalendarDays(
            String rule, LocalDate start, LocalDate due, PeriodUnit unit) {
        DeadlineView view = deadlines.open(new OpenDeadline(
                rule, start, new DeadlineOwner("TEST_CASE", UUID.randomUUID().toString())));

        assertThat(view.dueDate()).isEqualTo(due);
        assertThat(deadlines.rules())
                .filteredOn(r -> r.code().equals(rule))
                .singleElement()
                .satisfies(r -> assertThat(r.unit()).isEqualTo(unit));
    }

    @Test
    void correctionRestartsTheAcceptancePeriodButNotTheAward() {
        DeadlineOwner owner = new DeadlineOwner("TEST_CASE", UUID.randomUUID().toString());
        DeadlineView acceptance =
                deadlines.open(new OpenDeadline("ARBITRATION_ACCEPTANCE", LocalDate.parse("2026-03-02"), owner));
        DeadlineView award =
                deadlines.open(new OpenDeadline("ARBITRATION_AWARD", LocalDate.parse("2026-03-02"), owner));

        DeadlineView restarted =
                deadlines.restart(acceptance.id(), acceptance.version(), LocalDate.parse("2026-03-09"), "申请人补正材料");
        ConflictException refused = catchThrowableOfType(
                ConflictException.class,
                () -> deadlines.restart(award.id(), award.version(), LocalDate.parse("2026-03-09"), "补正"));

        assertThat(restarted.start()).isEqualTo("2026-03-09");
        assertThat(refused.code()).isEqualTo("RESTART_GROUND");
        assertThat(deadlines.get(award.id()).start()).isEqualTo("2026-03-02");
    }

    @Test
    void refusesAnExtensionApprovedAfterTheDueDate() {
        DeadlineView award = open("ARBITRATION_AWARD", "2026-03-02");
        assertThat(award.dueDate()).isEqualTo("2026-04-16");

        ConflictException e = catchThrowableOfType(
                ConflictException.class,
                () -> deadlines.extend(
                        award.id(), award.version(), new Extension(10, "主任", LocalDate.parse("2026-04-17"), "案情复杂")));

        assertThat(e.code()).isEqualTo("EXTENSION_EXPIRED");
        assertThat(deadlines.get(award.id()).extensions()).isEmpty();
    }

    @Test
    void opensOnlyUnderAConfiguredRule() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> deadlines.open(new OpenDeadline("NO_SUCH_RULE", null, new DeadlineOwner("TEST_CASE", "1"))));

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("ruleCode", "start");
        assertThat(deadlines.rules())
                .extracting(DeadlineRule::code)
                .contains("INTAKE_ACCEPTANCE", "INSPECTION_CASE", "ARBITRATION_ACCEPTANCE", "ARBITRATION_AWARD");
    }

    private DeadlineView open(String rule, String start) {
        return deadlines.open(new OpenDeadline(
                rule,
                LocalDate.parse(start),
                new DeadlineOwner("TEST_CASE", UUID.randomUUID().toString())));
    }

    private long audited(String action, DeadlineId id) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and target_type = 'DEADLINE' and target_id = ?",
                Long.class,
                action,
                id.toString());
    }
}
