package cn.laborcase.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.cases.CaseTimelineEntry;
import cn.laborcase.emergency.process.WageArrearsEmergencyProcess;
import cn.laborcase.inspection.InspectionFixtures;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leaders' inbox tasks after activation (the 局长's fund-advance task, the leaders' closure task), the process
 * ending every open task at closure, and a raised grade shortening the approval clock (the engine clock moved, no
 * sleeping).
 */
@IntegrationTest
class IncidentLeaderTasksIT {

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
    IncidentGrades grades;

    @Autowired
    IncidentMoney money;

    @Autowired
    IncidentClosure closure;

    @Autowired
    IncidentQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

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
    void anAdvanceRequestBecomesATaskInTheHeadsInboxAndItsCompletionRecordsTheDecision() {
        long id = activated(45, "150000");
        String pid = pid(id);
        Instant requestedAt = TestClock.get().instant();
        long advance = money.requestAdvance(f.inspector, id, new AdvanceRequest("2", "10000", "返乡在即"));

        TaskView task = only(pid, WageArrearsEmergencyProcess.TASK_APPROVE_ADVANCE);
        assertThat(task.name()).isEqualTo("应急周转金垫付审批（2人，10000.00元）");
        assertThat(task.candidateGroups()).contains("office:" + f.office + ":bureau-leaders");
        assertThat(Duration.between(requestedAt, task.dueAt()))
                .as("due in the configured 2 hours")
                .isBetween(
                        Duration.ofHours(2).minusMinutes(1), Duration.ofHours(2).plusMinutes(1));
        assertThat(noticeLinks(x.head.username())).contains("/tasks/" + task.id());
        assertThat(inbox.canWork(f.leader, task))
                .as("the section leader does not decide advances")
                .isFalse();

        assertThatThrownBy(() ->
                        processes.complete(x.head, task.id(), null, Map.of(IncidentMoney.ADVANCE_DECISION, "REJECT")))
                .as("a refusal needs an opinion")
                .isInstanceOf(InvalidInputException.class);

        processes.complete(
                x.head,
                task.id(),
                null,
                Map.of(IncidentMoney.ADVANCE_DECISION, "APPROVE", IncidentMoney.ADVANCE_OPINION, "同意垫付"));

        Money.Advance decided = queries.get(x.head, id).money().advances().get(0);
        assertThat(decided.status()).isEqualTo(AdvanceStatus.APPROVED);
        assertThat(decided.opinion()).isEqualTo("同意垫付");
        assertThat(queries.get(x.head, id).money().fundAdvanced()).isEqualByComparingTo("10000");
        assertThat(open(pid, WageArrearsEmergencyProcess.TASK_APPROVE_ADVANCE)).isEmpty();
        assertThatThrownBy(() -> money.decideAdvance(x.head, id, advance, new AdvanceDecisionRequest("REJECT", "再议")))
                .as("the endpoint after the task: one decision")
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已由");
    }

