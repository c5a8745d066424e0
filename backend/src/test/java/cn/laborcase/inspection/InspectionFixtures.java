package cn.laborcase.inspection;

import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.organization.Role;
import cn.laborcase.patrol.RoutineFindingReported;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.TestClock;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data of its own for each inspection test, on top of {@link IntakeFixtures} (an office with its grid, two
 * inspectors, a clerk and a section leader): a third inspector, the 局长, and someone of the office who did not
 * investigate (a hearing officer).
 */
public final class InspectionFixtures {

    private static final AtomicLong FINDINGS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    public final IntakeFixtures f;
    public final CurrentUser third;
    public final CurrentUser head;
    public final CurrentUser legal;
    private final JdbcTemplate jdbc;

    public InspectionFixtures(JdbcTemplate jdbc, UserLookup users) {
        this.jdbc = jdbc;
        this.f = new IntakeFixtures(jdbc, users);
        this.third = f.staff("第三监察员", Role.INSPECTOR, f.grid);
        this.head = f.staff("测试局长", Role.BUREAU_LEADER, null);
        this.legal = f.staff("法制科长", Role.SECTION_LEADER, null);
    }

    public long employerId(String creditCode) {
        return jdbc.queryForObject("select id from employer where credit_code = ?", Long.class, creditCode);
    }

    /** A patrol finding against a new employer of the grid, as the patrol module publishes it. */
    public RoutineFindingReported finding() {
        long employer = employerId(f.employer());
        return new RoutineFindingReported(
                RoutineFindingReported.PATROL,
                FINDINGS.incrementAndGet(),
                "2026年12月巡视检查 第1号",
                employer,
                f.office,
                f.grid,
                List.of(f.inspector.username(), f.partner.username()),
                "巡视发现未按时足额支付工资",
                List.of("未按时足额支付工资"),
                new BigDecimal("15000.00"),
                3,
                f.inspector.username(),
                TestClock.get().instant());
    }
}
