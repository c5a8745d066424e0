package cn.laborcase.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.emergency.process.WageArrearsEmergencyProcess;
import cn.laborcase.inspection.InspectionFixtures;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.intake.WageEmergencyReported;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reporting an incident through the API, its grade and approval clock, each path of wage-arrears-emergency with the
 * engine clock moved (no sleeping): below the threshold, approval, rejection, escalation and approval after it, two
 * leaders at the same moment, a leader outside the chain; another office's incident; the intake event once.
 */
@IntegrationTest
class WageIncidentsIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

    @Autowired
    WageIncidents incidents;

    @Autowired
    IncidentApprovals approvals;

    @Autowired
    IncidentQueries queries;

    @Autowired
    IncidentGrades grades;

    @Autowired
    Documents documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    @Autowired
    cn.laborcase.notification.MailAdministration mail;

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
    void headcountAndAmountMayComeAsJsonNumbers() throws Exception {
        UserAgent inspector = UserAgent.basic(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        String numbers = body(f.employer(), "120", "860000.50", false, false)
                .replace("\"workersAffected\":\"120\"", "\"workersAffected\":120")
                .replace("\"amountOwed\":\"860000.50\"", "\"amountOwed\":860000.50");

        HttpResponse<String> created = inspector.postJson("/api/wage-incidents", numbers);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json.readTree(created.body()).get("grade").asText()).isEqualTo("III");
        // still no guessing: a yes/no or an object is not a number
        assertThat(inspector
                        .postJson("/api/wage-incidents", numbers.replace("120", "{}"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aReportIsAnsweredWithNumberGradeAndDueTimeAndTheSectionLeaderIsAskedAtOnce() throws Exception {
        UserAgent inspector = UserAgent.basic(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        Instant before = TestClock.get().instant();

        HttpResponse<String> created =
                inspector.postJson("/api/wage-incidents", body(f.employer(), "30", "186000", false, false));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = json.readTree(created.body());
        assertThat(answer.get("number").asText()).startsWith(f.officeShortName + "欠薪应急〔");
        assertThat(answer.get("grade").asText()).isEqualTo("IV");
        assertThat(answer.get("gradeName").asText()).isEqualTo("一般");
        assertThat(answer.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        Instant due = Instant.parse(answer.get("approvalDueAt").asText());
        assertThat(due)
                .isBetween(
                        before.truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(60)),
                        TestClock.get().instant().plus(Duration.ofMinutes(60)));

        long id = answer.get("id").asLong();
        JsonNode view = json.readTree(inspector.get("/api/wage-incidents/" + id).body());
        assertThat(view.get("gradeRule").asText()).contains("涉及 30 人").contains("30 人以上的Ⅳ级（一般）标准");
        assertThat(view.get("minutesLeft").asLong()).isBetween(59L, 60L);
        assertThat(view.get("openTasks").get(0).get("name").asText()).isEqualTo("应急处置启动审批（科长）");
        processes.assertTimeline(ref(id)).containsExactly("REPORTED", "GRADED", "APPROVAL_REQUESTED");
        assertThat(notices(f.leader.username())).anyMatch(t -> t.contains("【紧急】") && t.contains("待您审批"));
        TaskView task = approvalTask(id, WageArrearsEmergencyProcess.TASK_APPROVE);
        assertThat(inbox.canWork(f.leader, task)).isTrue();
        assertThat(inbox.canWork(x.head, task))
                .as("the 局长 only after escalation")
                .isFalse();
        assertThat(task.dueAt()).isEqualTo(due);
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(pid(id))
                        .timers()
                        .activityId(WageArrearsEmergencyProcess.TIMER_APPROVAL_DUE)
                        .singleResult()
                        .getDuedate()
                        .toInstant())
                .as("an engine timer (a row of ACT_RU_JOB): it survives a restart")
                .isEqualTo(due);
    }

    @Test
    void theOnePageApprovalFormIsIssuedBesideTheTaskAndReadsBack() throws Exception {
        ReportedIncident r = report(f.inspector, f.employer(), 120, false, true);
        processes.runAsyncSteps(pid(r.id()));

        WageIncidentView view = queries.get(f.leader, r.id());
        assertThat(view.documents()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("应急处置启动审批表");
            assertThat(d.number()).contains("欠薪应急审字");
        });
        byte[] pdf = documents.pdf(view.documents().get(0).id()).content();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("应急处置启动审批表")
                    .contains(r.number())
                    .contains("Ⅱ级（重大）")
                    .contains("120人")
                    .contains("升一级为Ⅱ级（重大）")
                    .contains("工人聚集讨要工资");
        }
        assertThat(queries.get(f.leader, r.id()).openTasks())
                .extracting(t -> t.name())
                .contains("应急处置启动审批（科长）");
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsWritten() throws Exception {
        UserAgent clerk = UserAgent.basic(port, f.clerk.username(), IntakeFixtures.PASSWORD);
        long before = count();
        String future = TestClock.get().instant().plus(Duration.ofHours(2)).toString();

        HttpResponse<String> refused = clerk.postJson(
                "/api/wage-incidents",
                """
                {"employer":{"creditCode":"%s"},"workersAffected":"-3","amountOwed":"三万元",
                 "employerAbsconded":false,"groupPetition":false,"reportedAt":"%s","description":"工地聚集讨薪"}"""
                        .formatted(IntakeFixtures.newCreditCode(), future));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json.readTree(refused.body())
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("workersAffected", "amountOwed", "reportedAt", "employer.name");
        assertThat(refused.body()).contains("涉及人数不能为负数").contains("欠薪金额须为数字").contains("报告时间不能晚于当前时间");
        assertThat(clerk.postJson("/api/wage-incidents", body(f.employer(), "thirty", "-1", false, false))
                        .body())
                .contains("涉及人数须为整数")
                .contains("欠薪金额不能为负数");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anotherOfficesIncidentIsNotFoundAndItsEmployerCannotBeReported() throws Exception {
        long id = report(f.inspector, f.employer(), 40, false, false).id();
        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        UserAgent stranger = UserAgent.basic(port, other.inspector.username(), IntakeFixtures.PASSWORD);

        assertThat(stranger.get("/api/wage-incidents/" + id).statusCode()).isEqualTo(404);
        assertThat(stranger.postJson("/api/wage-incidents/" + id + "/decision", "{\"decision\":\"APPROVE\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.postJson("/api/wage-incidents", body(f.employer(), "40", "1000", false, false))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theReportPageReportsAnIncidentAndShowsEachWrongFieldInChinese() {
        UserAgent page = UserAgent.loggedIn(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        assertThat(page.get("/wage-incidents/new").body()).contains("报告欠薪事件", "群体性上访或聚集正在发生");
        String csrf = page.csrfToken("/wage-incidents/new");

        var bad = page.postForm(
                "/wage-incidents/new",
                Map.of(
                        "_csrf",
                        csrf,
                        "creditCode",
                        f.employer(),
                        "workersAffected",
                        "三十",
                        "amountOwed",
                        "-5",
                        "reportedAt",
                        "2026-13-40T99:00",
                        "description",
                        ""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("涉及人数须为整数", "欠薪金额不能为负数", "报告时间格式不正确", "请选择用人单位是否欠薪逃匿", "请填写事件经过");

        String beijingNow = java.time.LocalDateTime.now(TestClock.get().withZone(java.time.ZoneId.of("Asia/Shanghai")))
                .minusMinutes(5)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        var good = page.postForm(
                "/wage-incidents/new",
                Map.of(
                        "_csrf",
                        csrf,
                        "creditCode",
                        f.employer(),
                        "workersAffected",
                        "30",
                        "amountOwed",
                        "90000",
                        "employerAbsconded",
                        "false",
                        "groupPetition",
                        "false",
                        "reportedAt",
                        beijingNow,
                        "description",
                        "30名工人在工地讨薪"));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(302);
        long id = Long.parseLong(
                good.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        WageIncidentView view = queries.get(f.inspector, id);
        assertThat(view.grade()).isEqualTo(Grade.IV);
        assertThat(view.reportedAt())
                .isEqualTo(java.time.LocalDateTime.parse(beijingNow)
                        .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                        .toInstant());
        assertThat(page.get("/wage-incidents/" + id).body()).contains(view.number(), "Ⅳ级（一般）", "30 人以上的Ⅳ级（一般）标准");
        assertThat(page.get("/wage-incidents").body()).contains(view.number());
    }

    @Test
    void belowTheThresholdNoApprovalIsAskedAndAnUrgentInspectionCaseIsProposed() {
        ReportedIncident r = report(f.inspector, f.employer(), 29, false, false);

        assertThat(r.grade()).isEqualTo(Grade.BELOW_THRESHOLD);
        assertThat(r.status()).isEqualTo(IncidentStatus.INSPECTION);
        assertThat(r.approvalDueAt()).isNull();
        String pid = pid(r.id());
        processes.runAsyncSteps(pid);

        Long caseId =
                jdbc.queryForObject("select inspection_case_id from wage_incident where id = ?", Long.class, r.id());
        assertThat(caseId).isNotNull();
        assertThat(jdbc.queryForObject("select origin_label from inspection_case where id = ?", String.class, caseId))
                .contains("突发欠薪事件")
                .contains("紧急");
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pid)
                        .activityId(WageArrearsEmergencyProcess.END_INSPECTION)
                        .count())
                .isEqualTo(1);
        assertThat(inbox.openTasks(pid)).isEmpty();
        processes.assertTimeline(ref(r.id())).containsExactly("REPORTED", "GRADED", "INSPECTION_OPENED");
    }

    @Test
    void gradesFollowTheTableAndTheHigherLevelsHaveThirtyMinutes() {
        String employer = f.employer();
        Instant now = TestClock.get().instant();
        ReportedIncident hundred = report(f.inspector, employer, 100, false, false);
        ReportedIncident fiveHundred = report(f.inspector, employer, 500, false, false);
        ReportedIncident absconded = report(f.inspector, employer, 5, true, false);
        ReportedIncident petition = report(f.inspector, employer, 30, false, true);
        ReportedIncident belowWithPetition = report(f.inspector, employer, 12, false, true);

        assertThat(hundred.grade()).isEqualTo(Grade.III);
        assertThat(Duration.between(now, hundred.approvalDueAt()).toMinutes()).isBetween(59L, 60L);
        assertThat(fiveHundred.grade()).isEqualTo(Grade.I);
        assertThat(fiveHundred.gradeName()).isEqualTo("特别重大");
        assertThat(Duration.between(now, fiveHundred.approvalDueAt()).toMinutes())
                .isBetween(29L, 30L);
        assertThat(absconded.grade()).isEqualTo(Grade.IV);
        assertThat(petition.grade()).isEqualTo(Grade.III);
        assertThat(belowWithPetition.grade()).isEqualTo(Grade.IV);
        assertThat(queries.get(f.inspector, petition.id()).gradeRule()).contains("升一级为Ⅲ级");
    }

    @Test
    void theSectionLeaderApprovesAndTheResponseTasksReachTheGridsInspectors() throws Exception {
        long id = report(f.inspector, f.employer(), 45, false, false).id();
        UserAgent leader = UserAgent.basic(port, f.leader.username(), IntakeFixtures.PASSWORD);

        HttpResponse<String> approved = leader.postJson(
                "/api/wage-incidents/" + id + "/decision", "{\"decision\":\"APPROVE\",\"opinion\":\"同意启动\"}");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        WageIncidentView view = queries.get(f.leader, id);
        assertThat(view.status()).isEqualTo(IncidentStatus.ACTIVATED);
        assertThat(view.minutesLeft()).isNull();
        assertThat(view.approvals()).singleElement().satisfies(a -> {
            assertThat(a.decision()).isEqualTo(ApprovalDecision.APPROVE);
            assertThat(a.decidedByName()).isEqualTo("监察科长");
            assertThat(a.role()).isEqualTo("科长");
            assertThat(a.opinion()).isEqualTo("同意启动");
        });
        List<TaskView> response = inbox.openTasks(pid(id));
        assertThat(response)
                .extracting(TaskView::taskDefinitionKey)
                .containsExactlyInAnyOrder(
                        WageArrearsEmergencyProcess.TASK_ON_SITE, WageArrearsEmergencyProcess.TASK_TALK);
        assertThat(response).allSatisfy(t -> {
            assertThat(inbox.canWork(f.inspector, t)).isTrue();
            assertThat(inbox.canWork(f.partner, t)).isTrue();
            assertThat(t.dueAt()).isNotNull();
        });

        HttpResponse<String> again = leader.postJson(
                "/api/wage-incidents/" + id + "/decision", "{\"decision\":\"REJECT\",\"opinion\":\"改变主意\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("已由 监察科长").contains("批准启动");
    }

    @Test
    void aRejectionNeedsAnOpinionAndEndsTheProcess() {
        long id = report(f.inspector, f.employer(), 45, false, false).id();

        InvalidInputException noOpinion = catchThrowableOfType(
                InvalidInputException.class, () -> approvals.decide(f.leader, id, new DecisionRequest("REJECT", " ")));
        assertThat(noOpinion.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("opinion");
            assertThat(p.message()).isEqualTo("不予启动时请填写审批意见");
        });
        approvals.decide(f.leader, id, new DecisionRequest("REJECT", "经核实已于当日支付"));

        assertThat(queries.get(f.leader, id).status()).isEqualTo(IncidentStatus.REJECTED);
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pid(id))
                        .activityId(WageArrearsEmergencyProcess.END_REJECTED)
                        .count())
                .isEqualTo(1);
        processes.assertTimeline(ref(id)).endsWith("REJECTED");
    }

    @Test
    void unansweredInTimeItGoesToTheBureauLeaderWhoApprovesAndTheSectionLeaderIsTooLate() {
        long id = report(f.inspector, f.employer(), 120, false, false).id();
        String pid = pid(id);
        assertThatThrownBy(() -> approvals.decide(x.head, id, new DecisionRequest("APPROVE", null)))
                .as("the 局长 is not in the chain before the time runs out")
                .isInstanceOf(ForbiddenException.class);

        processes.advance(Duration.ofMinutes(59));
        processes.fireDueTimers(pid);
        assertThat(queries.get(f.leader, id).escalations()).isEmpty();
        processes.reachTimer(pid, WageArrearsEmergencyProcess.TIMER_APPROVAL_DUE);

        WageIncidentView escalated = queries.get(x.head, id);
        assertThat(escalated.escalations()).singleElement().satisfies(e -> assertThat(e.to())
                .isEqualTo("局长"));
        assertThat(escalated.minutesLeft()).isLessThanOrEqualTo(0L);
        assertThat(escalated.openTasks()).hasSize(2);
        assertThat(notices(f.leader.username())).anyMatch(t -> t.contains("已上报局长"));
        assertThat(notices(x.head.username())).anyMatch(t -> t.contains("科长审批超时"));
        assertThat(inbox.canWork(x.head, approvalTask(id, WageArrearsEmergencyProcess.TASK_APPROVE_ESCALATED)))
                .isTrue();

        approvals.decide(x.head, id, new DecisionRequest("APPROVE", "立即启动，住建、公安联动"));

        WageIncidentView view = queries.get(x.head, id);
        assertThat(view.status()).isEqualTo(IncidentStatus.ACTIVATED);
        assertThat(view.approvals()).singleElement().satisfies(a -> assertThat(a.role())
                .isEqualTo("局长"));
        assertThatThrownBy(() -> approvals.decide(f.leader, id, new DecisionRequest("REJECT", "不同意")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已由 测试局长");
        processes.assertTimeline(ref(id)).containsSubsequence("APPROVAL_REQUESTED", "ESCALATED", "APPROVED");
    }

    @Test
    void twoLeadersDecidingAtTheSameMomentRecordOneDecisionAndTheOtherGets409() throws Exception {
        long id = report(f.inspector, f.employer(), 60, false, false).id();
        processes.reachTimer(pid(id), WageArrearsEmergencyProcess.TIMER_APPROVAL_DUE);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> sectionLeader = pool.submit(decision(start, f.leader, "APPROVE", id));
            Future<String> head = pool.submit(decision(start, x.head, "REJECT", id));
            start.countDown();
            List<String> outcomes = List.of(sectionLeader.get(), head.get());

            assertThat(outcomes).containsExactlyInAnyOrder("OK", "409");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_approval where incident_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void theGenericTaskApiAndTheDecisionEndpointAtTheSameInstantGiveOneDecisionAndA409NeverADeadlock()
            throws Exception {
        UserAgent sectionLeader = UserAgent.basic(port, f.leader.username(), IntakeFixtures.PASSWORD);
        UserAgent head = UserAgent.basic(port, x.head.username(), IntakeFixtures.PASSWORD);
        for (int round = 0; round < 4; round++) {
            long id = report(f.inspector, f.employer(), 60, false, false).id();
            processes.reachTimer(pid(id), WageArrearsEmergencyProcess.TIMER_APPROVAL_DUE);
            String approve = "{\"decision\":\"APPROVE\",\"opinion\":\"同意启动\"}";
            String reject = "{\"variables\":{\"approvalDecision\":\"REJECT\",\"approvalOpinion\":\"经核实已支付\"}}";
            boolean leaderOnTaskApi = round % 2 == 0;
            String task = approvalTask(
                            id,
                            leaderOnTaskApi
                                    ? WageArrearsEmergencyProcess.TASK_APPROVE
                                    : WageArrearsEmergencyProcess.TASK_APPROVE_ESCALATED)
                    .id();
            UserAgent onTaskApi = leaderOnTaskApi ? sectionLeader : head;
            UserAgent onDecision = leaderOnTaskApi ? head : sectionLeader;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<HttpResponse<String>> viaTask = pool.submit(() -> {
                    start.await();
                    return onTaskApi.postJson("/api/tasks/" + task + "/complete", reject);
                });
                Future<HttpResponse<String>> viaDecision = pool.submit(() -> {
                    start.await();
                    return onDecision.postJson("/api/wage-incidents/" + id + "/decision", approve);
                });
                start.countDown();
                HttpResponse<String> a = viaTask.get(60, java.util.concurrent.TimeUnit.SECONDS);
                HttpResponse<String> b = viaDecision.get(60, java.util.concurrent.TimeUnit.SECONDS);

                assertThat(List.of(a.statusCode(), b.statusCode()))
                        .as("round %d: %s / %s", round, a.body(), b.body())
                        .containsExactlyInAnyOrder(200, 409);
                HttpResponse<String> loser = a.statusCode() == 409 ? a : b;
                assertThat(json.readTree(loser.body()).path("code").asText())
                        .as("the loser finds the decision made or its task ended: %s", loser.body())
                        .isIn("INCIDENT_DECIDED", "TASK_ENDED");
            } finally {
                pool.shutdownNow();
            }
            assertThat(jdbc.queryForObject(
                            "select count(*) from wage_incident_approval where incident_id = ?", Long.class, id))
                    .isEqualTo(1);
            IncidentStatus status = queries.get(f.leader, id).status();
            assertThat(status).isIn(IncidentStatus.ACTIVATED, IncidentStatus.REJECTED);
            assertThat(inbox.openTasks(pid(id)))
                    .noneMatch(t -> t.taskDefinitionKey().startsWith("Task_Approve"));
        }
    }

    @Test
    void theRequestAndTheEscalationReachTheLeadersByEMailWithNumberGradeMinutesLeftAndALink() {
        String stamp = Long.toString(System.nanoTime(), 36);
        String leaderAddress = "kezhang." + stamp + "@example.cn";
        String headAddress = "juzhang." + stamp + "@example.cn";
        jdbc.update("update staff set email = ? where username = ?", leaderAddress, f.leader.username());
        jdbc.update("update staff set email = ? where username = ?", headAddress, x.head.username());

        ReportedIncident reported = report(f.inspector, f.employer(), 60, false, false);
        long id = reported.id();
        String number = queries.get(f.leader, id).number();
        String taskId =
                approvalTask(id, WageArrearsEmergencyProcess.TASK_APPROVE).id();

        cn.laborcase.notification.ReceivedMail request = mailTo(leaderAddress, number);
        assertThat(request.subject())
                .startsWith("【紧急】欠薪事件 " + number + " Ⅳ级（一般） 待您审批启动应急处置，剩余 ")
                .endsWith(" 分钟");
        assertThat(request.subject()).containsAnyOf("剩余 59 分钟", "剩余 60 分钟");
        assertThat(request.text())
                .contains("事件编号：" + number)
                .contains("事件等级：Ⅳ级（一般）")
                .contains("涉及人数：60 人")
                .contains("/tasks/" + taskId)
                .containsPattern("办理链接：https?://[^/]+/tasks/" + taskId);

        processes.reachTimer(pid(id), WageArrearsEmergencyProcess.TIMER_APPROVAL_DUE);
        String escalatedTask = approvalTask(id, WageArrearsEmergencyProcess.TASK_APPROVE_ESCALATED)
                .id();
        cn.laborcase.notification.ReceivedMail toHead = mailTo(headAddress, number);
        assertThat(toHead.subject()).isEqualTo("【紧急】欠薪事件 " + number + " Ⅳ级（一般） 科长审批超时，请您审批启动应急处置（剩余 0 分钟）");
        assertThat(toHead.text()).contains("剩余 0 分钟").contains("/tasks/" + escalatedTask);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> received(leaderAddress, number).stream()
                .anyMatch(m -> m.subject().contains("已上报局长")));
    }

    private cn.laborcase.notification.ReceivedMail mailTo(String address, String number) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> received(address, number), l -> !l.isEmpty())
                .get(0);
    }

    private List<cn.laborcase.notification.ReceivedMail> received(String address, String number) {
        return mail.received(500).stream()
                .filter(m -> m.mailbox().equalsIgnoreCase(address))
                .filter(m -> m.subject() != null && m.subject().contains(number))
                .toList();
    }

    @Test
    void aLeaderOutsideTheChainCannotDecide() {
        long id = report(f.inspector, f.employer(), 45, false, false).id();

        assertThatThrownBy(() -> approvals.decide(f.inspector, id, new DecisionRequest("APPROVE", null)))
                .isInstanceOf(ForbiddenException.class);
        CurrentUser otherLeader = new IntakeFixtures(jdbc, users).leader;
        assertThatThrownBy(() -> approvals.decide(otherLeader, id, new DecisionRequest("APPROVE", null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(queries.get(f.leader, id).status()).isEqualTo(IncidentStatus.AWAITING_APPROVAL);
    }

    @Test
    void aGradeIsRaisedOnNewFactsWithItsReasonAndRuleAndNeverLowered() {
        long id = report(f.inspector, f.employer(), 45, false, false).id();

        Grade raised = grades.raise(f.inspector, id, new RaiseGradeRequest("45", false, true, "工人已聚集至区政府门口"));

        assertThat(raised).isEqualTo(Grade.III);
        WageIncidentView view = queries.get(f.leader, id);
        assertThat(view.grade()).isEqualTo(Grade.III);
        assertThat(view.groupPetition()).isTrue();
        assertThat(view.gradeRule()).contains("升一级为Ⅲ级");
        assertThat(processes.timeline(ref(id)))
                .filteredOn(e -> e.stepCode().equals("GRADE_RAISED"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail())
                        .contains("Ⅳ级（一般） → Ⅲ级（较大）")
                        .contains("工人已聚集至区政府门口")
                        .contains("依据："));
        assertThatThrownBy(() -> grades.raise(f.inspector, id, new RaiseGradeRequest("31", false, false, "人数核减")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("只升不降");
        InvalidInputException bad = catchThrowableOfType(
                InvalidInputException.class,
                () -> grades.raise(f.inspector, id, new RaiseGradeRequest("-1", null, false, "")));
        assertThat(bad.problems())
                .extracting(p -> p.field())
                .containsExactlyInAnyOrder("workersAffected", "employerAbsconded", "reason");
        assertThatThrownBy(() -> grades.raise(f.clerk, id, new RaiseGradeRequest("600", false, false, "核实")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theIntakeRegistrationCreatesTheIncidentOnceWithoutRetyping() throws Exception {
        String code = f.employer();
        HttpResponse<String> registered = UserAgent.basic(port, f.clerk.username(), IntakeFixtures.PASSWORD)
                .postJson("/api/complaints", IntakeFixtures.complaintsJson(code, 35));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        long complaintId = json.readTree(registered.body()).get("id").asLong();

        Long incidentId = Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> jdbc
                                .queryForList(
                                        "select id from wage_incident where complaint_id = ?", Long.class, complaintId)
                                .stream()
                                .findFirst()
                                .orElse(null),
                        id -> id != null);

        WageIncidentView view = queries.get(f.leader, incidentId);
        assertThat(view.workersAffected()).isEqualTo(35);
        assertThat(view.amountOwed()).isEqualByComparingTo("12500.50");
        assertThat(view.grade()).isEqualTo(Grade.IV);
        assertThat(view.complaintId()).isEqualTo(complaintId);
        assertThat(view.employer().creditCode()).isEqualTo(code);
        assertThat(view.openTasks()).extracting(t -> t.name()).contains("应急处置启动审批（科长）");

        WageEmergencyReported redelivered = new WageEmergencyReported(
                complaintId,
                "重投",
                x.employerId(code),
                "测试用人单位",
                code,
                f.office,
                f.grid,
                35,
                new BigDecimal("12500.50"),
                false,
                TestClock.get().instant());
        assertThat(incidents.reportFromComplaint(redelivered))
                .hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(incidentId));
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident where complaint_id = ?", Long.class, complaintId))
                .isEqualTo(1);
    }

    @Test
    void anEventAboutNoComplaintCreatesNothing() {
        WageEmergencyReported probe = new WageEmergencyReported(
                9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L),
                "探针",
                x.employerId(f.employer()),
                "测试用人单位",
                "91330100MA00000000",
                f.office,
                f.grid,
                42,
                new BigDecimal("1.00"),
                false,
                TestClock.get().instant());

        assertThat(incidents.reportFromComplaint(probe)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident where complaint_id = ?", Long.class, probe.complaintId()))
                .isZero();
    }

    private Callable<String> decision(CountDownLatch start, CurrentUser user, String decision, long id) {
        return () -> {
            start.await();
            try {
                approvals.decide(user, id, new DecisionRequest(decision, "并发决定"));
                return "OK";
            } catch (ConflictException e) {
                return "409";
            }
        };
    }

    private ReportedIncident report(
            CurrentUser user, String creditCode, int workers, boolean absconded, boolean petition) {
        return incidents.report(
                user,
                new ReportIncidentRequest(
                        new ReportIncidentRequest.EmployerRequest(creditCode, null, null, null, null),
                        "某工地",
                        String.valueOf(workers),
                        "150000",
                        "2026年9月至11月",
                        absconded,
                        petition,
                        TestClock.get().instant().minusSeconds(600).toString(),
                        "工人聚集讨要工资"));
    }

    private static String body(String creditCode, String workers, String amount, boolean absconded, boolean petition) {
        return """
                {"employer":{"creditCode":"%s"},"place":"某工地","workersAffected":"%s","amountOwed":"%s",
                 "arrearsPeriod":"2026年9月至11月","employerAbsconded":%s,"groupPetition":%s,
                 "reportedAt":"%s","description":"工人聚集讨要工资"}"""
                .formatted(
                        creditCode,
                        workers,
                        amount,
                        absconded,
                        petition,
                        TestClock.get().instant().minusSeconds(600).toString());
    }

    private TaskView approvalTask(long id, String key) {
        return inbox.openTasks(pid(id)).stream()
                .filter(t -> t.taskDefinitionKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private String pid(long id) {
        return jdbc.queryForObject("select process_instance_id from wage_incident where id = ?", String.class, id);
    }

    private List<String> notices(String username) {
        return jdbc.queryForList("select title from staff_notice where username = ?", String.class, username);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from wage_incident", Long.class);
    }

    private static CaseRef ref(long id) {
        return CaseRef.of(CaseType.WAGE_INCIDENT, id);
    }
}
