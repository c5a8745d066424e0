package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The JSON API over HTTP Basic against the running server. The user is a grid assistant of a grid of his own, so
 * that his inbox holds exactly the tasks this test starts.
 */
@IntegrationTest
class TaskApiIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessStarter starter;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    WorkflowFixtures fixtures;
    ApiClient api;
    String grid;
    CurrentUser assistant;
    CurrentUser colleague;
    String overdue;
    String dueTomorrow;
    String dueLater;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(jdbc, starter, users);
        api = new ApiClient(port);
        grid = fixtures.newGrid("D1");
        assistant = fixtures.newStaff("接口协管甲", Role.GRID_ASSISTANT, "D1", grid, "ASSISTANT");
        colleague = fixtures.newStaff("接口协管乙", Role.GRID_ASSISTANT, "D1", grid, "ASSISTANT");
        Instant now = TestClock.get().instant();
        dueLater = fixtures.openTask(fixtures.startReview(grid, "D1", now.plus(5, ChronoUnit.DAYS)));
        overdue = fixtures.openTask(fixtures.startReview(grid, "D1", now.minus(2, ChronoUnit.DAYS)));
        dueTomorrow = fixtures.openTask(fixtures.startReview(grid, "D1", now.plus(1, ChronoUnit.DAYS)));
    }

    @Test
    void listsPagesSortsAndFiltersTheInbox() throws Exception {
        JsonNode all = ok(api.get(assistant.username(), "/api/tasks"));
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(ids(all)).containsExactly(overdue, dueTomorrow, dueLater);
        assertThat(all.path("tasks").get(0).path("name").asText()).isEqualTo("核查网格用人单位信息");
        assertThat(all.path("tasks").get(0).path("processName").asText()).isEqualTo("网格用人单位信息核查");

        JsonNode firstPage = ok(api.get(assistant.username(), "/api/tasks?size=2&page=0"));
        assertThat(ids(firstPage)).containsExactly(overdue, dueTomorrow);
        assertThat(firstPage.path("size").asInt()).isEqualTo(2);
        JsonNode secondPage = ok(api.get(assistant.username(), "/api/tasks?size=2&page=1"));
        assertThat(ids(secondPage)).containsExactly(dueLater);
        assertThat(secondPage.path("total").asLong()).isEqualTo(3);
        assertThat(secondPage.path("page").asInt()).isEqualTo(1);

        assertThat(ids(ok(api.get(assistant.username(), "/api/tasks?sort=DUE_DESC"))))
                .containsExactly(dueLater, dueTomorrow, overdue);
        assertThat(ids(ok(api.get(assistant.username(), "/api/tasks?sort=created_desc"))))
                .containsExactly(dueTomorrow, overdue, dueLater);

        ok(api.post(assistant.username(), "/api/tasks/" + dueLater + "/claim", null));
        assertThat(ids(ok(api.get(assistant.username(), "/api/tasks?filter=mine"))))
                .containsExactly(dueLater);
        assertThat(ids(ok(api.get(assistant.username(), "/api/tasks?filter=groups"))))
                .containsExactly(overdue, dueTomorrow);
        assertThat(ids(ok(api.get(colleague.username(), "/api/tasks")))).containsExactly(overdue, dueTomorrow);
        assertThat(ids(ok(api.get(assistant.username(), "/api/tasks?filter=OVERDUE"))))
                .containsExactly(overdue);
        assertThat(ok(api.get(assistant.username(), "/api/tasks?process=" + WorkflowFixtures.PROCESS))
                        .path("total")
                        .asLong())
                .isEqualTo(3);
        assertThat(ok(api.get(assistant.username(), "/api/tasks?process=no-such-process"))
                        .path("total")
                        .asLong())
                .isZero();
    }

    @Test
    void refusesQueryParametersItDoesNotUnderstandNamingEach() throws Exception {
        HttpResponse<String> response = api.get(assistant.username(), "/api/tasks?filter=everything&size=500");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("filter", "size");
    }

    @Test
    void claimsCompletesAndReportsTheLostRace() throws Exception {
        JsonNode claimed = ok(api.post(assistant.username(), "/api/tasks/" + overdue + "/claim", null));
        assertThat(claimed.path("assignee").asText()).isEqualTo(assistant.username());
        assertThat(claimed.path("status").asText()).isEqualTo("OPEN");

        HttpResponse<String> lost = api.post(colleague.username(), "/api/tasks/" + overdue + "/claim", null);
        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(problem(lost).path("detail").asText()).isEqualTo("任务「核查网格用人单位信息」已由 接口协管甲 签收办理");

        HttpResponse<String> invalid = api.post(
                assistant.username(),
                "/api/tasks/" + overdue + "/complete",
                "{\"comment\":\"核查完毕\",\"variables\":{\"checkedCount\":-3}}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactly("variables.checkedCount", "variables.changedCount");

        JsonNode detail = ok(api.get(assistant.username(), "/api/tasks/" + overdue));
        assertThat(detail.path("task").path("id").asText()).isEqualTo(overdue);
        assertThat(detail.path("actions").toString()).contains("UNCLAIM", "COMPLETE", "TRANSFER");
        assertThat(detail.path("form").path("fields").toString()).contains("checkedCount");

        JsonNode completed = ok(api.post(
                assistant.username(),
                "/api/tasks/" + overdue + "/complete",
                "{\"comment\":\"核查完毕\",\"variables\":{\"checkedCount\":12,\"changedCount\":0}}"));
        assertThat(completed.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.path("endComment").asText()).isEqualTo("核查完毕");

        HttpResponse<String> again = api.post(assistant.username(), "/api/tasks/" + overdue + "/complete", "{}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(problem(again).path("code").asText()).isEqualTo("TASK_ENDED");
    }

    @Test
    void transfersAndUnclaimsWithTheirRules() throws Exception {
        ok(api.post(assistant.username(), "/api/tasks/" + dueTomorrow + "/claim", null));
        JsonNode unclaimed = ok(api.post(assistant.username(), "/api/tasks/" + dueTomorrow + "/unclaim", null));
        assertThat(unclaimed.path("assignee").isNull()).isTrue();

        JsonNode transferred = ok(api.post(
                assistant.username(),
                "/api/tasks/" + dueTomorrow + "/transfer",
                "{\"assignee\":\"" + colleague.username() + "\",\"reason\":\"本人请假\"}"));
        assertThat(transferred.path("assignee").asText()).isEqualTo(colleague.username());
        assertThat(transferred.path("note").asText()).isEqualTo("接口协管甲 转办：本人请假");

        HttpResponse<String> outOfScope = api.post(
                colleague.username(),
                "/api/tasks/" + dueTomorrow + "/transfer",
                "{\"assignee\":\"inspector4\",\"reason\":\"请协助\"}");
        assertThat(outOfScope.statusCode()).isEqualTo(400);
        assertThat(fields(outOfScope)).containsExactly("assignee");
    }

    @Test
    void refusesATransferWithoutReasonNamingTheField() throws Exception {
        HttpResponse<String> response = api.post(
                assistant.username(),
                "/api/tasks/" + dueLater + "/transfer",
                "{\"assignee\":\"" + colleague.username() + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = problem(response);
        assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("请填写转办理由");

        HttpResponse<String> noReturnReason =
                api.post(assistant.username(), "/api/tasks/" + dueLater + "/return", "{\"reason\":\" \"}");
        assertThat(noReturnReason.statusCode()).isEqualTo(400);
        assertThat(fields(noReturnReason)).containsExactly("reason");
        assertThat(fixtures.row(dueLater).get("assignee")).isNull();
    }

    @Test
    void refusesMalformedJson() throws Exception {
        HttpResponse<String> response =
                api.post(assistant.username(), "/api/tasks/" + dueLater + "/transfer", "{\"assignee\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem(response).path("code").asText()).isEqualTo("MALFORMED_BODY");
    }

    @Test
    void answersUnknownTasksWith404() throws Exception {
        HttpResponse<String> response = api.get(assistant.username(), "/api/tasks/no-such-task");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(problem(response).path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(api.post(assistant.username(), "/api/tasks/no-such-task/claim", null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void requiresCredentials() throws Exception {
        HttpResponse<String> response = api.get(null, "/api/tasks");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(problem(response).path("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    private JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return json.readTree(response.body());
    }

    private JsonNode problem(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        return json.readTree(response.body());
    }

    private List<String> fields(HttpResponse<String> response) throws Exception {
        List<String> fields = new ArrayList<>();
        problem(response).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("tasks").forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }
}
