package cn.laborcase.benchmarks;

import cn.laborcase.shared.IdCardNumber;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * "What happened to my complaints?" (issue 8): {@code GET /api/complaints?idNumber=…} (scoped, masked, audited) at
 * 1,000,000 complainants. The data generator fills a throw-away database with set-based SQL: 10,000 employers,
 * 250,000 complaints, 4 complainants each, 400,000 distinct people (each a party of 2–3 complaints), all in the demo
 * office D1 so that the clerk's scope covers them. The generator uses PostgreSQL's {@code generate_series} (a
 * benchmark tool, not application SQL). Then the demo intake clerk, logged in once per client, looks up random
 * people at 1 and 2 clients. Prints p50/p95 and the plan of one lookup; asserts nothing.
 *
 * <p>Arguments: seconds per measurement (default 15), complaints (default 250000).
 */
public final class IdLookupBenchmark {

    private static final int PEOPLE = 400_000;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 15;
        int complaints = args.length > 1 ? Integer.parseInt(args[1]) : 250_000;
        System.out.println("load average before: " + RegistrationBenchmark.load());
        String stamp = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        try (BenchDatabase db = new BenchDatabase("bench_lookup_" + stamp)) {
            ConfigurableApplicationContext app = RegistrationBenchmark.start(db);
            try {
                long t = System.nanoTime();
                generate(db, complaints);
                System.out.printf(
                        Locale.ROOT,
                        "generated %d complaints, %d complainants in %.1f s%n",
                        complaints,
                        complaints * 4L,
                        (System.nanoTime() - t) / 1e9);
                int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
                explain(db);
                Latencies.measure("warm-up", 2, seconds, i -> lookups(port));
                System.out.println("| what | clients | p50 ms | p95 ms | per second | errors |");
                System.out.println("|---|---|---|---|---|---|");
                for (int round = 0; round < 2; round++) {
                    for (int clients : new int[] {1, 2}) {
                        System.out.println(
                                Latencies.measure("GET /api/complaints?idNumber=", clients, seconds, i -> lookups(port))
                                        .line());
                    }
                }
            } finally {
                app.close();
            }
        }
        System.out.println("load average after: " + RegistrationBenchmark.load());
    }

    /** The ID-card number of generated person p: born 1970-01-01 + (p mod 10,000) days, sequence p / 10,000. */
    static String person(int p) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(p % 10_000);
        String first17 = "330106" + birth.toString().replace("-", "") + String.format("%03d", p / 10_000);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private static void generate(BenchDatabase db, int complaints) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("insert into employer (credit_code, name, grid_id, address, employee_count) "
                    + "select 'BENCH' || lpad(cast(i as varchar), 13, '0'), '压测单位' || i, "
                    + "(select g.id from grid g join office o on o.id = g.office_id where o.code = 'D1' "
                    + "order by g.code fetch first 1 rows only), '测试路' || i || '号', 10 "
                    + "from generate_series(1, 10000) i");
            s.execute("insert into complaint (number, number_year, number_seq, kind, channel, received_at, "
                    + "registered_at, registered_by, receiving_office_code, office_code, grid_code, employer_id, "
                    + "category, workers_affected, violation_started_on, description, status, version) "
                    + "select 'BENCH-' || i, 2026, 1000000 + i, 'COMPLAINT', 'PHONE', "
                    + "current_timestamp - (i % 700) * interval '1 day', current_timestamp, 'clerk1', 'D1', 'D1', "
                    + "(select g.code from grid g join office o on o.id = g.office_id where o.code = 'D1' "
                    + "order by g.code fetch first 1 rows only), "
                    + "(select min(id) from employer where credit_code like 'BENCH%') + (i % 10000), "
                    + "'WAGE_ARREARS', 4, date '2026-01-01', '压测', 'REFUSED', 0 "
                    + "from generate_series(1, " + complaints + ") i");
            String first17 = "'330106' || to_char(date '1970-01-01' + mod(#P#, 10000), 'YYYYMMDD') || "
                    + "lpad(cast(#P# / 10000 as varchar), 3, '0')";
            StringBuilder sum = new StringBuilder();
            for (int j = 0; j < 17; j++) {
                sum.append(j == 0 ? "" : " + ")
                        .append("cast(substr(b, ")
                        .append(j + 1)
                        .append(", 1) as integer) * ")
                        .append(WEIGHTS[j]);
            }
            s.execute("insert into complainant (complaint_id, registration_id, position, name, id_number, phone, "
                    + "phone_digits, joined_at, party_kind) "
                    + "select id, id, k, '压测' || k, b || substr('10X98765432', mod(" + sum + ", 11) + 1, 1), "
                    + "'13900000000', '13900000000', current_timestamp, 'COMPLAINANT' "
                    + "from (select c.id, k, "
                    + first17.replace("#P#", "cast(mod(c.id * 4 + k, " + PEOPLE + ") as integer)")
                    + " as b from complaint c cross join generate_series(1, 4) k where c.number like 'BENCH-%') x");
            s.execute("analyze employer");
            s.execute("analyze complaint");
            s.execute("analyze complainant");
            try (ResultSet rs = s.executeQuery("select count(*) from complainant")) {
                rs.next();
                System.out.println("complainants: " + rs.getLong(1));
            }
        }
    }

    private static void explain(BenchDatabase db) throws Exception {
        String id = person(ThreadLocalRandom.current().nextInt(PEOPLE));
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(
                        "explain analyze select c.id from complaint c join employer e on e.id = c.employer_id "
                                + "where c.status <> 'MERGED' and (c.registered_by = ? or c.office_code in (?)) "
                                + "and exists (select 1 from complainant p where p.complaint_id = c.id "
                                + "and p.id_number = ? and p.party_kind = 'COMPLAINANT') "
                                + "order by c.received_at desc, c.id desc offset 0 rows fetch next 20 rows only")) {
            s.setString(1, "clerk1");
            s.setString(2, "D1");
            s.setString(3, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
        }
    }

    private static Latencies.Operation lookups(int port) {
        SessionClient client = new SessionClient(port, "clerk1");
        return () -> {
            String id = person(ThreadLocalRandom.current().nextInt(PEOPLE));
            HttpResponse<String> r = client.get("/api/complaints?idNumber=" + id);
            if (r.statusCode() != 200 || !r.body().contains("\"total\"")) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
        };
    }

    private IdLookupBenchmark() {}
}
