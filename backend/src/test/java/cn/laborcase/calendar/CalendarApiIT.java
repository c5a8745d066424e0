package cn.laborcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The calendar API over real HTTP with HTTP Basic, as an integration calls it. */
@IntegrationTest
class CalendarApiIT {

    private static final String PASSWORD = "Demo@2026";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersTheNationalDayExampleWithItsExplanation() throws Exception {
        HttpResponse<String> response =
                get("/api/calendar/due-date?start=2026-09-30&amount=5&unit=WORKING_DAYS", "inspector1");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("start").asText()).isEqualTo("2026-09-30");
        assertThat(body.get("amount").asInt()).isEqualTo(5);
        assertThat(body.get("unit").asText()).isEqualTo("WORKING_DAYS");
        assertThat(body.get("dueDate").asText()).isEqualTo("2026-10-13");
        assertThat(body.get("provisional").asBoolean()).isFalse();
        assertThat(body.get("explanation")).hasSize(11);
        assertThat(body.get("explanation").get(8).get("date").asText()).isEqualTo("2026-10-10");
        assertThat(body.get("explanation").get(8).get("reason").asText()).isEqualTo("MAKEUP_WORKING_DAY");
        assertThat(body.get("explanation").get(8).get("counted").asBoolean()).isTrue();
        assertThat(body.get("explanation").get(8).get("note").asText()).isEqualTo("2026-10-10（周六）国庆节调休上班，计为第3个工作日");
    }

    @Test
    void rollsACalendarDayPeriodForwardOutOfTheHolidayBlock() throws Exception {
        HttpResponse<String> response =
                get("/api/calendar/due-date?start=2026-08-17&amount=45&unit=CALENDAR_DAYS", "admin");

        JsonNode body = json.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("dueDate").asText()).isEqualTo("2026-10-08");
        assertThat(body.get("explanation").findValuesAsText("reason")).contains("ROLLED_FORWARD");
    }

    @Test
    void marksADueDateInAnUnloadedYearProvisional() throws Exception {
        HttpResponse<String> response =
                get("/api/calendar/due-date?start=2036-03-03&amount=5&unit=WORKING_DAYS", "inspector1");

        JsonNode body = json.readTree(response.body());
        assertThat(body.get("dueDate").asText()).isEqualTo("2036-03-10");
        assertThat(body.get("provisional").asBoolean()).isTrue();
    }

    @Test
    void namesEveryBadParameterInChinese() throws Exception {
        HttpResponse<String> response =
                get("/api/calendar/due-date?start=2026-02-30&amount=0&unit=WEEKS", "inspector1");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(body.get("errors").findValuesAsText("field")).containsExactly("start", "amount", "unit");
        assertThat(body.get("errors").findValuesAsText("message"))
                .containsExactly(
                        "起算日期「2026-02-30」无效，应为yyyy-MM-dd格式的真实日期",
                        "期限天数须为1至3650之间的整数",
                        "计算单位「WEEKS」无效，应为 WORKING_DAYS（工作日）或 CALENDAR_DAYS（日）");
    }

    @Test
    void namesMissingAndNonNumericParameters() throws Exception {
        HttpResponse<String> response = get("/api/calendar/due-date?amount=five", "inspector1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("message"))
                .containsExactly(
                        "缺少起算日期 start（格式 yyyy-MM-dd）",
                        "期限天数「five」不是整数",
                        "缺少计算单位 unit：WORKING_DAYS（工作日）或 CALENDAR_DAYS（日）");
    }

    @Test
    void requiresAuthentication() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/calendar/due-date?start=2026-09-30&amount=5&unit=WORKING_DAYS"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void rejectsAMalformedYearFileNamingEachLineAndWritesNothing() throws Exception {
        String csv =
                """
                date,kind,name,source
                2032-10-01,OFF,国庆节,测试通知〔2032〕1号
                2032-02-30,OFF,春节,测试通知〔2032〕1号
                2032-10-02,HOLIDAY,国庆节,测试通知〔2032〕1号
                """;

        HttpResponse<String> response = put("/api/calendar/years/2032", csv, "admin");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("message"))
                .containsExactly(
                        "第3行：日期「2032-02-30」无效，应为yyyy-MM-dd格式的真实日期", "第4行：类型「HOLIDAY」无效，应为OFF（放假）或WORKING（调休上班）");
        JsonNode year = json.readTree(get("/api/calendar/years/2032", "admin").body());
        assertThat(year.get("loaded").asBoolean()).isFalse();
        assertThat(year.get("days")).isEmpty();
    }

    @Test
    void onlyAdministratorsLoadAYear() throws Exception {
        HttpResponse<String> response =
                put("/api/calendar/years/2032", "date,kind,name,source\n2032-10-01,OFF,国庆节,x\n", "inspector1");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void showsALoadedYear() throws Exception {
        JsonNode year =
                json.readTree(get("/api/calendar/years/2026", "inspector1").body());

        assertThat(year.get("loaded").asBoolean()).isTrue();
        assertThat(year.get("source").asText()).isEqualTo("国办发明电〔2025〕7号");
        assertThat(year.get("days")).hasSize(39);
        assertThat(List.of(year.get("days").findValuesAsText("date").toArray())).contains("2026-01-04", "2026-10-10");
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", basic(user))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String body, String user) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", basic(user))
                        .header("Content-Type", "text/csv; charset=UTF-8")
                        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
