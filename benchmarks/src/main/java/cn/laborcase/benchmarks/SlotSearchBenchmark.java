package cn.laborcase.benchmarks;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.laborcase.LaborCaseApplication;
import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.HolidaySchedule;
import cn.laborcase.calendar.OpenDeadline;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.hearing.SlotSearch;
import cn.laborcase.hearing.SlotView;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The slot search at volume (issue 15: "one case over a month with 30 rooms, 60 arbitrators, 10 clerks and 1,000
 * hearings booked: p95 ≤ 50 ms"). Starts the application's Spring context (a free port, no job executor, no BPMN
 * auto-deployment: the search never touches the engine) on its own database {@code laborcase_bench_slots} on the
 * server of {@code LABORCASE_DB_URL} (Flyway-migrated, data written once by {@link SlotData} and kept), with the clock
 * fixed at 2026-11-02 09:00 Beijing time, and calls the real
 * {@code SlotSearch.search} as a hearing clerk for a three-member case, a 2-hour hearing, over the default month. In
 * the same run, taking turns in rounds, at 1 and 4 client threads:
 *
 * <ul>
 *   <li>the same question answered by <b>one plain SQL query</b> (PostgreSQL: candidates from {@code
 *       generate_series} over the same working days, rooms, closures, slot rows, leave and clerks; the first room and
 *       clerk per start, 10 rows) on the application's pool — checked to give the same slots;
 *   <li>the <b>raw reads</b> the search needs (rooms, closures, leave, taken slots: four plain JDBC queries, no checks).
 * </ul>
 *
 * Prints p50/p95/p99 (median round by p95) and the ratios; asserts nothing. Args: seconds per measurement (3), rounds
 * (3).
 */
public final class SlotSearchBenchmark {

