package cn.laborcase.intake.web;

import static cn.laborcase.intake.IntakeFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bad-input sweep of registration (issue 9, items 8–11): every JSON field of {@code POST /api/complaints} and
 * every field of the desk form {@code POST /complaints} × hostile values (NUL, control characters, CR/LF in a
 * single-line field, a lone surrogate, 100,000 characters, negative and fractional numbers, far past and future
 * dates, a number for a date, the wrong JSON type, empty, missing) → 400 naming the field, and nothing written. The
 * cases are generated from the field lists below; a new field of the request belongs in them.
 */
@IntegrationTest
class RegistrationBadInputIT {

    static final String LONG = "长".repeat(100_000);

    /** Single-line text: JSON literals. */
    static final List<String> HOSTILE_LINE = List.of(
            "\"a\\u0000b\"",
            "\"a\\u0007b\"",
            "\"a\\u001bb\"",
            "\"a\\r\\nb\"",
            "\"a\\nb\"",
            "\"a\\u2028b\"",
            "\"a\\ud800b\"",
            "\"\\udc00\"",
            "\"a\\uffffb\"",
            "\"" + LONG + "\"",
            "{\"x\":1}",
            "[\"a\"]",
            "12345",
            "true");

    /** Every text field of the API, with whether it is required (then "" and missing are refused too). */
    static final Map<String, Boolean> JSON_TEXT = fields(
            "kind", true,
            "channel", true,
            "category", true,
            "complainants[0].name", true,
            "complainants[0].idNumber", true,
            "complainants[0].phone", true,
            "complainants[0].address", false,
            "complainants[0].email", false,
            "complainants[0].occupation", false,
            "complainants[0].workplace", false,
            "employer.creditCode", true,
            "employer.name", false,
            "employer.address", false,
            "employer.district", false,
            "employer.gridCode", false,
            "employer.representative", false,
            "employer.representativeTitle", false);

    /** Multi-line text of the API: several lines are fine (CR LF becomes LF), other control characters are not. */
    static final List<String> MULTILINE = List.of("description", "claims");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    IntakeFixtures f;
    UserAgent api;
    UserAgent desk;
    String employer;

    @BeforeEach
    void setUp() {
        f = new IntakeFixtures(jdbc, users);
        api = UserAgent.basic(port, f.clerk.username(), PASSWORD);
        desk = UserAgent.loggedIn(port, f.clerk.username(), PASSWORD);
        employer = f.employer();
    }

