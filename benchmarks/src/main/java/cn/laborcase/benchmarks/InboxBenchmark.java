package cn.laborcase.benchmarks;

import cn.laborcase.workflow.persistence.InboxCriteriaRow;
import cn.laborcase.workflow.persistence.TaskMapper;
import java.io.InputStream;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.ibatis.type.JdbcType;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.flywaydb.core.Flyway;

/**
 * The inbox page at volume (issue 8): our query (the application's own mapper XML, {@code TaskMapper.search} and
 * the capped {@code count}: what one inbox page runs) beside Camunda's {@code TaskQuery} for the same user
 * ({@code or().taskCandidateGroupIn(groups).taskAssignee(user).endOr().orderByDueDate().asc().listPage(0, 20)}),
 * on the same PostgreSQL, with several clients, taking turns in rounds. Prints p50/p95 of each and the ratio;
 * asserts nothing (docs/benchmarks.md).
 *
 * <p>Arguments: threads (default 2), seconds per measurement (default 20), open tasks (150000), closed (1000000).
 * Database: {@code laborcase_bench_inbox} on the server of {@code LABORCASE_DB_URL}, kept between runs.
 */
public final class InboxBenchmark {

    static final String DATABASE = "laborcase_bench_inbox";
    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int open = args.length > 2 ? Integer.parseInt(args[2]) : 150_000;
        int closed = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        InboxBenchDatabase server = InboxBenchDatabase.fromEnvironment();
        String url = server.ensure(DATABASE);
        System.out.printf(
                Locale.ROOT,
                "JVM %s, %d cores, %d threads, %d s per measurement, load average %s%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                threads,
                seconds,
                loadAverage());

        Flyway.configure()
                .dataSource(url, server.user(), server.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(url)
                .setJdbcUsername(server.user())
                .setJdbcPassword(server.password())
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcMaxActiveConnections(threads + 2)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setProcessEngineName("inbox-benchmark")
                .buildProcessEngine();
        try (Connection c = server.connect(DATABASE)) {
            InboxData.ensure(c, open, closed);
        }

        SqlSessionFactory ours = mybatis(url, server, threads);
        TaskService camunda = engine.getTaskService();
        List<InboxData.User> users = InboxData.users();
        Instant now = Instant.parse("2026-12-05T02:00:00Z");

        WorkLatencies.Work inboxPage = (thread, i) -> {
            InboxData.User user = users.get((int) ((i * 7 + thread * 13) % users.size()));
            InboxCriteriaRow criteria =
                    new InboxCriteriaRow(user.username(), user.groups(), "ALL", null, "DUE_ASC", now, 0, 20, 1000);
            try (SqlSession session = ours.openSession(true)) {
                TaskMapper mapper = session.getMapper(TaskMapper.class);
                if (mapper.search(criteria).isEmpty() || mapper.count(criteria) == 0) {
                    throw new IllegalStateException("empty inbox for " + user);
                }
            }
        };
        WorkLatencies.Work taskQuery = (thread, i) -> {
            InboxData.User user = users.get((int) ((i * 7 + thread * 13) % users.size()));
            if (camunda.createTaskQuery()
                    .or()
                    .taskCandidateGroupIn(user.groups())
                    .taskAssignee(user.username())
                    .endOr()
                    .orderByDueDate()
                    .asc()
                    .listPage(0, 20)
                    .isEmpty()) {
                throw new IllegalStateException("empty task query for " + user);
            }
        };
        WorkLatencies.Work taskQueryWithCount = (thread, i) -> {
            InboxData.User user = users.get((int) ((i * 7 + thread * 13) % users.size()));
            var query = camunda.createTaskQuery()
                    .or()
                    .taskCandidateGroupIn(user.groups())
                    .taskAssignee(user.username())
                    .endOr();
            query.orderByDueDate().asc().listPage(0, 20);
            query.count();
        };

        List<String> names = List.of(
                "our inbox page (search + capped count)",
                "Camunda TaskQuery listPage(0, 20)",
                "Camunda TaskQuery listPage(0, 20) + count()");
        List<WorkLatencies.Work> works = List.of(inboxPage, taskQuery, taskQueryWithCount);
        for (WorkLatencies.Work work : works) {
            WorkLatencies.measure(work, threads, Math.max(3, seconds / 4.0));
        }
        System.out.println("warmed up");
        List<List<WorkLatencies.Result>> rounds = new ArrayList<>();
        works.forEach(w -> rounds.add(new ArrayList<>()));
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < works.size(); i++) {
                rounds.get(i)
                        .add(WorkLatencies.measure(works.get(i), threads, Math.max(1.0, seconds / (double) ROUNDS)));
            }
        }
        List<WorkLatencies.Result> results =
                rounds.stream().map(WorkLatencies::median).toList();
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%,d open + %,d closed tasks, %d users, median round by p95:%n",
                open,
                closed,
                users.size());
        for (int i = 0; i < works.size(); i++) {
            System.out.println(results.get(i).line(names.get(i)));
        }
        WorkLatencies.Result mine = results.get(0);
        WorkLatencies.Result theirs = results.get(1);
        System.out.printf(
                Locale.ROOT,
                "TaskQuery / our page: p50 %.1f×, p95 %.1f×   (goal: our p95 ≤ 20 ms and ≥ 5× faster)%n",
                theirs.p50() / mine.p50(),
                theirs.p95() / mine.p95());
        System.out.println("load average after: " + loadAverage());
        engine.close();
    }

    private static SqlSessionFactory mybatis(String url, InboxBenchDatabase server, int threads) throws Exception {
        PooledDataSource dataSource =
                new PooledDataSource("org.postgresql.Driver", url, server.user(), server.password());
        dataSource.setPoolMaximumActiveConnections(threads + 2);
        dataSource.setPoolMaximumIdleConnections(threads + 2);
        Configuration configuration =
                new Configuration(new Environment("bench", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setJdbcTypeForNull(JdbcType.NULL);
        String resource = "mapper/cn/laborcase/workflow/persistence/TaskMapper.xml";
        try (InputStream in = InboxBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            new XMLMapperBuilder(in, configuration, resource, configuration.getSqlFragments()).parse();
        }
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    static String loadAverage() {
        return String.format(
                Locale.ROOT,
                "%.2f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }
}
