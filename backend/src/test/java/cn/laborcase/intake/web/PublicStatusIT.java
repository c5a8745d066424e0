package cn.laborcase.intake.web;

import static cn.laborcase.intake.IntakeFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** /public/status without a login: number and phone → status, next step and its date; nothing else; rate-limited. */
@IntegrationTest
class PublicStatusIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    @Autowired
    PublicStatusLimit limit;

    IntakeFixtures f;
    String number;
    String phone;
    String dueDate;

    @BeforeEach
    void setUp() throws Exception {
        limit.reset();
        f = new IntakeFixtures(jdbc, users);
        String[] person = IntakeFixtures.person("孙查询");
        phone = person[2];
        HttpResponse<String> response = UserAgent.basic(port, f.clerk.username(), PASSWORD)
                .postJson(
                        "/api/complaints",
                        IntakeFixtures.json(
                                "COMPLAINT", f.employer(), "WAGE_ARREARS", 3, false, List.<String[]>of(person)));
        JsonNode body = json.readTree(response.body());
        number = body.get("number").asText();
        dueDate = body.get("acceptanceDueDate").asText();
    }

    @Test
    void showsStatusNextStepAndItsDateWithoutALoginAndNothingElse() {
        HttpResponse<String> page = lookup(UserAgent.browser(port), number, phone);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("受理审查中")
                .contains("作出是否受理的决定")
                .contains(dueDate)
                .doesNotContain("孙查询")
                .doesNotContain("测试用人单位")
                .doesNotContain("退出");
    }

    @Test
    void acceptsThePhoneNumberSpelledDifferently() {
        String spaced = phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);

        assertThat(lookup(UserAgent.browser(port), number, spaced).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPhoneAndAWrongNumberGetTheSameNotFound() {
        HttpResponse<String> wrongPhone = lookup(UserAgent.browser(port), number, IntakeFixtures.mobile());
        HttpResponse<String> wrongNumber = lookup(UserAgent.browser(port), number + "0", phone);

        assertThat(wrongPhone.statusCode()).isEqualTo(404);
        assertThat(wrongNumber.statusCode()).isEqualTo(404);
        assertThat(wrongPhone.body()).contains("未找到").doesNotContain("受理审查中");
        assertThat(message(wrongPhone.body())).isEqualTo(message(wrongNumber.body()));
    }

    @Test
    void refusesTooManyLookupsFromOneAddressInChinese() {
        UserAgent browser = UserAgent.browser(port);
        for (int i = 0; i < 10; i++) {
            assertThat(lookup(browser, number, phone).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = lookup(browser, number, phone);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("查询过于频繁");
        assertThat(refused.headers().firstValue("Retry-After")).contains("60");
    }

    private static HttpResponse<String> lookup(UserAgent browser, String number, String phone) {
        String token = browser.csrfToken("/public/status");
        return browser.postForm("/public/status", Map.of("number", number, "phone", phone, "_csrf", token));
    }

    private static String message(String body) {
        int start = body.indexOf("id=\"status-error\"");
        return body.substring(start, body.indexOf("</div>", start));
    }
}
