package cn.laborcase.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates the inbox's volume with set-based SQL (PostgreSQL's {@code generate_series}; a benchmark, not the
 * application): {@code open} open and {@code closed} closed tasks in our read model ({@code wf_task}, two candidate
 * rows each) and the same open tasks in Camunda's runtime tables ({@code ACT_RU_TASK}, {@code ACT_RU_IDENTITYLINK}),
 * the closed ones in its history ({@code ACT_HI_TASKINST}, where Camunda keeps ended tasks).
 *
 * <p>Shape: 40 offices ({@code B01…B40}) of 10 grids each; every task is offered to its office's inspectors and its
 * grid's inspectors; 40 % of the open tasks are claimed by one of 20 inspectors of the office, the rest wait in the
 * queues (claimed by blocks of 8,000 task numbers, so that every office, grid and inspector has both); due dates spread over 60 days from 2026-11-20, one task in 20 without a due date.
 */
final class InboxData {

    static final int OFFICES = 40;
    static final int GRIDS_PER_OFFICE = 10;
    static final int STAFF_PER_OFFICE = 20;

    private InboxData() {}

    /** Generates the data unless the database already holds exactly this volume. */
    static void ensure(Connection c, int open, int closed) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            long haveOpen = count(s, "select count(*) from wf_task where id like 'bt-%' and status = 'OPEN'");
            long haveAll = count(s, "select count(*) from wf_task where id like 'bt-%'");
            long haveEngine = count(s, "select count(*) from ACT_RU_TASK where ID_ like 'bt-%'");
            // every office has claimed tasks (the first generator claimed whole offices: g % 5 followed the office)
            long claimedInB03 = count(
                    s,
                    "select count(*) from wf_task where id like 'bt-%' and status = 'OPEN' and office_code = 'B03'"
                            + " and assignee is not null");
            if (haveOpen == open && haveAll == (long) open + closed && haveEngine == open && claimedInB03 > 0) {
                System.out.printf(Locale.ROOT, "data present: %,d open and %,d closed tasks%n", open, closed);
                return;
            }
            System.out.printf(Locale.ROOT, "generating %,d open and %,d closed tasks …%n", open, closed);
            long t0 = System.nanoTime();
            for (String sql : List.of(
                    "delete from wf_task_candidate where task_id like 'bt-%'",
                    "delete from wf_task where id like 'bt-%'",
                    "delete from ACT_RU_IDENTITYLINK where ID_ like 'bl-%'",
                    "delete from ACT_RU_TASK where ID_ like 'bt-%'",
                    "delete from ACT_HI_TASKINST where ID_ like 'bt-%'")) {
                s.execute(sql);
            }
            step(s, "wf_task", wfTask(open, closed));
            step(s, "wf_task_candidate", wfCandidates());
            step(s, "ACT_RU_TASK", actTask(open));
            step(s, "ACT_RU_IDENTITYLINK", actLinks());
            step(s, "ACT_HI_TASKINST", actHistory(open, closed));
            step(s, "analyze", "analyze");
            System.out.printf(Locale.ROOT, "generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The benchmark's users: one inspector per office, his groups (office and one grid). */
    static List<User> users() {
        List<User> users = new ArrayList<>();
        for (int office = 1; office <= OFFICES; office++) {
            int grid = (office - 1) * GRIDS_PER_OFFICE + 1 + office % GRIDS_PER_OFFICE;
            users.add(new User(
                    String.format(Locale.ROOT, "bu%d_%d", office, office % STAFF_PER_OFFICE),
                    List.of(
                            String.format(Locale.ROOT, "office:B%02d:inspectors", office),
                            String.format(Locale.ROOT, "grid:BG%03d:inspectors", grid))));
        }
        return users;
    }

    record User(String username, List<String> groups) {}

    private static String wfTask(int open, int closed) {
        // g: 1..open are open, the rest closed; office = g % 40 + 1; grid within the office = (g / 40) % 10
        return """
                insert into wf_task (id, process_instance_id, process_definition_key, process_name, task_definition_key,
                                     name, business_key, case_title, office_code, grid_code, assignee, priority,
                                     created_at, due_at, status, ended_at, ended_by, version)
                select 'bt-' || g, 'bp-' || g, 'complaint-intake', '举报投诉受理', 'Task_Review', '受理审查',
                       'COMPLAINT:' || g, '基准测试案件 ' || g,
                       'B' || lpad((g % 40 + 1)::text, 2, '0'),
                       'BG' || lpad(((g % 40) * 10 + (g / 40) % 10 + 1)::text, 3, '0'),
                       case when g > %1$d or (g / 8000) %% 5 < 2 then 'bu' || (g %% 40 + 1) || '_' || ((g / 400) %% 20) end,
                       50,
                       timestamptz '2026-10-01 00:00:00+08' + (g %% 86400) * interval '1 minute',
                       case when g %% 20 = 0 then null
                            else timestamptz '2026-11-20 00:00:00+08' + ((g::bigint * 7919) %% 86400) * interval '1 minute' end,
                       case when g <= %1$d then 'OPEN' else 'COMPLETED' end,
                       case when g > %1$d then timestamptz '2026-11-01 00:00:00+08' end,
                       case when g > %1$d then 'bu' || (g %% 40 + 1) || '_' || ((g / 400) %% 20) end,
                       0
                  from generate_series(1, %2$d) g
                """
                .replace("%%", "%")
                .replace("%1$d", Integer.toString(open))
                .replace("%2$d", Integer.toString(open + closed));
    }

    private static String wfCandidates() {
        String state = "case when t.status <> 'OPEN' then 'ENDED' when t.assignee is null then 'POOL' else 'HELD' end";
        return """
                insert into wf_task_candidate (task_id, group_id, queue_state, process_definition_key, due_at, created_at)
                select t.id, 'office:' || t.office_code || ':inspectors', %s, t.process_definition_key, t.due_at,
                       t.created_at
                  from wf_task t where t.id like 'bt-%%'
                union all
                select t.id, 'grid:' || t.grid_code || ':inspectors', %s, t.process_definition_key, t.due_at,
                       t.created_at
                  from wf_task t where t.id like 'bt-%%'
                """
                .formatted(state, state);
    }

    private static String actTask(int open) {
        return """
                insert into ACT_RU_TASK (ID_, REV_, NAME_, TASK_DEF_KEY_, ASSIGNEE_, PRIORITY_, CREATE_TIME_, DUE_DATE_,
                                         SUSPENSION_STATE_, TASK_STATE_)
                select t.id, 1, t.name, t.task_definition_key, t.assignee, t.priority,
                       t.created_at at time zone 'Asia/Shanghai', t.due_at at time zone 'Asia/Shanghai', 1, 'Created'
                  from wf_task t where t.id like 'bt-%%' and t.status = 'OPEN'
                """;
    }

    private static String actLinks() {
        return """
                insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
                select 'bl-' || c.task_id || '-' || c.group_id, 1, c.group_id, 'candidate', c.task_id
                  from wf_task_candidate c where c.task_id like 'bt-%%' and c.queue_state <> 'ENDED'
                """;
    }

    private static String actHistory(int open, int closed) {
        return """
                insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_INST_ID_, NAME_, ASSIGNEE_,
                                             START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_, DUE_DATE_,
                                             TASK_STATE_)
                select t.id, t.task_definition_key, t.process_definition_key, t.process_instance_id, t.name, t.assignee,
                       t.created_at at time zone 'Asia/Shanghai', t.ended_at at time zone 'Asia/Shanghai', 3600000,
                       'completed', t.priority, t.due_at at time zone 'Asia/Shanghai', 'Completed'
                  from wf_task t where t.id like 'bt-%%' and t.status <> 'OPEN'
                """;
    }

    private static void step(Statement s, String name, String sql) throws SQLException {
        long t0 = System.nanoTime();
        int rows = s.executeUpdate(sql.replace("%%", "%"));
        System.out.printf(Locale.ROOT, "  %-20s %,10d rows %6.1f s%n", name, rows, (System.nanoTime() - t0) / 1e9);
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
