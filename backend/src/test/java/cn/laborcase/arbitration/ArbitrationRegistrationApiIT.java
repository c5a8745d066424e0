package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/arbitration/applications} against the employer registry (a registered credit code under another
 * name → 400 naming both; not registered → the typed name stands) and claim amounts answered as text with their
 * scale.
 */
@IntegrationTest
class ArbitrationRegistrationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    ArbitrationFixtures a;

    @BeforeEach
    void setUp() {
        a = new ArbitrationFixtures(jdbc, users);
    }

    @Test
    void aRegisteredCreditCodeUnderAnotherNameIsRefusedNamingTheRegisteredName() throws Exception {
        String code = new IntakeFixtures(jdbc, users).employer();
        String registered = jdbc.queryForObject("select name from employer where credit_code = ?", String.class, code);
        UserAgent clerk = UserAgent.basic(port, a.clerk.username(), ArbitrationFixtures.PASSWORD);
        String typed = ArbitrationFixtures.application(
                        "2026-08-14T09:00:00+08:00",
                        ArbitrationFixtures.claim("WAGES", "29880", "支付工资"),
                        ArbitrationFixtures.claim("OTHER", null, "确认劳动关系"))
                .replaceFirst("\"creditCode\":\"[0-9A-Z]+\"", "\"creditCode\":\"" + code + "\"");
        int before = cases();

        HttpResponse<String> refused = clerk.postJson("/api/arbitration/applications", typed);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode errors = json.readTree(refused.body()).get("errors");
        assertThat(errors.toString())
                .contains("respondent.name")
                .contains(registered)
                .contains("示范市东湖恒信建筑工程有限公司");
        assertThat(cases()).isEqualTo(before);

        HttpResponse<String> created =
                clerk.postJson("/api/arbitration/applications", typed.replace("示范市东湖恒信建筑工程有限公司", registered));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode claims = json.readTree(created.body()).get("claims");
        assertThat(claims.get(0).get("amount").isTextual()).isTrue();
        assertThat(claims.get(0).get("amount").asText()).isEqualTo("29880.00");
        assertThat(claims.get(1).get("amount").isNull()).isTrue();

        HttpResponse<String> unregistered = clerk.postJson(
                "/api/arbitration/applications",
                ArbitrationFixtures.application(
                        "2026-08-14T09:00:00+08:00", ArbitrationFixtures.claim("WAGES", "100.5", "支付工资")));
        assertThat(unregistered.statusCode())
                .as("not registered: the typed name stands")
                .isEqualTo(201);
        long id = json.readTree(unregistered.body()).get("id").asLong();
        JsonNode view = json.readTree(clerk.get("/api/arbitration/cases/" + id).body());
        assertThat(view.at("/claims/0/amount").asText()).isEqualTo("100.50");
    }

    private int cases() {
        return jdbc.queryForObject("select count(*) from arbitration_case", Integer.class);
    }
}
