package cn.laborcase.benchmarks;

import cn.laborcase.LaborCaseApplication;
import cn.laborcase.employer.CreditCode;
import cn.laborcase.shared.IdCardNumber;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Registration throughput (issue 8): {@code POST /api/complaints} over HTTP against the application started in-process
 * on a throw-away database of the machine's PostgreSQL (demo data), at 1, 2 and 4 clients, each logged in once with a
 * session (form login, CSRF header) so that HTTP Basic's BCrypt check per request does not dominate; and, side by side
 * in the same run, a raw Camunda engine (standalone configuration, its own throw-away database on the same server,
 * history full as in the application) starting a one-task process. Each registration is a new complaint about an
 * employer not yet in the registry (employer insert, guard, number, complaint, party, timeline, deadline, process
 * start with its review task, audit). Prints p50/p95, throughput and the ratio; asserts nothing.
 *
 * <p>Arguments: seconds per measurement (default 15), rounds (default 2; the configurations take turns).
 */
public final class RegistrationBenchmark {

    private static final int[] CLIENTS = {1, 2, 4};

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 15;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        System.out.printf(
                Locale.ROOT,
                "JVM %s, %d cores, %.0f s per measurement, %d rounds; load average before: %s%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                seconds,
                rounds,
                load());
        String stamp = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        try (BenchDatabase appDb = new BenchDatabase("bench_reg_" + stamp);
                BenchDatabase engineDb = new BenchDatabase("bench_engine_" + stamp)) {
            ConfigurableApplicationContext app = start(appDb);
            ProcessEngine engine = rawEngine(engineDb);
            try {
                int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
                String grid = firstGrid(appDb);
                System.out.println("application on port " + port + ", registering about new employers in grid " + grid);
                Latencies.measure("warm-up registrations", 2, seconds, i -> registrations(port, grid));
                Latencies.measure("warm-up engine", 2, seconds / 2, i -> starts(engine));
                List<List<Latencies.Result>> app0 = new ArrayList<>();
                List<List<Latencies.Result>> raw0 = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    List<Latencies.Result> a = new ArrayList<>();
                    List<Latencies.Result> e = new ArrayList<>();
                    for (int clients : CLIENTS) {
                        a.add(Latencies.measure(
                                "POST /api/complaints", clients, seconds, i -> registrations(port, grid)));
                        e.add(Latencies.measure("raw engine start", clients, seconds, i -> starts(engine)));
                    }
                    app0.add(a);
                    raw0.add(e);
                }
                print(app0, raw0);
            } finally {
                engine.close();
                app.close();
            }
        }
        System.out.println("load average after: " + load());
    }

    private static void print(List<List<Latencies.Result>> app, List<List<Latencies.Result>> raw) {
        System.out.println();
        System.out.println("| what | clients | p50 ms | p95 ms | per second | errors |");
        System.out.println("|---|---|---|---|---|---|");
        for (int r = 0; r < app.size(); r++) {
            System.out.println("round " + (r + 1));
            for (int i = 0; i < CLIENTS.length; i++) {
                System.out.println(app.get(r).get(i).line());
                System.out.println(raw.get(r).get(i).line());
            }
        }
        System.out.println();
        System.out.println("| clients | registrations/s (median of rounds) | raw starts/s | ratio |");
        System.out.println("|---|---|---|---|");
        for (int i = 0; i < CLIENTS.length; i++) {
            int c = i;
            double a =
                    median(app.stream().mapToDouble(l -> l.get(c).perSecond()).toArray());
            double e =
                    median(raw.stream().mapToDouble(l -> l.get(c).perSecond()).toArray());
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.0f %% |%n", CLIENTS[i], a, e, 100 * a / e);
        }
    }

    /** The application on a throw-away database, with demo data (offices, grids, the clerk) and a free port. */
    static ConfigurableApplicationContext start(BenchDatabase db) {
        // command-line arguments: they take precedence over application.yml's environment placeholders
        return new SpringApplicationBuilder(LaborCaseApplication.class)
                .profiles("demo")
                .run(
                        "--spring.datasource.url=" + db.url,
                        "--spring.datasource.username=" + db.user,
                        "--spring.datasource.password=" + db.password,
                        "--server.port=0",
                        "--spring.mail.port="
                                + (20000 + ThreadLocalRandom.current().nextInt(20000)),
                        "--logging.level.root=WARN");
    }

    private static ProcessEngine rawEngine(BenchDatabase db) {
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(db.url)
                .setJdbcUsername(db.user)
                .setJdbcPassword(db.password)
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcMaxActiveConnections(10)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setProcessEngineName("raw-bench")
                .buildProcessEngine();
        BpmnModelInstance model = Bpmn.createExecutableProcess("bench")
                .camundaHistoryTimeToLive(5)
                .startEvent("StartEvent_1")
                .userTask("Task_Review")
                .camundaCandidateGroups("bench")
                .endEvent("EndEvent_1")
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("bench.bpmn", model)
                .deploy();
        return engine;
    }

    private static final AtomicLong KEYS = new AtomicLong();

    private static Latencies.Operation starts(ProcessEngine engine) {
        RuntimeService runtime = engine.getRuntimeService();
        return () -> runtime.startProcessInstanceByKey("bench", "b" + KEYS.incrementAndGet());
    }

    /** A client logged in once as the demo intake clerk, then registering complaints about new employers. */
    private static Latencies.Operation registrations(int port, String grid) {
        SessionClient client = new SessionClient(port, "clerk1");
        return () -> {
            HttpResponse<String> r = client.postJson("/api/complaints", request(grid));
            if (r.statusCode() != 201) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
        };
    }

    private static String request(String grid) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = "91330199MC" + String.format("%07d", r.nextInt(10_000_000));
        String code = body + CreditCode.checkCharacter(body);
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(r.nextInt(3650));
        String first17 = "330106" + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
        String id = first17 + IdCardNumber.checkCharacter(first17);
        String phone = "139" + String.format("%08d", r.nextInt(100_000_000));
        return """
                {"kind":"COMPLAINT","channel":"PHONE",
                 "complainants":[{"name":"压测","idNumber":"%s","phone":"%s","address":"测试住址"}],
                 "employer":{"creditCode":"%s","name":"压测单位%s","address":"测试路1号","gridCode":"%s"},
                 "category":"WAGE_ARREARS","workersAffected":3,"amountOwed":1000.00,
                 "violationStartedOn":"%s","description":"拖欠工资","claims":"支付拖欠的工资"}"""
                .formatted(
                        id,
                        phone,
                        code,
                        code.substring(10),
                        grid,
                        LocalDate.now().minusMonths(2));
    }

    private static String firstGrid(BenchDatabase db) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select g.code from grid g join office o on o.id = g.office_id where o.code = 'D1' "
                                + "order by g.code fetch first 1 rows only")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String load() {
        return String.format(
                Locale.ROOT,
                "%.2f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private RegistrationBenchmark() {}
}