    @TestFactory
    Stream<DynamicTest> everyJsonFieldRefusesHostileValuesNamingTheFieldAndWritesNothing() {
        setUp();
        List<DynamicTest> tests = new ArrayList<>();
        JSON_TEXT.forEach((field, required) -> {
            for (String value : HOSTILE_LINE) {
                tests.add(jsonCase(field, value, field));
            }
            if (required) {
                tests.add(jsonCase(field, "\"\"", field));
                tests.add(jsonCase(field, null, field));
            }
        });
        // description and 投诉请求 (required for a 投诉): several lines are fine, other control characters are not
        for (String field : MULTILINE) {
            for (String value : List.of(
                    "\"a\\u0000b\"",
                    "\"a\\u0007b\"",
                    "\"a\\u000bb\"",
                    "\"a\\ud800b\"",
                    "\"" + LONG + "\"",
                    "{}",
                    "7",
                    "\"\"")) {
                tests.add(jsonCase(field, value, field));
            }
            tests.add(jsonCase(field, null, field));
        }
        for (String value : List.of(
                "\"-999999999-01-01T00:00:00Z\"",
                "\"0001-01-01T00:00:00Z\"",
                "\"1999-12-31T16:00:00Z\"",
                "\"+999999999-12-31T23:59:59Z\"",
                "\"2999-01-01T00:00:00Z\"",
                "1700000000",
                "1700000000.5",
                "\"2026-13-45T00:00:00Z\"",
                "\"昨天\"",
                "{}",
                "true")) {
            tests.add(jsonCase("receivedAt", value, "receivedAt"));
        }
        for (String field : List.of("violationStartedOn", "violationEndedOn")) {
            for (String value : List.of(
                    "\"-999999999-01-01\"",
                    "\"0001-01-01\"",
                    "\"1969-12-31\"",
                    "\"+999999999-12-31\"",
                    "\"2999-01-01\"",
                    "20260301",
                    "\"2026-02-30\"",
                    "\"2026/03/01\"",
                    "[2026,3,1]",
                    "{}")) {
                tests.add(jsonCase(field, value, field));
            }
        }
        tests.add(jsonCase("violationStartedOn", null, "violationStartedOn"));
        for (String value : List.of("1.5", "-1", "0", "100001", "2147483648", "\"三个\"", "true", "{}", "[]")) {
            tests.add(jsonCase("workersAffected", value, "workersAffected"));
        }
        tests.add(jsonCase("workersAffected", null, "workersAffected"));
        for (String value : List.of("-5", "1.001", "1e20", "\"abc\"", "{}", "true")) {
            tests.add(jsonCase("amountOwed", value, "amountOwed"));
        }
        for (String field : List.of("employerAbsconded", "onlyDoubleWages", "complainants[0].emailConsent")) {
            for (String value : List.of("\"maybe\"", "2", "{}", "[]")) {
                tests.add(jsonCase(field, value, field));
            }
        }
        // consent to electronic service names the address it is for (送达地址确认书): consent without one is refused
        tests.add(jsonCase("complainants[0].emailConsent", "true", "complainants[0].email"));
        tests.add(jsonCase("complainants", "\"张三\"", "complainants"));
        tests.add(jsonCase("complainants", "{}", "complainants"));
        tests.add(jsonCase("complainants", "[null]", "complainants[0]"));
        tests.add(jsonCase("complainants", "[1]", "complainants[0]"));
        tests.add(jsonCase("complainants", "[]", "complainants"));
        tests.add(jsonCase("employer", "\"x\"", "employer"));
        tests.add(jsonCase("employer", "[]", "employer"));
        tests.add(jsonCase("employer", null, "employer"));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyFormFieldRefusesHostileValuesNamingTheFieldAndWritesNothing() {
        setUp();
        List<String> line = List.of("a\u0000b", "a\u0007b", "a\u001bb", "a\r\nb", "a\nb", "a\u2028b", "a\uffffb", LONG);
        List<DynamicTest> tests = new ArrayList<>();
        for (String field : List.of(
                "kind",
                "channel",
                "category",
                "complainants[0].name",
                "complainants[0].idNumber",
                "complainants[0].phone",
                "complainants[0].address",
                "complainants[0].email",
                "complainants[0].occupation",
                "complainants[0].workplace",
                "employer.creditCode",
                "employer.name",
                "employer.address",
                "employer.district",
                "employer.gridCode",
                "employer.representative",
                "employer.representativeTitle")) {
            for (String value : line) {
                tests.add(formCase(Map.of(field, value), field));
            }
        }
        for (String field : List.of(
                "kind",
                "channel",
                "category",
                "complainants[0].name",
                "employer.creditCode",
                "description",
                "claims")) {
            tests.add(formCase(Map.of(field, ""), field));
            tests.add(formCase(removed(field), field));
        }
        for (String field : MULTILINE) {
            for (String value : List.of("a\u0000b", "a\u0007b", "a\u000bb", LONG)) {
                tests.add(formCase(Map.of(field, value), field));
            }
        }
        for (String value : List.of(
                "0001-01-01T00:00",
                "-999999999-01-01T00:00",
                "+999999999-12-31T23:59",
                "2999-01-01T00:00",
                "1700000000",
                "2026-13-45T00:00")) {
            tests.add(formCase(Map.of("receivedAt", value), "receivedAt"));
        }
        for (String field : List.of("violationStartedOn", "violationEndedOn")) {
            for (String value : List.of(
                    "0001-01-01", "-999999999-01-01", "+999999999-12-31", "2999-01-01", "20260301", "2026-02-30")) {
                tests.add(formCase(Map.of(field, value), field));
            }
        }
        for (String value : List.of("1.5", "-1", "0", "99999999999", "三个")) {
            tests.add(formCase(Map.of("workersAffected", value), "workersAffected"));
        }
        for (String value : List.of("-5", "1.001", "abc", "1e20")) {
            tests.add(formCase(Map.of("amountOwed", value), "amountOwed"));
        }
        for (String field : List.of("employerAbsconded", "onlyDoubleWages", "complainants[0].emailConsent")) {
            tests.add(formCase(Map.of(field, "maybe"), field));
        }
        tests.add(formCase(Map.of("complainants[0].emailConsent", "true"), "complainants[0].email"));
        // rows the page never posts: a gap, beyond the limit, negative, not a number, a field twice
        tests.add(formCase(Map.of("complainants[2].name", "王五"), "complainants[1]"));
        tests.add(formCase(Map.of("complainants[600].name", "王五"), "complainants"));
        tests.add(formCase(Map.of("complainants[201].name", "王五"), "complainants"));
        tests.add(formCase(Map.of("complainants[-1].name", "王五"), "complainants"));
        tests.add(formCase(Map.of("complainants[abc].name", "王五"), "complainants"));
        tests.add(formCase(Map.of("complainants[].name", "王五"), "complainants"));
        tests.add(formCase(Map.of("complainants[99999999999].name", "王五"), "complainants"));
        tests.add(DynamicTest.dynamicTest("form: complainants[0].name posted twice", () -> {
            String body = encode(validForm()) + "&" + URLEncoder.encode("complainants[0].name", StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode("李四", StandardCharsets.UTF_8);
            assertRefusedPage(
                    () -> desk.post("/complaints", "application/x-www-form-urlencoded", body), "complainants[0].name");
        }));
        return tests.stream();
    }

    @Test
    void aValidRequestPassesSoTheSweepTestsTheValuesNotTheBase() throws Exception {
        HttpResponse<String> viaApi = api.postJson("/api/complaints", jsonWith("description", "\"拖欠两个月工资\"", true));
        HttpResponse<String> viaDesk = desk.postForm("/complaints", validForm());

        assertThat(viaApi.statusCode()).as(viaApi.body()).isEqualTo(201);
        assertThat(viaDesk.statusCode()).as(viaDesk.body()).isEqualTo(302);
    }

    @Test
    void aDescriptionKeepsItsLinesWithWindowsLineBreaksMadeLf() throws Exception {
        String request = jsonWith("description", "\"第一行\\r\\n第二行\\r第三行\\n\\t第四行\"", true);

        HttpResponse<String> response = api.postJson("/api/complaints", request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        long id = json.readTree(response.body()).get("id").asLong();
        assertThat(jdbc.queryForObject("select description from complaint where id = ?", String.class, id))
                .isEqualTo("第一行\n第二行\n第三行\n\t第四行");
    }

    /** What the door lets in always renders: the 登记表 of the most awkward accepted input is issued. */
    @Test
    void theAwkwardestAcceptedInputStillGetsItsRegistrationForm() throws Exception {
        ObjectNode body = (ObjectNode) json.readTree(IntakeFixtures.complaintsJson(employer, 3));
        ObjectNode person = (ObjectNode) body.get("complainants").get(0);
        person.put("name", "𠀀𠀁" + "长".repeat(48));
        person.put("address", "东湖区𠮷野家路 <b>&amp;</b> \"1号\" " + "路".repeat(170));
        body.put("description", "第一行\r\n\t第二行 <script>&\r第三行 𠀀\n" + "长".repeat(1900));

        HttpResponse<String> response = api.postJson("/api/complaints", json.writeValueAsString(body));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = json.readTree(response.body()).get("id").asText();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                        jdbc.queryForObject(
                                "select count(*) from document where case_type = 'COMPLAINT' and case_id = ? "
                                        + "and type_code <> 'SERVICE_RECEIPT' and status = 'ISSUED'",
                                Long.class,
                                id))
                .isPositive());
    }

    private DynamicTest jsonCase(String field, String literal, String expectedField) {
        String shown = literal == null
                ? "missing"
                : literal.length() > 40 ? literal.substring(0, 12) + "…(" + literal.length() + ")" : literal;
        return DynamicTest.dynamicTest("API: " + field + " = " + shown, () -> {
            String body = jsonWith(field, literal, literal != null);
            long[] before = counts();
            HttpResponse<String> response = api.postJson("/api/complaints", body);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode problem = json.readTree(response.body());
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
            assertThat(fields).as(response.body()).contains(expectedField);
            problem.path("errors")
                    .forEach(e ->
                            assertThat(e.path("message").asText()).isNotBlank().hasSizeLessThan(200));
            assertThat(counts()).isEqualTo(before);
        });
    }

    private DynamicTest formCase(Map<String, String> changes, String expectedField) {
        String shown = changes.entrySet().stream()
                .map(e -> e.getKey() + "="
                        + (e.getValue() == null
                                ? "missing"
                                : e.getValue().length() > 40
                                        ? "(" + e.getValue().length() + " chars)"
                                        : e.getValue().replaceAll("\\p{Cntrl}", "^")))
                .collect(Collectors.joining(", "));
        return DynamicTest.dynamicTest("form: " + shown, () -> {
            Map<String, String> form = validForm();
            changes.forEach((k, v) -> {
                if (v == null) {
                    form.remove(k);
                } else {
                    form.put(k, v);
                }
            });
            assertRefusedPage(() -> desk.postForm("/complaints", form), expectedField);
        });
    }

    private void assertRefusedPage(java.util.function.Supplier<HttpResponse<String>> post, String expectedField) {
        long[] before = counts();
        HttpResponse<String> page = post.get();

        assertThat(page.statusCode()).as(page.body()).isEqualTo(400);
        // the page names the field: in the form's list of problems, or on the error page (rows it cannot show)
        assertThat(page.body())
                .as(expectedField)
                .containsAnyOf("data-field=\"" + expectedField + "\"", "<code>" + expectedField + "</code>");
        assertThat(counts()).isEqualTo(before);
    }

    private long[] counts() {
        return new long[] {
            jdbc.queryForObject("select count(*) from complaint", Long.class),
            jdbc.queryForObject("select count(*) from complainant", Long.class),
            jdbc.queryForObject("select count(*) from employer", Long.class)
        };
    }

    /** The valid API request with {@code field} set to a JSON literal (or removed). */
    private String jsonWith(String field, String literal, boolean present) throws Exception {
        ObjectNode body = (ObjectNode) json.readTree(IntakeFixtures.complaintsJson(employer, 3));
        body.put(
                "receivedAt",
                TestClock.get().instant().minus(Duration.ofHours(1)).toString());
        body.put("violationEndedOn", TestClock.get().today().minusMonths(1).toString());
        String[] path = field.replace("[0]", ".0").split("\\.");
        JsonNode parent = body;
        for (int i = 0; i < path.length - 1; i++) {
            parent = path[i].matches("\\d+") ? parent.get(Integer.parseInt(path[i])) : parent.get(path[i]);
        }
        String leaf = path[path.length - 1];
        String marker = "@@HOSTILE@@";
        if (present) {
            ((ObjectNode) parent).put(leaf, marker);
        } else {
            ((ObjectNode) parent).remove(leaf);
        }
        return json.writeValueAsString(body).replace("\"" + marker + "\"", present ? literal : "null");
    }

    private Map<String, String> validForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", desk.csrfToken("/complaints/new"));
        form.put("kind", "COMPLAINT");
        form.put("channel", "COUNTER");
        form.put(
                "receivedAt",
                LocalDateTime.ofInstant(TestClock.get().instant().minus(Duration.ofHours(1)), BeijingTime.ZONE)
                        .withSecond(0)
                        .withNano(0)
                        .toString());
        form.put("complainants[0].name", "张小明");
        form.put("complainants[0].idNumber", IntakeFixtures.idNumber());
        form.put("complainants[0].phone", IntakeFixtures.mobile());
        form.put("complainants[0].address", "东湖区某小区");
        form.put("complainants[0].email", "");
        form.put("employer.creditCode", employer);
        form.put("employer.name", "");
        form.put("employer.address", "");
        form.put("employer.district", "");
        form.put("employer.gridCode", "");
        form.put("category", "WAGE_ARREARS");
        form.put("workersAffected", "3");
        form.put("amountOwed", "12000.00");
        form.put("violationStartedOn", TestClock.get().today().minusMonths(2).toString());
        form.put("violationEndedOn", "");
        form.put("description", "拖欠两个月工资");
        form.put("claims", "支付拖欠的工资");
        return form;
    }

    private Map<String, String> removed(String field) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put(field, null);
        return change;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, Boolean> fields(Object... pairs) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Boolean) pairs[i + 1]);
        }
        return m;
    }
}
