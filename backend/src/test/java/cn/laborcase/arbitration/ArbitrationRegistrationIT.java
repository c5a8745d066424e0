package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.documents.Documents;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registering an application through the API: the answer (acceptance due date, finality per claim with its rule), the
 * 收件回执, every wrong field named with nothing written, a double submit, another office's staff.
 */
@IntegrationTest
class ArbitrationRegistrationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    @Autowired
    Documents documents;

    ArbitrationFixtures a;
    UserAgent clerk;

    @BeforeEach
    void setUp() {
        a = new ArbitrationFixtures(jdbc, users);
        clerk = UserAgent.basic(port, a.clerk.username(), ArbitrationFixtures.PASSWORD);
    }

    static String now() {
        return OffsetDateTime.ofInstant(TestClock.get().instant().minusSeconds(60), ZoneOffset.ofHours(8))
                .toString();
    }

    @Test
    void registersWithTheAcceptanceDueDateAndAFinalitySignalPerClaim() throws Exception {
        HttpResponse<String> created = clerk.postJson(
                "/api/arbitration/applications",
                ArbitrationFixtures.application(
                        now(),
                        ArbitrationFixtures.claim("WAGES", "29880.00", "支付拖欠工资"),
                        ArbitrationFixtures.claim("SEVERANCE", "29880.01", "支付经济补偿"),
                        ArbitrationFixtures.claim("WORKING_HOURS", "500000", "确认超时加班的工时"),
                        ArbitrationFixtures.claim("OTHER", null, "确认劳动关系")));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = json.readTree(created.body());
        assertThat(answer.get("status").asText()).isEqualTo("RECEIVED");
        LocalDate today = TestClock.get().today();
        LocalDate due = LocalDate.parse(answer.get("acceptanceDueDate").asText());
        assertThat(due).isAfter(today.plusDays(4)).isBefore(today.plusDays(20));
        JsonNode claims = answer.get("claims");
        assertThat(claims.get(0).get("finalIfAwardedAsClaimed").asBoolean()).isTrue();
        assertThat(claims.get(0).get("finalityRule").asText())
                .contains("29,880.00")
                .contains("第四十七条第一项");
        assertThat(claims.get(1).get("finalIfAwardedAsClaimed").asBoolean())
                .as("one fen above 12 × 2490")
                .isFalse();
        assertThat(claims.get(2).get("finalIfAwardedAsClaimed").asBoolean()).isTrue();
        assertThat(claims.get(2).get("finalityRule").asText()).contains("第四十七条第二项");
        assertThat(claims.get(3).get("finalIfAwardedAsClaimed").asBoolean()).isFalse();

        byte[] pdf = documents.pdf(answer.get("receiptDocumentId").asLong()).content();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("收件回执")
                    .contains(answer.get("receiptNumber").asText())
                    .contains("示范市东湖恒信建筑工程有限公司")
                    .contains(due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日");
        }
        JsonNode view = json.readTree(
                clerk.get("/api/arbitration/cases/" + answer.get("id").asLong()).body());
        assertThat(view.get("deadlines").get(0).get("rule").asText()).isEqualTo("ARBITRATION_ACCEPTANCE");
        assertThat(view.get("deadlines").get(0).get("legalBasis").asText()).contains("第二十九条");
        assertThat(view.get("applicants").get(0).get("idNumber").asText()).contains("*");
        assertThat(view.get("agents").get(0).get("authority").asText()).isEqualTo("特别授权");
        assertThat(view.get("hearings")).isEmpty();
    }

    @Test
    void refusesBadInputNamingEveryFieldAndWritesNothing() throws Exception {
        int before = count();
        String future = OffsetDateTime.ofInstant(TestClock.get().instant().plusSeconds(3600), ZoneOffset.ofHours(8))
                .toString();
        String good = ArbitrationFixtures.idNumber();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        String body = "{\"receivedAt\":\"" + future
                + "\",\"channel\":\"FAX\",\"applicants\":[{\"name\":\"张\\u0000三\",\"idNumber\":\""
                + badCheck + "\"}],\"claims\":["
                + ArbitrationFixtures.claim("WAGES", "-1", "工资") + ","
                + ArbitrationFixtures.claim("BONUS", "10", "奖金") + ","
                + ArbitrationFixtures.claim("DAMAGES", "99999999999999", "赔偿") + "]}";

        HttpResponse<String> refused = clerk.postJson("/api/arbitration/applications", body);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json.readTree(refused.body())
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields)
                .contains(
                        "receivedAt",
                        "channel",
                        "applicants[0].name",
                        "applicants[0].idNumber",
                        "respondent",
                        "claims[0].amount",
                        "claims[1].type",
                        "claims[2].amount");
        assertThat(refused.body()).contains("校验位");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aDoubleClickedSubmitRegistersOnceAndTheKeyWithAnotherRequestIsAConflict() throws Exception {
        String body = ArbitrationFixtures.application(now(), ArbitrationFixtures.claim("WAGES", "1000", "工资"));
        HttpResponse<String> first = clerk.postJson(
                "/api/arbitration/applications", body, "Idempotency-Key", "arb-key-1-" + a.clerk.username());
        HttpResponse<String> second = clerk.postJson(
                "/api/arbitration/applications", body, "Idempotency-Key", "arb-key-1-" + a.clerk.username());

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(json.readTree(second.body()).get("id").asLong())
                .isEqualTo(json.readTree(first.body()).get("id").asLong());
        HttpResponse<String> other = clerk.postJson(
                "/api/arbitration/applications",
                ArbitrationFixtures.application(now(), ArbitrationFixtures.claim("WAGES", "2000", "工资")),
                "Idempotency-Key",
                "arb-key-1-" + a.clerk.username());
        assertThat(other.statusCode()).isEqualTo(409);
    }

    @Test
    void anotherOfficesStaffNeitherRegistersNorSeesACase() throws Exception {
        HttpResponse<String> created = clerk.postJson(
                "/api/arbitration/applications",
                ArbitrationFixtures.application(now(), ArbitrationFixtures.claim("WAGES", "1000", "工资")));
        long id = json.readTree(created.body()).get("id").asLong();
        UserAgent outsider = UserAgent.basic(port, a.outsider.username(), ArbitrationFixtures.PASSWORD);

        assertThat(outsider.get("/api/arbitration/cases/" + id).statusCode()).isEqualTo(404);
        assertThat(outsider.postJson(
                                "/api/arbitration/applications",
                                ArbitrationFixtures.application(now(), ArbitrationFixtures.claim("WAGES", "1", "工资")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(outsider.postJson("/api/arbitration/cases/" + id + "/acceptance", "{\"decision\":\"ACCEPT\"}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void tenApplicantsMakeACollectiveCaseThatNeedsARepresentative() throws Exception {
        String body = ArbitrationFixtures.application(now(), 10, ArbitrationFixtures.claim("WAGES", "1000", "工资"));
        HttpResponse<String> created = clerk.postJson("/api/arbitration/applications", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json.readTree(created.body()).get("collective").asBoolean()).isTrue();

        HttpResponse<String> refused = clerk.postJson(
                "/api/arbitration/applications", body.replace("\"representative\":true", "\"representative\":false"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("推举代表");
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from arbitration_case", Integer.class);
    }
}
