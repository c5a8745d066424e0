package cn.laborcase.intake;

import static cn.laborcase.intake.IntakeFixtures.PASSWORD;
import static cn.laborcase.intake.IntakeFixtures.complaintsJson;
import static cn.laborcase.intake.IntakeFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.organization.Role;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.PersonalData;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.PublishedEvents;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * POST and GET /api/complaints as the 12333 hotline and the clue platform call them (HTTP Basic, JSON): 201 with
 * number, due date and route; 400 naming each wrong field and writing nothing; duplicates merged, also when two
 * arrive at once; the emergency threshold; data scope and the reporter's confidentiality.
 */
@IntegrationTest
class ComplaintApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    @Autowired
    WorkingCalendar calendar;

    IntakeFixtures f;
    UserAgent clerk;
    String employer;

    @BeforeEach
    void setUp() {
        f = new IntakeFixtures(jdbc, users);
        clerk = UserAgent.basic(port, f.clerk.username(), PASSWORD);
        employer = f.employer();
    }

    @Test
    void registersAComplaintWithNumberAcceptanceDueDateAndRoute() throws Exception {
        HttpResponse<String> response = clerk.postJson("/api/complaints", complaintsJson(employer, 3));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        long id = body.get("id").asLong();
        int year = TestClock.get().today().getYear();
        assertThat(body.get("number").asText()).matches(f.officeShortName + "投诉〔" + year + "〕\\d+号");
        assertThat(body.get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(body.get("merged").asBoolean()).isFalse();
        assertThat(body.get("route").asText()).isEqualTo("INSPECTION");
        // 25号令 §18: 5 working days from the day of receipt
        LocalDate due = calendar.dueDate(TestClock.get().today(), 5, PeriodUnit.WORKING_DAYS)
                .dueDate();
        assertThat(body.get("acceptanceDueDate").asText()).isEqualTo(due.toString());
        assertThat(response.headers().firstValue("Location")).contains("/api/complaints/" + id);

        JsonNode complaint = get(f.inspector.username(), id);
        assertThat(complaint.get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(complaint.at("/acceptanceDeadline/dueDate").asText()).isEqualTo(due.toString());
        assertThat(complaint.at("/employer/creditCode").asText()).isEqualTo(employer);
        // the 登记表 is issued beside the review, by the job executor: it may or may not be on the timeline yet
        assertThat(steps(complaint)).startsWith("REGISTERED", "ROUTED", "REVIEW_STARTED");
        assertThat(complaint.at("/timeline/0/actorName").asText()).isEqualTo("受理窗口");
        assertThat(complaint.at("/openTasks/0/taskDefinitionKey").asText()).isEqualTo("Task_ReviewAdmissibility");
        assertThat(complaint.at("/openTasks/0/candidateGroups/0").asText()).isEqualTo("grid:" + f.grid + ":inspectors");
        assertThat(complaint.get("resultingCase").isNull()).isTrue();
    }

    @Test
    void refusesWithEveryWrongFieldNamedAndWritesNothing() throws Exception {
        long before = count("select count(*) from complaint");
        String request =
                """
                {"kind":"COMPLAINT","channel":"COUNTER","receivedAt":"2099-01-01T00:00:00Z",
                 "complainants":[{"name":"张三","idNumber":"110105194912310021","phone":"13812345678"}],
                 "employer":{"creditCode":"91330199MA01000X00"},
                 "category":"WAGE_ARREARS","workersAffected":3,"amountOwed":-100.00,
                 "violationStartedOn":"2099-01-01","description":"拖欠工资"}""";

        HttpResponse<String> response = clerk.postJson("/api/complaints", request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(fields(problem))
                .containsExactlyInAnyOrder(
                        "receivedAt",
                        "complainants[0].idNumber",
                        "employer.creditCode",
                        "amountOwed",
                        "violationStartedOn",
                        "claims");
        assertThat(message(problem, "complainants[0].idNumber")).contains("校验位错误");
        assertThat(message(problem, "employer.creditCode")).contains("校验位错误");
        assertThat(message(problem, "amountOwed")).isEqualTo("拖欠金额不能为负数");
        assertThat(message(problem, "violationStartedOn")).contains("不能晚于今天");
        assertThat(count("select count(*) from complaint")).isEqualTo(before);
    }

    @Test
    void namesAMissingEmployer() throws Exception {
        String request = complaintsJson(employer, 3).replace("\"employer\":{\"creditCode\":\"" + employer + "\"},", "");

        HttpResponse<String> response = clerk.postJson("/api/complaints", request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(json.readTree(response.body()))).containsExactly("employer");
    }

    @Test
    void anEmployerNotInTheRegistryNeedsNameAndAddressAndAGridItCanBePlacedIn() throws Exception {
        String unknown = IntakeFixtures.newCreditCode();
        long employersBefore = count("select count(*) from employer");

        HttpResponse<String> response = clerk.postJson("/api/complaints", complaintsJson(unknown, 3));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(json.readTree(response.body())))
                .containsExactlyInAnyOrder("employer.name", "employer.address", "employer.gridCode");
        assertThat(count("select count(*) from employer")).isEqualTo(employersBefore);
    }

    @Test
    void addsANewEmployerToTheRegistryInTheGridOfItsRoad() throws Exception {
        String unknown = IntakeFixtures.newCreditCode();
        String request = complaintsJson(unknown, 3)
                .replace(
                        "\"employer\":{\"creditCode\":\"" + unknown + "\"}",
                        "\"employer\":{\"creditCode\":\"" + unknown + "\",\"name\":\"新开业测试公司\",\"address\":\""
                                + f.district + f.road + "888号\",\"district\":\"" + f.district + "\"}");

        HttpResponse<String> response = clerk.postJson("/api/complaints", request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "select g.code from employer e join grid g on g.id = e.grid_id where e.credit_code = ?",
                        String.class,
                        unknown))
                .isEqualTo(f.grid);
        assertThat(count(
                        "select count(*) from audit_entry where action = 'EMPLOYER_REGISTERED' and summary like ?",
                        "%" + unknown + "%"))
                .isEqualTo(1);
    }

    @Test
    void mergesADuplicateIntoTheOpenComplaintAboutTheSameEmployerAndMatter() throws Exception {
        JsonNode first = register(complaintsJson(employer, 3));

        HttpResponse<String> response = clerk.postJson(
                "/api/complaints",
                IntakeFixtures.json(
                        "COMPLAINT", employer, "WAGE_ARREARS", 5, false, List.of(person("李四"), person("王五"))));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode second = json.readTree(response.body());
        assertThat(second.get("merged").asBoolean()).isTrue();
        assertThat(second.get("existingNumber").asText())
                .isEqualTo(first.get("number").asText());
        assertThat(second.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(second.get("registrationId").asLong())
                .isNotEqualTo(first.get("id").asLong());

        JsonNode complaint = get(f.inspector.username(), first.get("id").asLong());
        assertThat(complaint.get("complainants")).hasSize(3);
        assertThat(complaint.at("/complainants/2/joinedByMerge").asBoolean()).isTrue();
        assertThat(complaint.get("workersAffected").asInt()).isEqualTo(5);
        assertThat(complaint.get("mergedRegistrations")).hasSize(1);
        assertThat(steps(complaint)).contains("MERGED");
        // another matter against the same employer is a complaint of its own
        JsonNode other = register(IntakeFixtures.json(
                "COMPLAINT", employer, "SOCIAL_INSURANCE", 1, false, List.<String[]>of(person("赵六"))));
        assertThat(other.get("merged").asBoolean()).isFalse();
    }

    @Test
    void twoIdenticalRegistrationsAtOnceMakeOneComplaintAndOneMerge() throws Exception {
        String request = complaintsJson(employer, 4);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                UserAgent agent = UserAgent.basic(port, f.clerk.username(), PASSWORD);
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return agent.postJson("/api/complaints", request);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<JsonNode> bodies = new ArrayList<>();
            for (Future<HttpResponse<String>> r : results) {
                HttpResponse<String> response = r.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                bodies.add(json.readTree(response.body()));
            }
            assertThat(bodies).extracting(b -> b.get("merged").asBoolean()).containsExactlyInAnyOrder(true, false);
            assertThat(bodies)
                    .extracting(b -> b.get("number").asText())
                    .containsOnly(bodies.get(0).get("number").asText());
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(
                        "select count(*) from complaint c join employer e on e.id = c.employer_id "
                                + "where e.credit_code = ? and c.status <> 'MERGED'",
                        employer))
                .isEqualTo(1);
    }

    @Test
    void twentyNineWorkersGoToInspectionAndThirtyAreAnEmergencyAtOnce() throws Exception {
        JsonNode below = register(complaintsJson(employer, 29));
        JsonNode at = register(complaintsJson(f.employer(), 30));

        assertThat(below.get("route").asText()).isEqualTo("INSPECTION");
        assertThat(events(below.get("id").asLong())).isEmpty();
        assertThat(at.get("route").asText()).isEqualTo("EMERGENCY");
        // reported at registration, while the review has only begun
        assertThat(at.get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(events(at.get("id").asLong())).containsExactly("WageEmergencyReported");
        JsonNode complaint = get(f.inspector.username(), at.get("id").asLong());
        assertThat(steps(complaint)).contains("EMERGENCY_REPORTED");
        assertThat(complaint.at("/events/0/type").asText()).isEqualTo("WageEmergencyReported");
        assertThat(complaint.get("routeReason").asText()).contains("30 人");
    }

    @Test
    void anAbscondedEmployerIsAnEmergencyWhateverTheNumberOfWorkers() throws Exception {
        JsonNode body = register(
                IntakeFixtures.json("COMPLAINT", employer, "WAGE_ARREARS", 2, true, List.<String[]>of(person("张三"))));

        assertThat(body.get("route").asText()).isEqualTo("EMERGENCY");
        assertThat(events(body.get("id").asLong())).containsExactly("WageEmergencyReported");
    }

    @Test
    void aMergeThatReachesTheThresholdReportsTheEmergencyOnce() throws Exception {
        JsonNode first = register(complaintsJson(employer, 20));
        assertThat(first.get("route").asText()).isEqualTo("INSPECTION");

        JsonNode merged = register(complaintsJson(employer, 35));
        JsonNode again = register(complaintsJson(employer, 40));

        assertThat(merged.get("merged").asBoolean()).isTrue();
        assertThat(merged.get("route").asText()).isEqualTo("EMERGENCY");
        assertThat(again.get("route").asText()).isEqualTo("EMERGENCY");
        assertThat(events(first.get("id").asLong())).containsExactly("WageEmergencyReported");
    }

    @Test
    void aDismissalDisputeIsSuggestedForMediationAndArbitration() throws Exception {
        JsonNode body = register(IntakeFixtures.json(
                "COMPLAINT", employer, "DISMISSAL_DISPUTE", 1, false, List.<String[]>of(person("张三"))));

        assertThat(body.get("route").asText()).isEqualTo("REFER_TO_ARBITRATION");
    }

    /** 条例 §11(二): whether a written contract is signed is within inspection powers, also for one worker. */
    @Test
    void oneWorkerWithoutAContractGoesToInspectionUnlessHeAsksOnlyForDoubleWages() throws Exception {
        String noContract =
                IntakeFixtures.json("COMPLAINT", employer, "NO_CONTRACT", 1, false, List.<String[]>of(person("张三")));
        String doubleWagesOnly = IntakeFixtures.json(
                        "COMPLAINT", f.employer(), "NO_CONTRACT", 1, false, List.<String[]>of(person("李四")))
                .replace("\"description\":", "\"onlyDoubleWages\":true,\"description\":");

        assertThat(register(noContract).get("route").asText()).isEqualTo("INSPECTION");
        assertThat(register(doubleWagesOnly).get("route").asText()).isEqualTo("REFER_TO_ARBITRATION");
    }

    @Test
    void anAnonymousReportNeedsNoReporter() throws Exception {
        JsonNode body = register(IntakeFixtures.json("REPORT", employer, "CHILD_LABOR", 2, false, List.of()));

        assertThat(body.get("number").asText()).contains("举报");
        assertThat(get(f.inspector.username(), body.get("id").asLong()).get("complainants"))
                .isEmpty();
    }

    @Test
    void showsTheComplaintOnlyWithinDataScope() throws Exception {
        long id = register(complaintsJson(employer, 3)).get("id").asLong();
        IntakeFixtures elsewhere = new IntakeFixtures(jdbc, users);

        assertThat(status(f.inspector.username(), id)).isEqualTo(200);
        assertThat(status(f.leader.username(), id)).isEqualTo(200);
        assertThat(status(f.clerk.username(), id)).isEqualTo(200);
        assertThat(status(elsewhere.inspector.username(), id)).isEqualTo(404);
        assertThat(status(elsewhere.clerk.username(), id)).isEqualTo(404);
        assertThat(status("inspector1", id)).isEqualTo(404);
        assertThat(status("chief", id)).isEqualTo(200);
    }

    @Test
    void masksPersonalDataAndAuditsEveryReveal() throws Exception {
        String[] person = person("张三丰");
        long id = register(
                        IntakeFixtures.json("COMPLAINT", employer, "WAGE_ARREARS", 1, false, List.<String[]>of(person)))
                .get("id")
                .asLong();

        JsonNode shown = get(f.inspector.username(), id).at("/complainants/0");
        assertThat(shown.get("name").asText()).isEqualTo("张三丰");
        assertThat(shown.get("idNumber").asText())
                .isEqualTo(PersonalData.idNumber(person[1]))
                .doesNotContain(person[1]);
        assertThat(shown.get("phone").asText()).isEqualTo(PersonalData.phone(person[2]));

        HttpResponse<String> revealed =
                UserAgent.basic(port, f.inspector.username(), PASSWORD).get("/api/complaints/" + id + "/complainants");
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(revealed.body()).at("/0/idNumber").asText()).isEqualTo(person[1]);
        assertThat(count(
                        "select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and target_id = ? "
                                + "and actor = ?",
                        String.valueOf(id),
                        f.inspector.username()))
                .isEqualTo(1);
    }

    /**
     * Issue 9 items 14 and 15: the registration captures per complainant 职业, 工作单位 and consent to electronic service
     * with its address, the employer's 法定代表人 and 职务 and the 投诉请求; they are stored and shown.
     */
    @Test
    void storesAndShowsConsentOccupationRepresentativeAndClaims() throws Exception {
        String[] consenting = person("吴同意");
        String[] contact = person("郑联系");
        com.fasterxml.jackson.databind.node.ObjectNode body =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(IntakeFixtures.json(
                        "COMPLAINT", employer, "WAGE_ARREARS", 2, false, List.<String[]>of(consenting, contact)));
        com.fasterxml.jackson.databind.node.ObjectNode first = (com.fasterxml.jackson.databind.node.ObjectNode)
                body.get("complainants").get(0);
        first.put("email", "wu@example.cn")
                .put("emailConsent", true)
                .put("occupation", "钢筋工")
                .put("workplace", "某劳务队");
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        body.get("complainants").get(1))
                .put("email", "zheng@example.cn");
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("employer"))
                .put("representative", "钱老板")
                .put("representativeTitle", "执行董事");
        body.put("claims", "支付拖欠的工资\n支付加班费");
        long id = register(json.writeValueAsString(body)).get("id").asLong();

        JsonNode shown = get(f.inspector.username(), id);
        assertThat(shown.at("/particulars/employerRepresentative").asText()).isEqualTo("钱老板");
        assertThat(shown.at("/particulars/employerRepresentativeTitle").asText())
                .isEqualTo("执行董事");
        assertThat(shown.at("/particulars/claims").asText()).isEqualTo("支付拖欠的工资\n支付加班费");
        assertThat(shown.at("/complainants/0/occupation").asText()).isEqualTo("钢筋工");
        assertThat(shown.at("/complainants/0/workplace").asText()).isEqualTo("某劳务队");
        assertThat(shown.at("/complainants/0/emailConsent").asBoolean()).isTrue();
        // an address without consent is kept as a contact only
        assertThat(shown.at("/complainants/1/emailConsent").asBoolean()).isFalse();
        assertThat(jdbc.queryForList(
                        "select email, email_consent from complainant where complaint_id = ? order by position", id))
                .extracting(m -> m.get("email") + ":" + m.get("email_consent"))
                .containsExactly("wu@example.cn:true", "zheng@example.cn:false");
    }

    @Test
    void refusesConsentWithoutAnAddressAndAComplaintWithoutClaimsNamingTheFields() throws Exception {
        long before = count("select count(*) from complaint");
        com.fasterxml.jackson.databind.node.ObjectNode body =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(complaintsJson(employer, 1));
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        body.get("complainants").get(0))
                .put("emailConsent", true);
        body.remove("claims");

        HttpResponse<String> response = clerk.postJson("/api/complaints", json.writeValueAsString(body));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(fields(problem)).containsExactlyInAnyOrder("complainants[0].email", "claims");
        assertThat(message(problem, "complainants[0].email")).isEqualTo("已同意电子送达，请填写用于送达的电子邮箱");
        assertThat(message(problem, "claims")).contains("投诉请求");
        assertThat(count("select count(*) from complaint")).isEqualTo(before);
    }

    /** Issue 9 item 3c: DataScope gives the administrator every case to administer, not the people in it. */
    @Test
    void anAdministratorSeesAComplaintMaskedButCannotRevealItsComplainants() throws Exception {
        String[] person = person("周管理");
        long id = register(
                        IntakeFixtures.json("COMPLAINT", employer, "WAGE_ARREARS", 1, false, List.<String[]>of(person)))
                .get("id")
                .asLong();

        JsonNode shown = get("admin", id);
        assertThat(shown.get("mayReveal").asBoolean()).isFalse();
        assertThat(shown.toString()).doesNotContain(person[1]).doesNotContain(person[2]);
        HttpResponse<String> revealed =
                UserAgent.basic(port, "admin", PASSWORD).get("/api/complaints/" + id + "/complainants");
        assertThat(revealed.statusCode()).isEqualTo(403);
        assertThat(revealed.body()).contains("仅限承办本案的工作人员").doesNotContain(person[1]);
        assertThat(count(
                        "select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and target_id = ?",
                        String.valueOf(id)))
                .isZero();
        // the case staff still may
        assertThat(get(f.inspector.username(), id).get("mayReveal").asBoolean()).isTrue();
        assertThat(reveal(f.inspector.username(), id)).isEqualTo(200);
    }

    @Test
    void aReportersIdentityIsShownOnlyToTheGridsInspectorsAndTheLeadersEachViewAudited() throws Exception {
        String[] reporter = person("钱举报");
        long id = register(
                        IntakeFixtures.json("REPORT", employer, "WAGE_ARREARS", 3, false, List.<String[]>of(reporter)))
                .get("id")
                .asLong();

        JsonNode shown = get(f.inspector.username(), id);
        assertThat(shown.get("reporterConfidential").asBoolean()).isTrue();
        assertThat(shown.get("mayReveal").asBoolean()).isTrue();
        assertThat(shown.at("/complainants/0/name").asText()).isEqualTo("（举报人信息保密）");
        assertThat(shown.toString())
                .doesNotContain("钱举报")
                .doesNotContain(reporter[1])
                .doesNotContain(reporter[2]);
        assertThat(get(f.clerk.username(), id).get("mayReveal").asBoolean()).isFalse();

        assertThat(reveal(f.inspector.username(), id)).isEqualTo(200);
        assertThat(reveal(f.leader.username(), id)).isEqualTo(200);
        assertThat(reveal(f.clerk.username(), id)).isEqualTo(403);
        assertThat(reveal("admin", id)).isEqualTo(403);
        var assistant = f.staff("网格协管员", Role.GRID_ASSISTANT, f.grid);
        assertThat(reveal(assistant.username(), id)).isEqualTo(403);
        assertThat(count(
                        "select count(*) from audit_entry where action = 'VIEW_REPORTER' and target_id = ?",
                        String.valueOf(id)))
                .isEqualTo(2);
    }

    @Test
    void onlyIntakeStaffInspectorsAndLeadersRegister() {
        var assistant = f.staff("网格协管员", Role.GRID_ASSISTANT, f.grid);

        HttpResponse<String> response = UserAgent.basic(port, assistant.username(), PASSWORD)
                .postJson("/api/complaints", complaintsJson(employer, 3));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private JsonNode register(String request) throws Exception {
        HttpResponse<String> response = clerk.postJson("/api/complaints", request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private JsonNode get(String username, long id) throws Exception {
        HttpResponse<String> response =
                UserAgent.basic(port, username, PASSWORD).get("/api/complaints/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private int status(String username, long id) {
        return UserAgent.basic(port, username, PASSWORD)
                .get("/api/complaints/" + id)
                .statusCode();
    }

    private int reveal(String username, long id) {
        return UserAgent.basic(port, username, PASSWORD)
                .get("/api/complaints/" + id + "/complainants")
                .statusCode();
    }

    /** The intake events of the complaint, as they wait for the tracks that will consume them. */
    private List<String> events(long complaintId) {
        PublishedEvents published = new PublishedEvents(jdbc, json);
        return java.util.stream.Stream.concat(
                        published
                                .forListener(WageEmergencyReported.EMERGENCY_LISTENER, "complaintId", complaintId)
                                .stream(),
                        published
                                .forListener(ComplaintAccepted.INSPECTION_LISTENER, "complaintId", complaintId)
                                .stream())
                .map(PublishedEvents.Published::type)
                .toList();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static List<String> steps(JsonNode complaint) {
        List<String> steps = new ArrayList<>();
        complaint.get("timeline").forEach(t -> steps.add(t.get("step").asText()));
        return steps;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static String message(JsonNode problem, String field) {
        for (JsonNode e : problem.get("errors")) {
            if (e.get("field").asText().equals(field)) {
                return e.get("message").asText();
            }
        }
        throw new AssertionError("no problem for " + field);
    }
}
