package cn.laborcase.intake;

import static cn.laborcase.intake.IntakeFixtures.PASSWORD;
import static cn.laborcase.intake.IntakeFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.PersonalData;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The parties of a case (issue 9, items 1 and 6): a report and a complaint about the same employer and matter are one
 * case with separate parties, the reporter confidential whatever the order (条例 §9 第三款), for every role, in the
 * complaint, its list row and the reveal; a person is a party of a case once.
 */
@IntegrationTest
class ComplaintPartiesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    IntakeFixtures f;
    UserAgent clerk;
    String employer;
    CurrentUser assistant;

    @BeforeEach
    void setUp() {
        f = new IntakeFixtures(jdbc, users);
        clerk = UserAgent.basic(port, f.clerk.username(), PASSWORD);
        employer = f.employer();
        assistant = f.staff("网格协管员", Role.GRID_ASSISTANT, f.grid);
    }

    @Test
    void aReportMergedIntoAComplaintKeepsTheReporterConfidentialForEveryRole() throws Exception {
        String[] worker = person("张投诉");
        String[] reporter = person("钱举报");
        long id = register(
                        IntakeFixtures.json("COMPLAINT", employer, "WAGE_ARREARS", 3, false, List.<String[]>of(worker)))
                .get("id")
                .asLong();
        JsonNode merged = register(
                IntakeFixtures.json("REPORT", employer, "WAGE_ARREARS", 3, false, List.<String[]>of(reporter)));
        assertThat(merged.get("id").asLong()).isEqualTo(id);

        for (String user : List.of(
                f.clerk.username(), assistant.username(), "admin", f.inspector.username(), f.leader.username())) {
            JsonNode shown = get(user, id);
            assertThat(shown.toString())
                    .as(user)
                    .doesNotContain("钱举报")
                    .doesNotContain(reporter[1])
                    .doesNotContain(reporter[2]);
            assertThat(shown.get("complainants")).hasSize(2);
            assertThat(shown.at("/complainants/0/name").asText()).isEqualTo("张投诉");
            assertThat(shown.at("/complainants/0/kind").asText()).isEqualTo("COMPLAINANT");
            assertThat(shown.at("/complainants/1/name").asText()).isEqualTo("（举报人信息保密）");
            assertThat(shown.at("/complainants/1/kind").asText()).isEqualTo("REPORTER");
        }
        // the reveal: the complainant for anyone who sees the case, the reporter only for the grid's inspectors and
        // the leaders
        // the administrator sees the case but reveals nobody (issue 9 item 3c: personal data is for the case staff)
        assertThat(reveal("admin", id).statusCode()).isEqualTo(403);
        for (String user : List.of(f.clerk.username(), assistant.username())) {
            HttpResponse<String> revealed = reveal(user, id);
            assertThat(revealed.statusCode()).as(user).isEqualTo(200);
            assertThat(revealed.body())
                    .as(user)
                    .contains(worker[1])
                    .doesNotContain("钱举报")
                    .doesNotContain(reporter[1]);
        }
        for (String user : List.of(f.inspector.username(), f.leader.username())) {
            assertThat(reveal(user, id).body()).as(user).contains(worker[1]).contains("钱举报");
        }
        assertThat(count(
                        "select count(*) from audit_entry where action = 'VIEW_REPORTER' and target_id = ?",
                        String.valueOf(id)))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and target_id = ?",
                        String.valueOf(id)))
                .isEqualTo(4);
        // the list row names the complainant, never the reporter
        assertThat(list(f.clerk.username())).contains(PersonalData.name("张投诉")).doesNotContain("钱");
    }

    @Test
    void aComplaintMergedIntoAReportIsNotMadeConfidentialAndTheReporterStaysHidden() throws Exception {
        String[] reporter = person("钱先报");
        String[] worker = person("李后诉");
        long id = register(
                        IntakeFixtures.json("REPORT", employer, "WAGE_ARREARS", 3, false, List.<String[]>of(reporter)))
                .get("id")
                .asLong();
        register(IntakeFixtures.json("COMPLAINT", employer, "WAGE_ARREARS", 3, false, List.<String[]>of(worker)));

        JsonNode shown = get(f.clerk.username(), id);
        assertThat(shown.at("/complainants/0/kind").asText()).isEqualTo("REPORTER");
        assertThat(shown.at("/complainants/0/name").asText()).isEqualTo("（举报人信息保密）");
        assertThat(shown.at("/complainants/1/name").asText()).isEqualTo("李后诉");
        assertThat(shown.at("/complainants/1/idNumber").asText()).isEqualTo(PersonalData.idNumber(worker[1]));
        assertThat(shown.get("mayReveal").asBoolean()).isTrue();
        assertThat(shown.toString()).doesNotContain("钱先报").doesNotContain(reporter[1]);
        assertThat(reveal(f.clerk.username(), id).body()).contains(worker[1]).doesNotContain(reporter[1]);
        assertThat(reveal(assistant.username(), id).body()).contains(worker[1]).doesNotContain(reporter[1]);
        assertThat(reveal(f.inspector.username(), id).body())
                .contains(worker[1])
                .contains(reporter[1]);
        assertThat(list(f.clerk.username())).contains(PersonalData.name("李后诉")).doesNotContain("钱");
    }

    @Test
    void aPersonIsAPartyOnceHoweverOftenHisComplaintIsMerged() throws Exception {
        String[] worker = person("陈大海");
        String request =
                IntakeFixtures.json("COMPLAINT", employer, "WAGE_ARREARS", 3, false, List.<String[]>of(worker));
        long id = register(request).get("id").asLong();
        for (int i = 0; i < 20; i++) {
            assertThat(register(request).get("merged").asBoolean()).isTrue();
        }
        // the same person with another phone is still the same person
        String[] again = {"陈大海", worker[1], IntakeFixtures.mobile()};
        register(IntakeFixtures.json("COMPLAINT", employer, "WAGE_ARREARS", 3, false, List.<String[]>of(again)));

        assertThat(get(f.inspector.username(), id).get("complainants")).hasSize(1);
        assertThat(count("select count(*) from complainant where complaint_id = ?", id))
                .isEqualTo(1);
        assertThat(count("select count(*) from complaint where merged_into_id = ?", id))
                .isEqualTo(21);
        assertThat(count(
                        "select count(*) from case_timeline where case_type = 'COMPLAINT' and case_id = ? and step = 'MERGED' "
                                + "and detail like ?",
                        id,
                        "%1 人已是本件当事人%"))
                .isEqualTo(21);
    }

    @Test
    void aReporterWhoThenComplainsHimselfBecomesAComplainant() throws Exception {
        String[] person = person("孙铁柱");
        long id = register(IntakeFixtures.json("REPORT", employer, "WAGE_ARREARS", 3, false, List.<String[]>of(person)))
                .get("id")
                .asLong();
        register(IntakeFixtures.json("COMPLAINT", employer, "WAGE_ARREARS", 3, false, List.<String[]>of(person)));

        JsonNode shown = get(f.clerk.username(), id);
        assertThat(shown.get("complainants")).hasSize(1);
        assertThat(shown.at("/complainants/0/kind").asText()).isEqualTo("COMPLAINANT");
        assertThat(shown.at("/complainants/0/name").asText()).isEqualTo("孙铁柱");
    }

    @Test
    void aWorkersComplaintsAreFoundByHisIdNumberMaskedScopedAndAudited() throws Exception {
        String[] worker = person("周查询");
        String[] reporter = person("吴举报");
        long first = register(
                        IntakeFixtures.json("COMPLAINT", employer, "WAGE_ARREARS", 3, false, List.<String[]>of(worker)))
                .get("id")
                .asLong();
        long second = register(IntakeFixtures.json(
                        "COMPLAINT", f.employer(), "SOCIAL_INSURANCE", 1, false, List.<String[]>of(worker)))
                .get("id")
                .asLong();
        register(IntakeFixtures.json("REPORT", f.employer(), "WAGE_ARREARS", 2, false, List.<String[]>of(reporter)));
        IntakeFixtures elsewhere = new IntakeFixtures(jdbc, users);

        JsonNode found = lookup(f.clerk.username(), worker[1]);
        assertThat(found.get("total").asLong()).isEqualTo(2);
        assertThat(found.get("items")).extracting(i -> i.get("id").asLong()).containsExactlyInAnyOrder(first, second);
        assertThat(found.toString())
                .doesNotContain(worker[1])
                .doesNotContain("周查询")
                .contains(PersonalData.name("周查询"));
        // a reporter is not found by his ID number: that he reported is confidential
        assertThat(lookup(f.clerk.username(), reporter[1]).get("total").asLong())
                .isZero();
        assertThat(lookup(elsewhere.clerk.username(), worker[1]).get("total").asLong())
                .isZero();
        assertThat(count(
                        "select count(*) from audit_entry where action = 'LOOKUP_ID_NUMBER' and actor = ?",
                        f.clerk.username()))
                .isEqualTo(2);
        HttpResponse<String> wrong =
                UserAgent.basic(port, f.clerk.username(), PASSWORD).get("/api/complaints?idNumber=110105194912310021");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("idNumber");
    }

    private JsonNode lookup(String username, String idNumber) throws Exception {
        HttpResponse<String> response =
                UserAgent.basic(port, username, PASSWORD).get("/api/complaints?idNumber=" + idNumber);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String list(String username) {
        return UserAgent.basic(port, username, PASSWORD)
                .get("/api/complaints?size=100")
                .body();
    }

    private JsonNode register(String request) throws Exception {
        HttpResponse<String> response = clerk.postJson("/api/complaints", request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private JsonNode get(String username, long id) throws Exception {
        HttpResponse<String> response =
                UserAgent.basic(port, username, PASSWORD).get("/api/complaints/" + id);
        assertThat(response.statusCode()).as(username + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> reveal(String username, long id) {
        return UserAgent.basic(port, username, PASSWORD).get("/api/complaints/" + id + "/complainants");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
