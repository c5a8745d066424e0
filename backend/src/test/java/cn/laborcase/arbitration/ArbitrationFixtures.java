package cn.laborcase.arbitration;

import cn.laborcase.employer.CreditCode;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.IdCardNumber;
import cn.laborcase.support.TestStaff;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff of the demo committee A1 made for the arbitration tests (a 立案窗口 clerk, the director, three arbitrators, a
 * hearing clerk), a clerk of the inspection office D1 as an outsider, and valid applications.
 */
public final class ArbitrationFixtures {

    public static final String PASSWORD = "Arb@test2026";
    private static final AtomicInteger SEQ = new AtomicInteger(100 + (int) (System.nanoTime() % 800));

    public final CurrentUser clerk;
    public final CurrentUser director;
    public final CurrentUser arbitrator1;
    public final CurrentUser arbitrator2;
    public final CurrentUser arbitrator3;
    public final CurrentUser hearingClerk;
    public final CurrentUser outsider;

    public ArbitrationFixtures(JdbcTemplate jdbc, UserLookup users) {
        clerk = user(jdbc, users, "arbclerk-t", "A1", "INTAKE_CLERK");
        director = user(jdbc, users, "arbdir-t", "A1", "COMMITTEE_DIRECTOR");
        arbitrator1 = user(jdbc, users, "arb1-t", "A1", "ARBITRATOR");
        arbitrator2 = user(jdbc, users, "arb2-t", "A1", "ARBITRATOR");
        arbitrator3 = user(jdbc, users, "arb3-t", "A1", "ARBITRATOR");
        hearingClerk = user(jdbc, users, "arbhc-t", "A1", "HEARING_CLERK");
        outsider = user(jdbc, users, "d1clerk-t", "D1", "INTAKE_CLERK");
    }

    private static CurrentUser user(JdbcTemplate jdbc, UserLookup users, String prefix, String office, String role) {
        String name = TestStaff.uniqueUsername(prefix);
        TestStaff.insert(jdbc, name, PASSWORD, office, role);
        return users.findActive(name).orElseThrow();
    }

    /** A valid ID card number born 1985-2000 (check digit computed). */
    public static String idNumber() {
        int n = SEQ.incrementAndGet();
        String first17 =
                "330102" + (1985 + n % 15) + "0" + (1 + n % 9) + "1" + (n % 9) + String.format("%03d", n % 1000);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    public static String creditCode() {
        int n = SEQ.incrementAndGet();
        String body = "91330199MA" + String.format("%05d", 20000 + n) + "Y" + (n % 10);
        return body + CreditCode.checkCharacter(body);
    }

    /** One applicant, one respondent, the given claims as JSON objects. */
    public static String application(String receivedAt, String... claims) {
        return application(receivedAt, 1, claims);
    }

    static String application(String receivedAt, int applicants, String... claims) {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < applicants; i++) {
            people.add("{\"name\":\"申请人" + (char) ('甲' + i) + "\",\"idNumber\":\"" + idNumber()
                    + "\",\"phone\":\"1380000" + String.format("%04d", SEQ.get() % 10000) + "\",\"address\":\"示范市东湖区人民路"
                    + i
                    + "号\",\"representative\":" + (i == 0) + "}");
        }
        return "{\"receivedAt\":\"" + receivedAt + "\",\"channel\":\"IN_PERSON\",\"applicants\":["
                + String.join(",", people)
                + "],\"respondent\":{\"creditCode\":\"" + creditCode()
                + "\",\"name\":\"示范市东湖恒信建筑工程有限公司\",\"address\":\"示范市东湖区滨江路8号\"},"
                + "\"agents\":[{\"name\":\"赵律师\",\"authority\":\"SPECIAL\",\"actsFor\":0}],"
                + "\"claims\":[" + String.join(",", claims) + "]}";
    }

    public static String claim(String type, String amount, String description) {
        return "{\"type\":\"" + type + "\"," + (amount == null ? "" : "\"amount\":\"" + amount + "\",")
                + "\"description\":\"" + description + "\"}";
    }
}
