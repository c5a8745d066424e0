package cn.laborcase.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.intake.ComplaintAccepted;
import cn.laborcase.intake.ComplaintRegistration;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.intake.RegisterComplaintRequest;
import cn.laborcase.intake.Registration;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.PublishedEvents;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opening a case: an accepted complaint becomes a case the same day through the event registry, in the complaint's
 * grid, without retyping, once (a redelivered event opens nothing); the complaint shows the case. A leader's
 * instruction or a referral waits for 立案 approval.
 */
@IntegrationTest
class InspectionCaseOpeningIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

    @Autowired
    ComplaintRegistration registration;

    @Autowired
    InspectionCases cases;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    cn.laborcase.security.UserLookup users;

    @Autowired
    ObjectMapper json;

    Processes processes;
    InspectionFixtures x;
    IntakeFixtures f;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, caseTimeline).start();
        x = new InspectionFixtures(jdbc, users);
        f = x.f;
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    @Test
    void anAcceptedComplaintOpensTheCaseTheSameDayInItsGridOnceAndTheComplaintShowsIt() throws Exception {
        Registration r = register();
        String reviewTask = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(r.id()))
                .taskDefinitionKey("Task_ReviewAdmissibility")
                .singleResult()
                .getId();
        processes.complete(f.inspector, reviewTask, null, new HashMap<>(Map.of("decision", "ACCEPT")));
        LocalDate acceptedOn = TestClock.get().today();

        Long caseId = Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> jdbc
                                .queryForList(
                                        "select case_id from inspection_case_complaint where complaint_id = ?",
                                        Long.class,
                                        r.id())
                                .stream()
                                .findFirst()
                                .orElse(null),
                        id -> id != null);
        InspectionCase c = cases.get(caseId);
        assertThat(c.origin()).isEqualTo(InspectionOrigin.COMPLAINT);
        assertThat(c.status()).isEqualTo(InspectionStatus.INVESTIGATING);
        assertThat(c.filedOn()).isEqualTo(acceptedOn);
        assertThat(c.gridCode()).isEqualTo(f.grid);
        assertThat(c.officeCode()).isEqualTo(f.office);
        assertThat(c.facts()).contains("拖欠三个月工资").contains("支付拖欠的工资");
        assertThat(c.amountOwed()).isEqualByComparingTo("24000.00");
        assertThat(c.workersAffected()).isEqualTo(3);
        assertThat(c.dueDate())
                .isEqualTo(calendar.dueDate(acceptedOn, 60, PeriodUnit.WORKING_DAYS)
                        .dueDate());
        assertThat(cases.complaintIds(caseId)).containsExactly(r.id());
        // no 立案 approval for a complaint: straight to the inspectors' assignment
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(c.processInstanceId())
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("Task_AssignInspectors");

        // the complaint shows the case it became
        JsonNode complaint = json.readTree(UserAgent.basic(port, f.inspector.username(), IntakeFixtures.PASSWORD)
                .get("/api/complaints/" + r.id())
                .body());
        assertThat(complaint.at("/resultingCase/id").asLong()).isEqualTo(caseId);
        assertThat(complaint.at("/resultingCase/number").asText()).isEqualTo(c.number());

        // the registry delivered it once and marked it done; delivering the same event again opens nothing
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(new PublishedEvents(jdbc, json)
                        .forListener(ComplaintAccepted.INSPECTION_LISTENER, "complaintId", r.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.completed()).isTrue()));
        ComplaintAccepted again = new ComplaintAccepted(
                r.id(),
                r.number(),
                c.employerId(),
                f.office,
                f.grid,
                cn.laborcase.intake.ComplaintCategory.WAGE_ARREARS,
                cn.laborcase.intake.Route.INSPECTION,
                1,
                acceptedOn,
                f.inspector.username(),
                TestClock.get().instant());
        assertThat(cases.openFromComplaint(again)).contains(caseId);
        assertThat(jdbc.queryForObject(
                        "select count(*) from inspection_case where origin = 'COMPLAINT' and origin_id = ?",
                        Long.class,
                        r.id()))
                .isOne();
    }

    @Test
    void aLeadersInstructionWaitsForFilingApprovalAndBadInputNamesEachField() {
        String employer = f.employer();
        long id = cases.propose(
                f.leader,
                new NewInspectionCase("INSTRUCTION", employer, "局长批示", "群众反映该单位长期拖欠工资", new BigDecimal("50000"), 12));
        InspectionCase c = cases.get(id);
        assertThat(c.status()).isEqualTo(InspectionStatus.FILING_PENDING);
        assertThat(c.origin()).isEqualTo(InspectionOrigin.INSTRUCTION);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(c.processInstanceId())
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("Task_ApproveFiling");

        assertThatThrownBy(
                        () -> cases.propose(f.leader, new NewInspectionCase("COMPLAINT", "123", null, " ", null, -1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder("origin", "employerCreditCode", "facts", "workersAffected"));
        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        assertThatThrownBy(() -> cases.propose(
                        other.leader, new NewInspectionCase("REFERRAL", employer, "区住建局移送", "欠薪", null, null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theNewCasePageProposesACaseAndShowsEachWrongFieldInChinese() {
        UserAgent page = UserAgent.loggedIn(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        var form = page.get("/inspection-cases/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("新建监察案件", "领导交办", "移送", "提请立案");
        String csrf = page.csrfToken("/inspection-cases/new");

        var bad = page.postForm(
                "/inspection-cases/new",
                Map.of(
                        "_csrf",
                        csrf,
                        "origin",
                        "REFERRAL",
                        "employerCreditCode",
                        "123",
                        "facts",
                        "",
                        "workersAffected",
                        "三"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("未找到该统一社会信用代码的用人单位", "涉及人数应为整数");

        String employer = f.employer();
        var good = page.postForm(
                "/inspection-cases/new",
                Map.of(
                        "_csrf", csrf,
                        "origin", "REFERRAL",
                        "originLabel", "区住建局移送函",
                        "employerCreditCode", employer,
                        "facts", "工地未按规定设立农民工工资专用账户",
                        "amountOwed", "",
                        "workersAffected", "20"));
        assertThat(good.statusCode()).isEqualTo(302);
        long id = Long.parseLong(
                good.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        InspectionCase c = cases.get(id);
        assertThat(c.origin()).isEqualTo(InspectionOrigin.REFERRAL);
        assertThat(c.status()).isEqualTo(InspectionStatus.FILING_PENDING);
        assertThat(c.workersAffected()).isEqualTo(20);
    }

    private Registration register() {
        RegisterComplaintRequest request = new RegisterComplaintRequest(
                "COMPLAINT",
                "COUNTER",
                null,
                List.of(new RegisterComplaintRequest.ComplainantRequest(
                        "张三",
                        IntakeFixtures.idNumber(),
                        IntakeFixtures.mobile(),
                        "测试住址",
                        "t" + IntakeFixtures.unique().toLowerCase() + "@example.cn")),
                new RegisterComplaintRequest.EmployerRequest(f.employer(), null, null, null, null),
                "WAGE_ARREARS",
                3,
                new BigDecimal("24000.00"),
                TestClock.get().today().minusMonths(3),
                null,
                false,
                "拖欠三个月工资",
                null,
                "支付拖欠的工资");
        return registration.register(f.clerk, request);
    }
}
