package cn.laborcase.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.OpenDeadline;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.TestStaff;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An overdue task's holder and its office's leader get one notice each when it goes overdue: not before, and not again
 * on a second scan, a restart, or two nodes scanning at once.
 */
@IntegrationTest
class OverdueNoticesIT {

    @Autowired
    OverdueNotices notices;

    @Autowired
    ProcessStarter starter;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Deadlines deadlines;

    String office;
    String grid;
    String assistant;
    String leader;
    String link;

    @BeforeEach
    void setUp() {
        // an office of its own, so that only this test's leader and assistant are its people
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        office = "O" + suffix;
        jdbc.update(
                "insert into office (code, name, short_name, kind, region_name, parent_id) "
                        + "values (?, ?, ?, 'INSPECTION', '测试区', (select id from office where code = 'C0'))",
                office,
                "测试监察大队" + suffix,
                "测" + suffix);
        grid = "T" + suffix;
        jdbc.update(
                "insert into grid (code, name, office_id, area_description) values (?, ?, (select id from office where code = ?), '测试片区')",
                grid,
                "测试网格" + suffix,
                office);
        assistant = TestStaff.uniqueUsername("ovd-a");
        TestStaff.insert(jdbc, assistant, "Secret@2026x", office, "GRID_ASSISTANT");
        jdbc.update(
                "insert into grid_member (grid_id, staff_id, kind) values ((select id from grid where code = ?), (select id from staff where username = ?), 'ASSISTANT')",
                grid,
                assistant);
        leader = TestStaff.uniqueUsername("ovd-l");
        TestStaff.insert(jdbc, leader, "Secret@2026x", office, "SECTION_LEADER");
    }

    @AfterEach
    void resetClock() {
        TestClock.get().reset();
    }

    @Test
    void notifiesTheHolderAndTheLeaderOnceWhenATaskGoesOverdue() throws Exception {
        Instant due = TestClock.get().instant().plus(Duration.ofHours(2));
        String instance = transactions.execute(tx -> starter.start(
                "employer-registry-review",
                "OVD-" + grid,
                new CaseContext("测试超期核查 " + grid, office, grid),
                Map.of("dueDate", Date.from(due))));
        String taskId = jdbc.queryForObject(
                "select id from wf_task where process_instance_id = ? and status = 'OPEN'", String.class, instance);
        link = "/tasks/" + taskId;

        notices.scan();
        assertThat(noticesTo(assistant)).isZero();
        assertThat(noticesTo(leader)).isZero();

        TestClock.get().advance(Duration.ofHours(3));
        notices.scan();
        assertThat(noticesTo(assistant)).isEqualTo(1);
        assertThat(noticesTo(leader)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select title from staff_notice where username = ? and link = ?", String.class, leader, link))
                .startsWith("督办：本机构任务已超期 「核查网格用人单位信息」");
        assertThat(jdbc.queryForObject(
                        "select title from staff_notice where username = ? and link = ?",
                        String.class,
                        assistant,
                        link))
                .startsWith("任务已超期：「核查网格用人单位信息」");

        // again (a restart runs the scan again): nothing new
        notices.scan();
        assertThat(noticesTo(assistant)).isEqualTo(1);
        assertThat(noticesTo(leader)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select recipients from overdue_notice where item_type = 'TASK' and item_id = ?",
                        Integer.class,
                        taskId))
                .isEqualTo(2);
    }

    @Test
    void twoNodesScanningAtOnceStillNotifyOnce() throws Exception {
        Instant due = TestClock.get().instant().plus(Duration.ofMinutes(30));
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String instance = transactions.execute(tx -> starter.start(
                    "employer-registry-review",
                    "OVD-" + UUID.randomUUID(),
                    new CaseContext("测试并发超期核查", office, grid),
                    Map.of("dueDate", Date.from(due))));
            links.add("/tasks/"
                    + jdbc.queryForObject(
                            "select id from wf_task where process_instance_id = ? and status = 'OPEN'",
                            String.class,
                            instance));
        }
        TestClock.get().advance(Duration.ofHours(1));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> scan = () -> notices.scan();
            List<Future<Integer>> runs = pool.invokeAll(List.of(scan, scan));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        for (String l : links) {
            link = l;
            assertThat(noticesTo(assistant)).as(l).isEqualTo(1);
            assertThat(noticesTo(leader)).as(l).isEqualTo(1);
        }
    }

    @Test
    void notifiesOnceWhenAStatutoryDeadlineOfTheTasksProcessHasRunOut() {
        String instance = transactions.execute(tx -> starter.start(
                "employer-registry-review",
                "OVD-" + UUID.randomUUID(),
                new CaseContext("测试期限届满核查 " + grid, office, grid),
                Map.of("dueDate", Date.from(TestClock.get().instant().plus(Duration.ofDays(20))))));
        link = "/tasks/"
                + jdbc.queryForObject(
                        "select id from wf_task where process_instance_id = ? and status = 'OPEN'",
                        String.class,
                        instance);
        // 受理审查: 5 working days from a month ago, run out long before today
        DeadlineView deadline = transactions.execute(tx -> deadlines.open(new OpenDeadline(
                "INTAKE_ACCEPTANCE",
                TestClock.get().today().minusDays(30),
                new DeadlineOwner("TEST", UUID.randomUUID().toString()),
                instance,
                Set.of())));
        assertThat(deadline.dueDate()).isBefore(TestClock.get().today());

        notices.scan();
        notices.scan();

        assertThat(noticesTo(assistant)).isEqualTo(1);
        assertThat(noticesTo(leader)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select title from staff_notice where username = ? and link = ?",
                        String.class,
                        assistant,
                        link))
                .startsWith("法定期限已届满：「举报投诉受理审查」");
    }

    private long noticesTo(String username) {
        return jdbc.queryForObject(
                "select count(*) from staff_notice where username = ? and link = ?", Long.class, username, link);
    }
}
