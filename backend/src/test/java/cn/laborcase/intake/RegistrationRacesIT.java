package cn.laborcase.intake;

import static cn.laborcase.intake.IntakeFixtures.PASSWORD;
import static cn.laborcase.intake.IntakeFixtures.complaintsJson;
import static cn.laborcase.intake.IntakeFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registrations at once and twice (issue 9, items 6 and 7, and item 4's duplicate by another office's clerk): 20
 * identical ones about an employer not yet in the registry all succeed and make one complaint; a repeated submit
 * with the same idempotency key registers once; a clerk of another office learns that his registration was merged,
 * not the number of a case he may not read. Real threads, real HTTP.
 */
@IntegrationTest
class RegistrationRacesIT {

    static final int CLIENTS = 20;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    IntakeFixtures f;

    @BeforeEach
    void setUp() {
        f = new IntakeFixtures(jdbc, users);
    }

    @Test
    void twentyIdenticalRegistrationsAboutANewEmployerAllSucceedAsOneComplaint() throws Exception {
        String unknown = IntakeFixtures.newCreditCode();
        String request = newEmployer(
                unknown,
                IntakeFixtures.json(
                        "COMPLAINT", unknown, "WAGE_ARREARS", 3, false, List.of(person("同一人"), person("另一人"))));

        List<HttpResponse<String>> responses = atOnce(CLIENTS, i -> request, i -> new String[0]);

        List<JsonNode> bodies = new ArrayList<>();
        for (HttpResponse<String> r : responses) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            bodies.add(json.readTree(r.body()));
        }
        assertThat(bodies).filteredOn(b -> !b.get("merged").asBoolean()).hasSize(1);
        assertThat(bodies)
                .extracting(b -> b.get("id").asLong())
                .containsOnly(bodies.get(0).get("id").asLong());
        long id = bodies.get(0).get("id").asLong();
        assertThat(count("select count(*) from employer where credit_code = ?", unknown))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from complaint c join employer e on e.id = c.employer_id "
                                + "where e.credit_code = ? and c.status <> 'MERGED'",
                        unknown))
                .isEqualTo(1);
        assertThat(count("select count(*) from complaint where merged_into_id = ?", id))
                .isEqualTo(CLIENTS - 1);
        // the same two people each time: two parties
        assertThat(count("select count(*) from complainant where complaint_id = ?", id))
                .isEqualTo(2);
    }

    @Test
    void twentyRegistrationsOfOneOfficeAboutDifferentEmployersGetTwentyNumbers() throws Exception {
        List<String> employers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            employers.add(f.employer());
        }

        List<HttpResponse<String>> responses =
                atOnce(CLIENTS, i -> complaintsJson(employers.get(i), 3), i -> new String[0]);

        List<String> numbers = new ArrayList<>();
        for (HttpResponse<String> r : responses) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            numbers.add(json.readTree(r.body()).get("number").asText());
        }
        assertThat(numbers).doesNotHaveDuplicates().hasSize(CLIENTS);
    }

    @Test
    void aDoubleSubmitWithTheSameKeyRegistersOnceAndAnswersTheSame() throws Exception {
        String employer = f.employer();
        String request = complaintsJson(employer, 3);
        String key = "k-" + IntakeFixtures.unique();

        List<HttpResponse<String>> responses = atOnce(2, i -> request, i -> new String[] {"Idempotency-Key", key});

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
        JsonNode first = json.readTree(responses.get(0).body());
        assertThat(json.readTree(responses.get(1).body())).isEqualTo(first);
        assertThat(first.get("merged").asBoolean()).isFalse();
        assertThat(count(
                        "select count(*) from complaint c join employer e on e.id = c.employer_id "
                                + "where e.credit_code = ?",
                        employer))
                .isEqualTo(1);
        HttpResponse<String> basicLater = UserAgent.basic(port, f.clerk.username(), PASSWORD)
                .postJson("/api/complaints", request, "Idempotency-Key", key);
        assertThat(basicLater.statusCode()).isEqualTo(201);
        assertThat(json.readTree(basicLater.body())).isEqualTo(first);
    }

    @Test
    void theSameKeyWithAnotherRequestIsAConflictAndWritesNothing() throws Exception {
        String employer = f.employer();
        String key = "k-" + IntakeFixtures.unique();
        UserAgent clerk = UserAgent.basic(port, f.clerk.username(), PASSWORD);
        assertThat(clerk.postJson("/api/complaints", complaintsJson(employer, 3), "Idempotency-Key", key)
                        .statusCode())
                .isEqualTo(201);
        long before = count("select count(*) from complaint");

        HttpResponse<String> other =
                clerk.postJson("/api/complaints", complaintsJson(employer, 4), "Idempotency-Key", key);

        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.body()).contains("IDEMPOTENCY_KEY_REUSED");
        assertThat(count("select count(*) from complaint")).isEqualTo(before);
    }

    @Test
    void aDuplicateByAnotherOfficesClerkIsMergedWithoutTellingHimTheCase() throws Exception {
        String employer = f.employer();
        HttpResponse<String> own = UserAgent.basic(port, f.clerk.username(), PASSWORD)
                .postJson("/api/complaints", complaintsJson(employer, 3));
        JsonNode first = json.readTree(own.body());
        IntakeFixtures elsewhere = new IntakeFixtures(jdbc, users);
        UserAgent stranger = UserAgent.basic(port, elsewhere.clerk.username(), PASSWORD);

        HttpResponse<String> response = stranger.postJson("/api/complaints", complaintsJson(employer, 3));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("merged").asBoolean()).isTrue();
        assertThat(body.get("id").asLong()).isNotEqualTo(first.get("id").asLong());
        assertThat(body.get("registrationId").asLong()).isEqualTo(body.get("id").asLong());
        assertThat(response.body()).doesNotContain(first.get("number").asText()).contains("已并入他局正在办理的投诉，编号不予显示");
        assertThat(response.headers().firstValue("Location"))
                .contains("/api/complaints/" + body.get("id").asLong());
        // his own registration he may read; the case it joined stays hidden
        HttpResponse<String> mine =
                stranger.get("/api/complaints/" + body.get("id").asLong());
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).doesNotContain(first.get("number").asText());
        assertThat(json.readTree(mine.body()).get("mergedInto").isNull()).isTrue();
        assertThat(stranger.get("/api/complaints/" + first.get("id").asLong()).statusCode())
                .isEqualTo(404);
        // the case's own office sees the merge as usual
        assertThat(count(
                        "select count(*) from complaint where merged_into_id = ?",
                        first.get("id").asLong()))
                .isEqualTo(1);
    }

    private List<HttpResponse<String>> atOnce(
            int clients, java.util.function.IntFunction<String> body, java.util.function.IntFunction<String[]> headers)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                UserAgent agent = UserAgent.basic(port, f.clerk.username(), PASSWORD);
                String request = body.apply(i);
                String[] extra = headers.apply(i);
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return agent.postJson("/api/complaints", request, extra);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> r : results) {
                responses.add(r.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private String newEmployer(String creditCode, String request) {
        return request.replace(
                "\"employer\":{\"creditCode\":\"" + creditCode + "\"}",
                "\"employer\":{\"creditCode\":\"" + creditCode + "\",\"name\":\"新开业测试公司\",\"address\":\"" + f.district
                        + f.road + "888号\",\"district\":\"" + f.district + "\"}");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
