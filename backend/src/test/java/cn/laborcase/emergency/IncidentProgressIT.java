package cn.laborcase.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.process.WageArrearsEmergencyProcess;
import cn.laborcase.inspection.InspectionFixtures;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Progress reports after activation: the engine's timer cycle every 4 hours (the engine clock moved, no sleeping), the
 * leaders told when a report is overdue and when one is filed, hostile input, another office.
 */
@IntegrationTest
class IncidentProgressIT {

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
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

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
    void aReportIsDueEveryFourHoursAndTheLeadersAreToldWhenOneIsLateOrFiled() throws Exception {
        long id = report();
        String pid = pid(id);
        assertThat(timers(pid)).as("no progress timer before activation").isZero();
        Instant activatedAt = TestClock.get().instant();
        approvals.decide(f.leader, id, new DecisionRequest("APPROVE", "同意启动"));
        assertThat(timers(pid)).isEqualTo(1);
        WageIncidentView view = queries.get(f.inspector, id);
        assertThat(view.progress().intervalHours()).isEqualTo(4);
        assertThat(Duration.between(activatedAt, view.progress().nextDueAt()))
                .isBetween(
                        Duration.ofHours(4).minusMinutes(1), Duration.ofHours(4).plusMinutes(1));

        processes.reachTimer(pid, WageArrearsEmergencyProcess.TIMER_PROGRESS_DUE);

        assertThat(overdueNotices(f.leader.username())).isEqualTo(1);
        assertThat(overdueNotices(x.head.username())).isEqualTo(1);
        // the agencies' notice runs as its own asynchronous step beside it (IncidentResponseIT)
        processes
                .assertTimeline(ref(id))
                .filteredOn(s -> !s.startsWith("AGENC"))
                .endsWith("PROGRESS_OVERDUE");

        UserAgent inspector = UserAgent.basic(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        HttpResponse<String> filed = inspector.postJson(
                "/api/wage-incidents/" + id + "/progress-reports",
                """
                {"actions":"已约谈总承包单位，落实工资清偿方案","workersPaid":"12","amountPaid":"36000",
                 "nextSteps":"明日上午继续发放剩余工人工资"}""");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        var progress = json.readTree(filed.body()).get("progress");
        assertThat(progress.get("reports")).hasSize(1);
        assertThat(progress.get("reports").get(0).get("workersPaid").asInt()).isEqualTo(12);
        assertThat(notices(f.leader.username())).anyMatch(t -> t.startsWith("【进展报告】") && t.contains("12 人"));
        assertThat(notices(x.head.username())).anyMatch(t -> t.startsWith("【进展报告】"));

        processes.reachTimer(pid, WageArrearsEmergencyProcess.TIMER_PROGRESS_DUE);
        assertThat(overdueNotices(f.leader.username()))
                .as("filed in time: nothing late")
                .isEqualTo(1);
        assertThat(timers(pid)).as("the cycle goes on until closure").isEqualTo(1);

        processes.reachTimer(pid, WageArrearsEmergencyProcess.TIMER_PROGRESS_DUE);
        assertThat(overdueNotices(f.leader.username())).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndOutsidersCannotFile() throws Exception {
        long id = report();
        UserAgent inspector = UserAgent.basic(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        String good = """
                {"actions":"现场稳控","workersPaid":"0","amountPaid":"0","nextSteps":"约谈"}""";
        assertThat(inspector
                        .postJson("/api/wage-incidents/" + id + "/progress-reports", good)
                        .statusCode())
                .as("before activation")
                .isEqualTo(409);
        approvals.decide(f.leader, id, new DecisionRequest("APPROVE", "同意启动"));

        HttpResponse<String> bad = inspector.postJson(
                "/api/wage-incidents/" + id + "/progress-reports",
                """
                {"actions":"现场\\u0000稳控","workersPaid":"-1","amountPaid":"1e30","nextSteps":" "}""");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(fields(bad)).contains("actions", "workersPaid", "amountPaid", "nextSteps");
        assertThat(inspector
                        .postJson(
                                "/api/wage-incidents/" + id + "/progress-reports",
                                "{\"actions\":\"a\",\"workersPaid\":\"十二\",\"amountPaid\":\"多\",\"nextSteps\":\"b\"}")
                        .body())
                .contains("已支付人数须为整数")
                .contains("已支付金额须为数字");
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_progress where incident_id = ?", Long.class, id))
                .isZero();

        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        assertThat(UserAgent.basic(port, other.inspector.username(), IntakeFixtures.PASSWORD)
                        .postJson("/api/wage-incidents/" + id + "/progress-reports", good)
                        .statusCode())
                .isEqualTo(404);
        assertThat(UserAgent.basic(port, f.clerk.username(), IntakeFixtures.PASSWORD)
                        .postJson("/api/wage-incidents/" + id + "/progress-reports", good)
                        .statusCode())
                .isEqualTo(403);
    }

    @Autowired
    IncidentMoney money;

    @Autowired
    IncidentClosure closure;

    @Test
    void theClosureReportApprovedByTheLeaderClosesTheIncidentAndStopsTheProgressTimer() throws Exception {
        long id = report();
        String pid = pid(id);
        approvals.decide(f.leader, id, new DecisionRequest("APPROVE", "同意启动"));
        money.recordPayment(
                f.inspector,
                id,
                new PaymentRequest(
                        "张三", "3000", TestClock.get().instant().minusSeconds(5).toString(), "EMPLOYER"));
        long advance = money.requestAdvance(f.inspector, id, new AdvanceRequest("2", "10000", "返乡在即"));
        money.decideAdvance(x.head, id, advance, new AdvanceDecisionRequest("APPROVE", null));
        UserAgent inspector = UserAgent.basic(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        UserAgent leader = UserAgent.basic(port, f.leader.username(), IntakeFixtures.PASSWORD);

        HttpResponse<String> bad = inspector.postJson(
                "/api/wage-incidents/" + id + "/closure-reports", "{\"summary\":\" \",\"amountRecovered\":\"-1\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(fields(bad)).contains("summary", "amountRecovered");
        assertThat(inspector
                        .postJson(
                                "/api/wage-incidents/" + id + "/closure-reports",
                                "{\"summary\":\"已处置完毕\",\"amountRecovered\":\"10000.01\"}")
                        .body())
                .contains("已追回金额不得超过应急周转金已垫付的 10000.00 元");

        HttpResponse<String> submitted = inspector.postJson(
                "/api/wage-incidents/" + id + "/closure-reports",
                "{\"summary\":\"工资已全部发放，总包单位承诺三日内归还垫付款\",\"amountRecovered\":\"4000\"}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        var report = json.readTree(submitted.body()).get("closures").get(0);
        assertThat(report.get("workersPaid").asInt()).isEqualTo(1);
        assertThat(report.get("fundAdvanced").decimalValue()).isEqualByComparingTo("10000");
        assertThat(report.get("fundToRecover").decimalValue()).isEqualByComparingTo("6000");
        long closureId = report.get("id").asLong();
        assertThat(inspector
                        .postJson(
                                "/api/wage-incidents/" + id + "/closure-reports/" + closureId + "/decision",
                                "{\"decision\":\"APPROVE\"}")
                        .statusCode())
                .as("an inspector does not approve")
                .isEqualTo(403);
        assertThat(UserAgent.basic(port, new IntakeFixtures(jdbc, users).leader.username(), IntakeFixtures.PASSWORD)
                        .postJson(
                                "/api/wage-incidents/" + id + "/closure-reports/" + closureId + "/decision",
                                "{\"decision\":\"APPROVE\"}")
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<String> approved = leader.postJson(
                "/api/wage-incidents/" + id + "/closure-reports/" + closureId + "/decision",
                "{\"decision\":\"APPROVE\",\"opinion\":\"同意结案，继续追偿\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(queries.get(f.leader, id).status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(timers(pid)).as("the progress cycle ends at closure").isZero();
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pid)
                        // the report's task completed by the decision: the interrupting closure ends the process
                        .activityId(WageArrearsEmergencyProcess.END_INCIDENT_CLOSED)
                        .count())
                .isEqualTo(1);
        assertThat(leader.postJson(
                                "/api/wage-incidents/" + id + "/closure-reports/" + closureId + "/decision",
                                "{\"decision\":\"RETURN\",\"opinion\":\"再议\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(inspector
                        .postJson(
                                "/api/wage-incidents/" + id + "/progress-reports",
                                "{\"actions\":\"a\",\"workersPaid\":\"1\",\"amountPaid\":\"1\",\"nextSteps\":\"b\"}")
                        .statusCode())
                .isEqualTo(409);
        processes.assertTimeline(ref(id)).containsSubsequence("CLOSURE_SUBMITTED", "CLOSED");
    }

    private long report() {
        return incidents
                .report(
                        f.inspector,
                        new ReportIncidentRequest(
                                new ReportIncidentRequest.EmployerRequest(f.employer(), null, null, null, null),
                                "某工地",
                                "45",
                                "150000",
                                "2026年9月至11月",
                                false,
                                false,
                                TestClock.get().instant().minusSeconds(600).toString(),
                                "工人聚集讨要工资"))
                .id();
    }

    private long timers(String pid) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pid)
                .activityId(WageArrearsEmergencyProcess.TIMER_PROGRESS_DUE)
                .timers()
                .count();
    }

    private String pid(long id) {
        return jdbc.queryForObject("select process_instance_id from wage_incident where id = ?", String.class, id);
    }

    private List<String> notices(String username) {
        return jdbc.queryForList("select title from staff_notice where username = ?", String.class, username);
    }

    private long overdueNotices(String username) {
        return notices(username).stream().filter(t -> t.startsWith("【进展报告逾期】")).count();
    }

    private List<String> fields(HttpResponse<String> response) throws Exception {
        List<String> fields = new ArrayList<>();
        json.readTree(response.body())
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static CaseRef ref(long id) {
        return CaseRef.of(CaseType.WAGE_INCIDENT, id);
    }
}