    static final String DATABASE = "laborcase_bench_slots";
    private static final int DURATION = 120;

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long began = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "JVM %s, %d cores, %.1f s per measurement, %d rounds, load average before %s%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                seconds,
                rounds,
                InboxBenchmark.loadAverage());
        InboxBenchDatabase server = InboxBenchDatabase.fromEnvironment();
        String url = server.ensure(DATABASE);
        Flyway.configure()
                .dataSource(url, server.user(), server.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        long caseId;
        try (Connection c = server.connect(DATABASE)) {
            caseId = SlotData.ensure(c);
        }
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext app = start(url, server)) {
            System.out.printf(Locale.ROOT, "application context started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            Deadlines deadlines = app.getBean(Deadlines.class);
            DeadlineOwner owner = new DeadlineOwner("ARBITRATION_CASE", String.valueOf(caseId));
            if (deadlines.forOwner(owner).isEmpty()) {
                // the award deadline as acceptance opens it (法 §43: 45 days from 2026-11-01)
                deadlines.open(new OpenDeadline("ARBITRATION_AWARD", SlotData.TODAY.minusDays(1), owner));
            }
            SlotSearch search = app.getBean(SlotSearch.class);
            CurrentUser clerk =
                    app.getBean(UserLookup.class).findActive(SlotData.CLERK).orElseThrow();
            DataSource pool = app.getBean(DataSource.class);
            HolidaySchedule schedule =
                    app.getBean(WorkingCalendar.class).calculator().schedule();

            List<SlotView> ours = search.search(clerk, caseId, DURATION, null, null);
            // the window the search settled on (notice window .. award margin) for the baselines
            LocalDate first = LocalDate.of(2026, 11, 13);
            LocalDate last = SlotData.TODAY.plusDays(31);
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (schedule.isWorkingDay(d)) {
                    days.add(d);
                }
            }
            List<String> sql = oneQuery(pool, caseId, days);
            List<String> mine = ours.stream()
                    .map(s -> s.start() + " " + s.roomId() + " " + s.clerk().username())
                    .toList();
            System.out.println("SlotSearch: " + ours.size() + " slots, first " + (ours.isEmpty() ? "-" : mine.get(0))
                    + ", last "
                    + (ours.isEmpty()
                            ? "-"
                            : BeijingTime.dateOf(ours.get(ours.size() - 1).start())));
            System.out.println("one SQL query gives the same slots (start, room, clerk): " + mine.equals(sql));
            countQueries(() -> search.search(clerk, caseId, DURATION, null, null));
            if (!mine.equals(sql)) {
                System.out.println("  search: " + mine);
                System.out.println("  sql:    " + sql);
            }

            WorkLatencies.Work slotSearch = (thread, i) -> {
                if (search.search(clerk, caseId, DURATION, null, null).isEmpty()) {
                    throw new IllegalStateException("no slot");
                }
            };
            WorkLatencies.Work query = (thread, i) -> {
                if (oneQuery(pool, caseId, days).isEmpty()) {
                    throw new IllegalStateException("no slot");
                }
            };
            WorkLatencies.Work reads = (thread, i) -> rawReads(pool, caseId);
            List<String> names = List.of(
                    "SlotSearch.search (the application, in-process)",
                    "baseline: one SQL query answering it",
                    "baseline: the raw reads only (4 queries)");
            List<WorkLatencies.Work> works = List.of(slotSearch, query, reads);
            for (WorkLatencies.Work w : works) {
                WorkLatencies.measure(w, 2, Math.max(2, seconds));
            }
            System.out.println("warmed up");
            int[] clients = {1, 4};
            List<List<List<WorkLatencies.Result>>> results = new ArrayList<>();
            for (int c = 0; c < clients.length; c++) {
                List<List<WorkLatencies.Result>> perWork = new ArrayList<>();
                works.forEach(w -> perWork.add(new ArrayList<>()));
                results.add(perWork);
            }
            for (int round = 0; round < rounds; round++) {
                for (int c = 0; c < clients.length; c++) {
                    for (int w = 0; w < works.size(); w++) {
                        results.get(c).get(w).add(WorkLatencies.measure(works.get(w), clients[c], seconds));
                    }
                }
            }
            System.out.println();
            System.out.println("one case, 2-hour hearing, default month; median round by p95:");
            System.out.println("| query | clients | p50 ms | p95 ms | p99 ms | per s |");
            System.out.println("|---|---|---|---|---|---|");
            for (int c = 0; c < clients.length; c++) {
                for (int w = 0; w < works.size(); w++) {
                    WorkLatencies.Result r = WorkLatencies.median(results.get(c).get(w));
                    System.out.printf(
                            Locale.ROOT,
                            "| %s | %d | %.2f | %.2f | %.2f | %.0f |%n",
                            names.get(w),
                            clients[c],
                            r.p50(),
                            r.p95(),
                            r.p99(),
                            r.perSecond());
                }
            }
            for (int c = 0; c < clients.length; c++) {
                WorkLatencies.Result s = WorkLatencies.median(results.get(c).get(0));
                WorkLatencies.Result q = WorkLatencies.median(results.get(c).get(1));
                WorkLatencies.Result r = WorkLatencies.median(results.get(c).get(2));
                System.out.printf(
                        Locale.ROOT,
                        "%d client(s): SlotSearch / one SQL query p50 %.2f×, p95 %.2f×; SlotSearch / raw reads p95"
                                + " %.2f×; target p95 ≤ 50 ms: %s%n",
                        clients[c],
                        s.p50() / q.p50(),
                        s.p95() / q.p95(),
                        s.p95() / r.p95(),
                        s.p95() <= 50 ? "met" : "NOT met");
            }
        }
        System.out.printf(
                Locale.ROOT,
                "load average after: %s; %.0f s in all%n",
                InboxBenchmark.loadAverage(),
                (System.nanoTime() - began) / 1e9);
    }

    /**
     * The SQL statements one search sends, counted from MyBatis' statement log (each mapper statement logs "==>
     * Preparing" at DEBUG under its id; nothing on the search's path uses plain JDBC), by statement id.
     */
    private static void countQueries(Runnable search) {
        Logger app = (Logger) LoggerFactory.getLogger("cn.laborcase");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Level level = app.getLevel();
        app.addAppender(log);
        app.setAdditive(false);
        app.setLevel(Level.DEBUG);
        try {
            search.run();
        } finally {
            app.setLevel(level);
            app.setAdditive(true);
            app.detachAppender(log);
        }
        Map<String, Integer> byStatement = new TreeMap<>();
        for (ILoggingEvent e : log.list) {
            if (e.getFormattedMessage().startsWith("==>  Preparing")) {
                byStatement.merge(e.getLoggerName().replace("cn.laborcase.", ""), 1, Integer::sum);
            }
        }
        System.out.println("SQL statements per search: "
                + byStatement.values().stream().mapToInt(Integer::intValue).sum() + " " + byStatement);
    }

    private static ConfigurableApplicationContext start(String url, InboxBenchDatabase server) {
        SpringApplication application = new SpringApplication(LaborCaseApplication.class);
        Clock clock = Clock.fixed(BeijingTime.at(SlotData.TODAY, LocalTime.of(9, 0)), BeijingTime.ZONE);
        // the application's Clock bean is @ConditionalOnMissingBean: this one takes its place
        application.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("benchmarkClock", clock));
        return application.run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + server.user(),
                "--spring.datasource.password=" + server.password(),
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.auto-deployment-enabled=false",
                "--logging.level.root=WARN");
    }

    /**
     * The free-slot question in one query: every 30-minute start of a working day whose 2-hour hearing fits the
     * working day, with the tribunal free (no slot row, no leave); per start the first room by name of the committee,
     * big enough, open at those hours, not out of service and free, and the first clerk by name who is free; the
     * first 10 starts. The window's working days come from the calendar module (not timed).
     */
    static List<String> oneQuery(DataSource pool, long caseId, List<LocalDate> days) throws Exception {
        String sql =
                """
                with tribunal as (select username from arbitration_tribunal_member where case_id = ?),
                cand as (
                  select s, s + interval '1 minute' * ? as e,
                         extract(hour from s at time zone 'Asia/Shanghai') * 60
                           + extract(minute from s at time zone 'Asia/Shanghai') as m,
                         cast(s at time zone 'Asia/Shanghai' as date) as d
                  from unnest(cast(? as timestamptz[])) day_start(t),
                       generate_series(t, t + interval '1 minute' * (540 - ?), interval '30 minutes') s
                )
                , free as (
                  select c.* from cand c
                  where not exists (select 1 from hearing_slot h where h.resource_kind = 'PERSON'
                                    and h.resource_id in (select username from tribunal)
                                    and h.slot_start >= c.s and h.slot_start < c.e)
                    and not exists (select 1 from staff_unavailability u
                                    where u.username in (select username from tribunal)
                                    and u.starts_at < c.e and u.ends_at > c.s)
                )
                select f.s, r.id, k.username
                from free f
                cross join lateral (
                  select r.id from hearing_room r
                  join arbitration_case ac on ac.id = ? and r.office_code = ac.office_code
                  where r.active
                    and r.capacity >= (select count(*) from arbitration_party p where p.case_id = ac.id)
                    and r.opens_minute <= f.m and f.m + ? <= r.closes_minute
                    and not exists (select 1 from hearing_room_closure x
                                    where x.room_id = r.id and f.d between x.from_day and x.to_day)
                    and not exists (select 1 from hearing_slot h where h.resource_kind = 'ROOM'
                                    and h.resource_id = cast(r.id as varchar(50)) and h.slot_start >= f.s
                                    and h.slot_start < f.e)
                  order by r.name, r.id
                  limit 1) r
                cross join lateral (
                  select k.username from staff k
                  join staff_role kr on kr.staff_id = k.id and kr.role = 'HEARING_CLERK'
                  join office o on o.id = k.office_id
                  join arbitration_case ac on ac.id = ? and o.code = ac.office_code
                  where k.active
                    and not exists (select 1 from hearing_slot h where h.resource_kind = 'PERSON'
                                    and h.resource_id = k.username and h.slot_start >= f.s and h.slot_start < f.e)
                    and not exists (select 1 from staff_unavailability u
                                    where u.username = k.username and u.starts_at < f.e and u.ends_at > f.s)
                  order by k.username
                  limit 1) k
                order by f.s
                limit 10
                """;
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                // PostgreSQL's JIT would compile this query on every call (the planner's guess for generate_series
                // is 1,000 rows a day: cost above jit_above_cost), adding about a second; the baseline runs without
                s.execute("set local jit = off");
            }
            try {
                return oneQuery(c, caseId, days, sql);
            } finally {
                c.commit();
                c.setAutoCommit(true);
            }
        }
    }

    private static List<String> oneQuery(Connection c, long caseId, List<LocalDate> days, String sql) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            Timestamp[] starts = days.stream()
                    .map(d -> Timestamp.from(BeijingTime.at(d, LocalTime.of(8, 30))))
                    .toArray(Timestamp[]::new);
            Array array = c.createArrayOf("timestamptz", starts);
            p.setLong(1, caseId);
            p.setInt(2, DURATION);
            p.setArray(3, array);
            p.setInt(4, DURATION);
            p.setLong(5, caseId);
            p.setInt(6, DURATION);
            p.setLong(7, caseId);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getTimestamp(1).toInstant() + " " + rs.getLong(2) + " " + rs.getString(3));
                }
            }
            return out;
        }
    }

    /** What the search reads before it checks anything: rooms, closures, leave and taken slots of the month. */
    static void rawReads(DataSource pool, long caseId) throws Exception {
        Instant from = BeijingTime.startOf(LocalDate.of(2026, 11, 13));
        Instant to = BeijingTime.startOf(SlotData.TODAY.plusDays(32));
        try (Connection c = pool.getConnection()) {
            List<Long> rooms = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "select id, name, capacity, opens_minute, closes_minute, active from hearing_room"
                            + " where office_code = ? order by office_code, name, id")) {
                p.setString(1, SlotData.OFFICE);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rooms.add(rs.getLong(1));
                    }
                }
            }
            List<String> people = new ArrayList<>();
            try (PreparedStatement p =
                    c.prepareStatement("select username from arbitration_tribunal_member where case_id = ?"
                            + " union all select s.username from staff s join staff_role r on r.staff_id = s.id"
                            + " join office o on o.id = s.office_id where o.code = ? and r.role = 'HEARING_CLERK'")) {
                p.setLong(1, caseId);
                p.setString(2, SlotData.OFFICE);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        people.add(rs.getString(1));
                    }
                }
            }
            Array roomIds = c.createArrayOf("bigint", rooms.toArray());
            Array roomKeys = c.createArrayOf(
                    "varchar", rooms.stream().map(String::valueOf).toArray());
            Array names = c.createArrayOf("varchar", people.toArray());
            count(c, "select room_id, from_day, to_day, reason from hearing_room_closure where room_id = any(?)", p -> {
                p.setArray(1, roomIds);
            });
            count(
                    c,
                    "select username, starts_at, ends_at, kind from staff_unavailability"
                            + " where username = any(?) and ends_at > ? and starts_at < ?",
                    p -> {
                        p.setArray(1, names);
                        p.setTimestamp(2, Timestamp.from(from));
                        p.setTimestamp(3, Timestamp.from(to));
                    });
            count(
                    c,
                    "select resource_kind, resource_id, slot_start, hearing_id from hearing_slot"
                            + " where slot_start >= ? and slot_start < ? and ((resource_kind = 'ROOM' and resource_id"
                            + " = any(?)) or (resource_kind = 'PERSON' and resource_id = any(?)))",
                    p -> {
                        p.setTimestamp(1, Timestamp.from(from));
                        p.setTimestamp(2, Timestamp.from(to));
                        p.setArray(3, roomKeys);
                        p.setArray(4, names);
                    });
        }
    }

    private interface Binder {
        void bind(PreparedStatement p) throws Exception;
    }

    private static int count(Connection c, String sql, Binder binder) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            binder.bind(p);
            int n = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                    n++;
                }
            }
            return n;
        }
    }

    private SlotSearchBenchmark() {}
}
