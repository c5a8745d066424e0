package cn.laborcase.shared;

import static cn.laborcase.support.UserAgent.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

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

/** Every way an API call can fail answers with an RFC 9457 problem: status, stable code, Chinese text, no internals. */
@IntegrationTest
class ProblemDetailsIT {

    private static final String BASE = "/api/test/problems";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    UserAgent api;

    @BeforeEach
    void integration() {
        api = UserAgent.basic(port, "clerk1", DEMO_PASSWORD);
    }

    @Test
    void answersMalformedJsonWith400MalformedBody() throws Exception {
        JsonNode problem = problem(api.postJson(BASE + "/validated", "{\"name\": \"恒信\", "), 400);

        assertThat(problem.path("code").asText()).isEqualTo("MALFORMED_BODY");
        assertThat(problem.path("detail").asText()).contains("格式错误");
    }

    @Test
    void namesEveryInvalidFieldInChinese() throws Exception {
        JsonNode problem = problem(api.postJson(BASE + "/validated", "{\"name\": \" \", \"workers\": 0}"), 400);

        assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.path("title").asText()).isEqualTo("填写有误");
        assertThat(problem.path("detail").asText()).isEqualTo("有 2 处填写有误");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "workers");
        assertThat(problem.path("errors").findValuesAsText("message"))
                .containsExactlyInAnyOrder("请填写单位名称", "涉及人数至少为 1");
        assertThat(problem.path("errors").findValuesAsText("code")).containsExactlyInAnyOrder("NotBlank", "Min");
    }

    @Test
    void namesAPathVariableOfTheWrongType() throws Exception {
        JsonNode problem = problem(api.get(BASE + "/items/abc"), 400);

        assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("id");
    }

    @Test
    void namesAQueryParameterOfTheWrongType() throws Exception {
        JsonNode problem = problem(api.get(BASE + "/items/7?size=many"), 400);

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("size");
    }

    @Test
    void namesAQueryParameterOutOfRange() throws Exception {
        JsonNode problem = problem(api.get(BASE + "/items/7?size=500"), 400);

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("size");
        assertThat(problem.path("errors").findValuesAsText("message")).containsExactly("每页条数至多为 100");
    }

    @Test
    void answersInvalidInputFromAServiceWith400NamingTheField() throws Exception {
        JsonNode problem = problem(api.get(BASE + "/invalid"), 400);

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("creditCode");
        assertThat(problem.path("errors").findValuesAsText("message")).containsExactly("统一社会信用代码校验位不正确");
    }

    @Test
    void answersNotFoundWith404() throws Exception {
        JsonNode problem = problem(api.get(BASE + "/missing"), 404);

        assertThat(problem.path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(problem.path("detail").asText()).contains("未找到测试记录");
    }

    @Test
    void answersAStateConflictWith409AndItsCode() throws Exception {
        JsonNode problem = problem(api.get(BASE + "/conflict"), 409);

        assertThat(problem.path("code").asText()).isEqualTo("CASE_CLOSED");
        assertThat(problem.path("detail").asText()).isEqualTo("案件〔2026〕第12号已结案，不能再安排开庭");
    }

    @Test
    void answersAForbiddenActionWith403() throws Exception {
        JsonNode problem = problem(api.get(BASE + "/forbidden"), 403);

        assertThat(problem.path("code").asText()).isEqualTo("NOT_CANDIDATE");
    }

    @Test
    void answersAnUnexpectedErrorWith500AndAnIncidentNumberButNoInternals() throws Exception {
        HttpResponse<String> response = api.get(BASE + "/boom");
        JsonNode problem = problem(response, 500);

        assertThat(problem.path("code").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(problem.path("incident").asText()).matches("[0-9a-f]{8}");
        assertThat(problem.path("detail").asText())
                .contains("事件编号 " + problem.path("incident").asText());
        assertThat(response.body())
                .doesNotContain("secret", "IllegalStateException", "Exception", "cn.laborcase", "at ", "trace");
    }

    @Test
    void answersAnUnknownApiAddressWith404Problem() throws Exception {
        JsonNode problem = problem(api.get("/api/no-such-thing"), 404);

        assertThat(problem.path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(problem.path("detail").asText()).contains("不存在");
    }

    @Test
    void answersAWrongMethodWith405Problem() throws Exception {
        JsonNode problem = problem(api.get(BASE + "/validated"), 405);

        assertThat(problem.path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(problem.path("detail").asText()).isEqualTo("不支持此操作方式");
    }

    @Test
    void answersAnUnsupportedBodyTypeWith415Problem() throws Exception {
        JsonNode problem = problem(api.post(BASE + "/validated", "text/plain", "name=x"), 415);

        assertThat(problem.path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(problem.path("detail").asText()).contains("JSON");
    }

    @Test
    void showsAnUnknownPageAsTheChineseErrorPage() {
        UserAgent browser = UserAgent.loggedIn(port, "clerk1", DEMO_PASSWORD);

        HttpResponse<String> page = browser.get("/no-such-page", "Accept", "text/html");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("页面或记录不存在", "lang=\"zh-CN\"").doesNotContain("Whitelabel");
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("urn:laborcase:problem:");
        assertThat(List.of(
                        problem.path("title").asText(), problem.path("detail").asText()))
                .allSatisfy(text -> assertThat(text).containsPattern("\\p{IsHan}"));
        assertThat(problem.has("trace")).isFalse();
        assertThat(problem.has("exception")).isFalse();
        return problem;
    }
}