    @Test
    void theDecisionEndpointCompletesTheAdvanceTaskAndTheTaskThenGets409() {
        long id = activated(45, "150000");
        String pid = pid(id);
        long first = money.requestAdvance(f.inspector, id, new AdvanceRequest("2", "10000", "返乡在即"));
        long second = money.requestAdvance(f.inspector, id, new AdvanceRequest("3", "15000", "另一批工人"));
        List<TaskView> tasks = open(pid, WageArrearsEmergencyProcess.TASK_APPROVE_ADVANCE);
        assertThat(tasks)
                .extracting(TaskView::name)
                .containsExactlyInAnyOrder("应急周转金垫付审批（2人，10000.00元）", "应急周转金垫付审批（3人，15000.00元）");
        String secondTask = tasks.stream()
                .filter(t -> t.name().contains("3人"))
                .findFirst()
                .orElseThrow()
                .id();

        money.decideAdvance(x.head, id, second, new AdvanceDecisionRequest("REJECT", "人数待核实"));

        assertThat(open(pid, WageArrearsEmergencyProcess.TASK_APPROVE_ADVANCE))
                .extracting(TaskView::name)
                .containsExactly("应急周转金垫付审批（2人，10000.00元）");
        assertThat(jdbc.queryForObject("select status from wf_task where id = ?", String.class, secondTask))
                .isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject(
                        "select decided_by from wage_incident_advance where id = ?", String.class, second))
                .isEqualTo(x.head.username());
        assertThatThrownBy(() ->
                        processes.complete(x.head, secondTask, null, Map.of(IncidentMoney.ADVANCE_DECISION, "APPROVE")))
                .isInstanceOf(DomainException.class);
        assertThat(jdbc.queryForObject("select status from wage_incident_advance where id = ?", String.class, second))
                .isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select status from wage_incident_advance where id = ?", String.class, first))
                .isEqualTo("REQUESTED");
    }

    @Test
    void aSubmittedClosureReportIsATaskOfTheLeadersWhoAreToldAndAReturnLetsTheInspectorSubmitAgain() {
        long id = activated(45, "150000");
        String pid = pid(id);
        jdbc.update(
                "update staff set email = ? where username = ?", "kezhang." + id + "@example.cn", f.leader.username());
        long report = closure.submit(f.inspector, id, new ClosureRequest("工资已全部发放", "0"));

        TaskView task = only(pid, WageArrearsEmergencyProcess.TASK_APPROVE_CLOSURE);
        assertThat(task.name()).isEqualTo("处置情况报告审批");
        assertThat(task.candidateGroups())
                .contains("office:" + f.office + ":section-leaders", "office:" + f.office + ":bureau-leaders");
        assertThat(noticeLinks(f.leader.username())).contains("/tasks/" + task.id());
        assertThat(noticeLinks(x.head.username())).contains("/tasks/" + task.id());
        assertThat(jdbc.queryForList(
                        "select subject from mail_outbox where dedup_key = ?",
                        String.class,
                        "wage-incident:" + id + ":closure-submitted:" + report + ":" + f.leader.username()))
                .singleElement()
                .asString()
                .contains("已报送，待您审批结案");

        assertThatThrownBy(() -> processes.complete(
                        f.leader, task.id(), null, Map.of(IncidentClosure.CLOSURE_DECISION, "RETURN")))
                .as("a return needs an opinion")
                .isInstanceOf(InvalidInputException.class);
        processes.complete(
                f.leader,
                task.id(),
                null,
                Map.of(IncidentClosure.CLOSURE_DECISION, "RETURN", IncidentClosure.CLOSURE_OPINION, "请补充追偿安排"));

        assertThat(closure.of(id).get(0).status()).isEqualTo("RETURNED");
        assertThat(queries.get(f.leader, id).status()).isEqualTo(IncidentStatus.ACTIVATED);
        assertThat(open(pid, WageArrearsEmergencyProcess.TASK_APPROVE_CLOSURE)).isEmpty();
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pid)
                        .count())
                .as("a return keeps the response running")
                .isEqualTo(1);
        assertThatThrownBy(() -> closure.decide(f.leader, id, report, new AdvanceDecisionRequest("APPROVE", null)))
                .isInstanceOf(ConflictException.class);

        closure.submit(f.inspector, id, new ClosureRequest("工资已全部发放，追偿已安排", "0"));
        assertThat(only(pid, WageArrearsEmergencyProcess.TASK_APPROVE_CLOSURE).id())
                .isNotEqualTo(task.id());
    }

    @Test
    void theClosureApprovedThroughItsTaskEndsEveryOpenTaskOfTheIncident() {
        long id = activated(45, "150000");
        String pid = pid(id);
        money.requestAdvance(f.inspector, id, new AdvanceRequest("2", "10000", "返乡在即"));
        long report = closure.submit(f.inspector, id, new ClosureRequest("工资已由总包单位全部清偿", "0"));
        assertThat(open(pid, null))
                .extracting(TaskView::taskDefinitionKey)
                .contains(
                        WageArrearsEmergencyProcess.TASK_ON_SITE,
                        WageArrearsEmergencyProcess.TASK_TALK,
                        WageArrearsEmergencyProcess.TASK_APPROVE_ADVANCE,
                        WageArrearsEmergencyProcess.TASK_APPROVE_CLOSURE);
        TaskView task = only(pid, WageArrearsEmergencyProcess.TASK_APPROVE_CLOSURE);

        processes.complete(
                x.head,
                task.id(),
                null,
                Map.of(IncidentClosure.CLOSURE_DECISION, "APPROVE", IncidentClosure.CLOSURE_OPINION, "同意结案"));

        assertThat(queries.get(f.leader, id).status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(open(pid, null)).as("no orphan task in any inbox").isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from wf_task where process_instance_id = ? and status = 'OPEN'",
                        Long.class,
                        pid))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select task_definition_key from wf_task where process_instance_id = ? and status = 'CANCELLED'",
                        String.class,
                        pid))
                .contains(
                        WageArrearsEmergencyProcess.TASK_ON_SITE,
                        WageArrearsEmergencyProcess.TASK_TALK,
                        WageArrearsEmergencyProcess.TASK_APPROVE_ADVANCE);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pid)
                        .count())
                .isZero();
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(pid)
                        .count())
                .as("the progress timer is gone")
                .isZero();
        assertThat(reached(pid, WageArrearsEmergencyProcess.END_INCIDENT_CLOSED))
                .isEqualTo(1);
        assertThat(closure.of(id).get(0).decidedByName()).isEqualTo("测试局长");
        assertThatThrownBy(() -> closure.decide(f.leader, id, report, new AdvanceDecisionRequest("RETURN", "再议")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theClosureDecidedThroughTheEndpointCompletesItsTaskAndEndsTheResponseTasks() throws Exception {
        long id = activated(45, "150000");
        String pid = pid(id);
        long report = closure.submit(f.inspector, id, new ClosureRequest("工资已全部发放", "0"));
        String task =
                only(pid, WageArrearsEmergencyProcess.TASK_APPROVE_CLOSURE).id();

        HttpResponse<String> approved = UserAgent.basic(port, f.leader.username(), IntakeFixtures.PASSWORD)
                .postJson(
                        "/api/wage-incidents/" + id + "/closure-reports/" + report + "/decision",
                        "{\"decision\":\"APPROVE\",\"opinion\":\"同意结案\"}");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select status from wf_task where id = ?", String.class, task))
                .isEqualTo("COMPLETED");
        assertThat(open(pid, null)).isEmpty();
        assertThat(reached(pid, WageArrearsEmergencyProcess.END_INCIDENT_CLOSED))
                .isEqualTo(1);
        assertThatThrownBy(() ->
                        processes.complete(x.head, task, null, Map.of(IncidentClosure.CLOSURE_DECISION, "RETURN")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void raisingTheGradeWhileTheClockRunsShortensItToTheNewGradesLimit() {
        ReportedIncident reported = report(45); // Ⅳ: 60 minutes
        long id = reported.id();
        String pid = pid(id);
        Instant firstDue = reported.approvalDueAt();

        grades.raise(f.inspector, id, new RaiseGradeRequest("320", false, false, "又有工人赶到现场"));

        Instant due = firstDue.minus(Duration.ofMinutes(30));
        WageIncidentView view = queries.get(f.leader, id);
        assertThat(view.grade()).isEqualTo(Grade.II);
        assertThat(view.approvalDueAt()).isEqualTo(due);
        assertThat(timer(pid).getDuedate().toInstant()).isEqualTo(due);
        assertThat(only(pid, WageArrearsEmergencyProcess.TASK_APPROVE).dueAt()).isEqualTo(due);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pid)
                        .taskDefinitionKey(WageArrearsEmergencyProcess.TASK_APPROVE)
                        .singleResult()
                        .getDueDate()
                        .toInstant())
                .isEqualTo(due);
        CaseTimelineEntry entry = last(id);
        assertThat(entry.stepCode()).isEqualTo("APPROVAL_CLOCK_SHORTENED");
        assertThat(entry.detail())
                .contains(IncidentTimes.format(firstDue))
                .contains(IncidentTimes.format(due))
                .contains("30 分钟");
        assertThat(jdbc.queryForList(
                        "select title from staff_notice where username = ?", String.class, f.leader.username()))
                .as("the section leader is told")
                .anyMatch(t -> t.contains("审批时限提前至 " + IncidentTimes.format(due)));

        processes.advance(Duration.ofMinutes(29));
        processes.fireDueTimers(pid);
        assertThat(queries.get(f.leader, id).escalations()).as("not yet").isEmpty();
        processes.advance(Duration.ofMinutes(2));
        processes.fireDueTimers(pid);
        assertThat(queries.get(f.leader, id).escalations()).hasSize(1);
        assertThat(only(pid, WageArrearsEmergencyProcess.TASK_APPROVE_ESCALATED))
                .isNotNull();
    }

    @Test
    void aShortenedClockAlreadyPastEscalatesAtOnceAndTheClockIsNeverLengthened() {
        ReportedIncident reported = report(45);
        long id = reported.id();
        String pid = pid(id);
        processes.advance(Duration.ofMinutes(40));

        grades.raise(f.inspector, id, new RaiseGradeRequest("320", false, false, "人数核实为 320 人"));

        assertThat(timer(pid).getDuedate().toInstant()).isBefore(TestClock.get().instant());
        assertThat(last(id).detail()).contains("已届满");
        processes.fireDueTimers(pid); // the clock is not moved: the timer is due at once
        assertThat(queries.get(f.leader, id).escalations()).hasSize(1);

        ReportedIncident grave = report(320); // Ⅱ: 30 minutes
        Instant due = grave.approvalDueAt();
        grades.raise(f.inspector, grave.id(), new RaiseGradeRequest("600", false, false, "人数超过 500 人"));
        assertThat(queries.get(f.leader, grave.id()).grade()).isEqualTo(Grade.I);
        assertThat(queries.get(f.leader, grave.id()).approvalDueAt())
                .as("Ⅰ has the same 30 minutes: unchanged")
                .isEqualTo(due);
        assertThat(timer(pid(grave.id())).getDuedate().toInstant()).isEqualTo(due);
        assertThat(last(grave.id()).stepCode()).isEqualTo("GRADE_RAISED");
    }

    @Test
    void theHomePanelLinksStraightToTheApprovalTask() {
        long id = report(45).id();
        String task = only(pid(id), WageArrearsEmergencyProcess.TASK_APPROVE).id();
        assertThat(queries.awaitingApproval(f.leader))
                .filteredOn(a -> a.id() == id)
                .singleElement()
                .extracting(IncidentQueries.AwaitingApproval::taskId)
                .isEqualTo(task);
        assertThat(queries.awaitingApproval(x.head))
                .filteredOn(a -> a.id() == id)
                .singleElement()
                .extracting(IncidentQueries.AwaitingApproval::taskId)
                .as("the 局长 has no task before escalation")
                .isNull();
        processes.reachTimer(pid(id), WageArrearsEmergencyProcess.TIMER_APPROVAL_DUE);
        assertThat(queries.awaitingApproval(x.head))
                .filteredOn(a -> a.id() == id)
                .singleElement()
                .extracting(IncidentQueries.AwaitingApproval::taskId)
                .isEqualTo(only(pid(id), WageArrearsEmergencyProcess.TASK_APPROVE_ESCALATED)
                        .id());
    }

    @Test
    void twoHeadsOnTheTaskAndOnTheEndpointAtTheSameInstantMakeOneDecisionAndOne409() throws Exception {
        long id = activated(45, "150000");
        String pid = pid(id);
        cn.laborcase.security.CurrentUser second = f.staff("测试局长二", cn.laborcase.organization.Role.BUREAU_LEADER, null);
        UserAgent first = UserAgent.basic(port, x.head.username(), IntakeFixtures.PASSWORD);
        UserAgent other = UserAgent.basic(port, second.username(), IntakeFixtures.PASSWORD);
        for (int round = 0; round < 4; round++) {
            long advance = money.requestAdvance(f.inspector, id, new AdvanceRequest("1", "1000", "第" + round + "轮"));
            String task = open(pid, WageArrearsEmergencyProcess.TASK_APPROVE_ADVANCE).stream()
                    .filter(t -> advance == (Long) engine.getTaskService().getVariable(t.id(), "advanceId"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            UserAgent onTask = round % 2 == 0 ? first : other;
            UserAgent onEndpoint = round % 2 == 0 ? other : first;
            List<HttpResponse<String>> answers = race(
                    () -> onTask.postJson(
                            "/api/tasks/" + task + "/complete",
                            "{\"variables\":{\"advanceDecision\":\"REJECT\",\"advanceOpinion\":\"人数待核实\"}}"),
                    () -> onEndpoint.postJson(
                            "/api/wage-incidents/" + id + "/advances/" + advance + "/decision",
                            "{\"decision\":\"APPROVE\",\"opinion\":\"同意\"}"));

            assertThat(answers.stream().map(HttpResponse::statusCode).toList())
                    .as(
                            "round %d: %s / %s",
                            round, answers.get(0).body(), answers.get(1).body())
                    .containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> loser = answers.get(0).statusCode() == 409 ? answers.get(0) : answers.get(1);
            // the task API may have read the task before the endpoint completed it: the engine's optimistic lock then
            // refuses the second completion (CONCURRENT_EDIT, 该事项已被他人修改) — still one decision and a 409
            assertThat(loser.body()).containsAnyOf("ADVANCE_DECIDED", "TASK_ENDED", "CONCURRENT_EDIT");
            assertThat(jdbc.queryForObject(
                            "select status from wage_incident_advance where id = ?", String.class, advance))
                    .isIn("APPROVED", "REJECTED");
            assertThat(jdbc.queryForObject("select status from wf_task where id = ?", String.class, task))
                    .isEqualTo("COMPLETED");
            assertThat(processes.timeline(CaseRef.of(CaseType.WAGE_INCIDENT, id)).stream()
                            .filter(e -> e.stepCode().startsWith("ADVANCE_")
                                    && !e.stepCode().equals("ADVANCE_REQUESTED"))
                            .count())
                    .as("one decision recorded per advance")
                    .isEqualTo(round + 1);
        }
    }

    @Test
    void aLeaderOnTheClosureTaskAndAnotherOnTheEndpointAtTheSameInstantMakeOneDecision() throws Exception {
        long id = activated(45, "150000");
        String pid = pid(id);
        long report = closure.submit(f.inspector, id, new ClosureRequest("工资已全部发放", "0"));
        String task =
                only(pid, WageArrearsEmergencyProcess.TASK_APPROVE_CLOSURE).id();
        UserAgent leader = UserAgent.basic(port, f.leader.username(), IntakeFixtures.PASSWORD);
        UserAgent head = UserAgent.basic(port, x.head.username(), IntakeFixtures.PASSWORD);

        List<HttpResponse<String>> answers = race(
                () -> leader.postJson(
                        "/api/tasks/" + task + "/complete",
                        "{\"variables\":{\"closureDecision\":\"RETURN\",\"closureOpinion\":\"请补充\"}}"),
                () -> head.postJson(
                        "/api/wage-incidents/" + id + "/closure-reports/" + report + "/decision",
                        "{\"decision\":\"APPROVE\",\"opinion\":\"同意结案\"}"));

        assertThat(answers.stream().map(HttpResponse::statusCode).toList())
                .as("%s / %s", answers.get(0).body(), answers.get(1).body())
                .containsExactlyInAnyOrder(200, 409);
        String status = closure.of(id).get(0).status();
        assertThat(status).isIn("APPROVED", "RETURNED");
        assertThat(queries.get(f.leader, id).status())
                .isEqualTo("APPROVED".equals(status) ? IncidentStatus.CLOSED : IncidentStatus.ACTIVATED);
        assertThat(open(pid, WageArrearsEmergencyProcess.TASK_APPROVE_CLOSURE)).isEmpty();
    }

    private static List<HttpResponse<String>> race(
            java.util.concurrent.Callable<HttpResponse<String>> a,
            java.util.concurrent.Callable<HttpResponse<String>> b)
            throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var fa = pool.submit(() -> {
                start.await();
                return a.call();
            });
            var fb = pool.submit(() -> {
                start.await();
                return b.call();
            });
            start.countDown();
            return List.of(
                    fa.get(60, java.util.concurrent.TimeUnit.SECONDS),
                    fb.get(60, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private long activated(int workers, String amount) {
        long id = report(workers).id();
        approvals.decide(f.leader, id, new DecisionRequest("APPROVE", "同意启动"));
        return id;
    }

    private ReportedIncident report(int workers) {
        return incidents.report(
                f.inspector,
                new ReportIncidentRequest(
                        new ReportIncidentRequest.EmployerRequest(f.employer(), null, null, null, null),
                        "某工地",
                        String.valueOf(workers),
                        "150000",
                        "2026年9月至11月",
                        false,
                        false,
                        TestClock.get().instant().minusSeconds(600).toString(),
                        "工人聚集讨要工资"));
    }

    private List<TaskView> open(String pid, String key) {
        return inbox.openTasks(pid).stream()
                .filter(t -> key == null || key.equals(t.taskDefinitionKey()))
                .toList();
    }

    private TaskView only(String pid, String key) {
        List<TaskView> tasks = open(pid, key);
        assertThat(tasks).as("one open " + key).hasSize(1);
        return tasks.get(0);
    }

    private Job timer(String pid) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pid)
                .activityId(WageArrearsEmergencyProcess.TIMER_APPROVAL_DUE)
                .timers()
                .singleResult();
    }

    private long reached(String pid, String activityId) {
        return engine.getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pid)
                .activityId(activityId)
                .count();
    }

    private CaseTimelineEntry last(long id) {
        List<CaseTimelineEntry> entries = processes.timeline(CaseRef.of(CaseType.WAGE_INCIDENT, id));
        return entries.get(entries.size() - 1);
    }

    private String pid(long id) {
        return jdbc.queryForObject("select process_instance_id from wage_incident where id = ?", String.class, id);
    }

    private List<String> noticeLinks(String username) {
        return jdbc.queryForList("select link from staff_notice where username = ?", String.class, username);
    }
}
