package cn.laborcase.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.inspection.InspectionFixtures;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The money of an activated incident: per-worker payments by source and the totals on GET, the fund advance within the
 * cap (400 naming the cap and how it was computed), the 局长's approval (one of two at the same moment wins, 409 for
 * the other), hostile input, another office's incident.
 */
@IntegrationTest
class IncidentMoneyIT {

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
    IncidentMoney money;

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
    void paymentsBySourceAddUpOnTheIncident() throws Exception {
        long id = activated();
        UserAgent inspector = UserAgent.basic(port, f.inspector.username(), IntakeFixtures.PASSWORD);

        assertThat(pay(inspector, id, "张三", "3000", "EMPLOYER").statusCode()).isEqualTo(201);
        assertThat(pay(inspector, id, "李四", "2000.50", "CONTRACTOR").statusCode())
                .isEqualTo(201);
        HttpResponse<String> deposit = pay(inspector, id, "王五", "1000", "DEPOSIT");
        assertThat(deposit.statusCode()).as(deposit.body()).isEqualTo(201);
        HttpResponse<String> noFund = pay(inspector, id, "赵六", "100", "FUND");
        assertThat(noFund.statusCode()).isEqualTo(400);
        assertThat(noFund.body()).contains("amount").contains("应急周转金支付合计不得超过已批准垫付的 0.00 元");

        HttpResponse<String> got = inspector.get("/api/wage-incidents/" + id);
        assertThat(got.statusCode()).isEqualTo(200);
        var m = json.readTree(got.body()).get("money");
        assertThat(m.get("owed").decimalValue()).isEqualByComparingTo("150000");
        assertThat(m.get("paidByEmployer").decimalValue()).isEqualByComparingTo("3000");
        assertThat(m.get("paidByContractor").decimalValue()).isEqualByComparingTo("2000.50");
        assertThat(m.get("depositDrawn").decimalValue()).isEqualByComparingTo("1000");
        assertThat(m.get("fundAdvanced").decimalValue()).isEqualByComparingTo("0");
        assertThat(m.get("toRecover").decimalValue()).isEqualByComparingTo("0");
        assertThat(m.get("outstanding").decimalValue()).isEqualByComparingTo("143999.50");
        assertThat(m.get("payments")).hasSize(3);
        assertThat(m.get("payments").get(1).get("sourceName").asText()).isEqualTo("总承包单位清偿");
        assertThat(m.get("payments").get(1).get("recordedByName").asText()).isNotBlank();
        processes.assertTimeline(ref(id)).contains("PAYMENT_RECORDED");
    }

    @Test
    void anAdvanceAboveTheCapIsRefusedNamingTheCapAndHowItWasComputed() throws Exception {
        long id = activated();
        UserAgent inspector = UserAgent.basic(port, f.inspector.username(), IntakeFixtures.PASSWORD);

        // 150000 × 30% = 45000 < 5000 × 10 = 50000
        HttpResponse<String> overShare = advance(inspector, id, "10", "45000.01");
        assertThat(overShare.statusCode()).isEqualTo(400);
        assertThat(overShare.body())
                .contains("\"amount\"")
                .contains("垫付金额不得超过 45000.00 元（欠薪总额 150000.00 元的 30% 与每人 5000.00 元 × 10 人中的较小者）");
        // 5000 × 2 = 10000 < 45000
        assertThat(advance(inspector, id, "2", "10000.01").body()).contains("垫付金额不得超过 10000.00 元");
        assertThat(advance(inspector, id, "46", "1000").body()).contains("垫付人数不得超过事件涉及的 45 人");
        assertThat(countAdvances(id)).isZero();

        HttpResponse<String> asked = advance(inspector, id, "10", "40000");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        long advanceId = money.money(incidents.get(id)).advances().get(0).id();
        assertThat(notices(x.head.username())).anyMatch(t -> t.contains("应急周转金") && t.contains("40000.00"));
        // the share left is 45000 − 40000 (asked) = 5000
        assertThat(advance(inspector, id, "10", "5000.01").body())
                .contains("垫付金额不得超过 5000.00 元")
                .contains("已批准或待批的垫付 40000.00 元");

        assertThatThrownBy(
                        () -> money.decideAdvance(f.leader, id, advanceId, new AdvanceDecisionRequest("APPROVE", null)))
                .as("a section leader does not approve advances")
                .isInstanceOf(ForbiddenException.class);
        money.decideAdvance(x.head, id, advanceId, new AdvanceDecisionRequest("APPROVE", "同意垫付，责令限期归还"));

        Money m = queries.get(f.inspector, id).money();
        assertThat(m.fundAdvanced()).isEqualByComparingTo("40000");
        assertThat(m.toRecover()).isEqualByComparingTo("40000");
        assertThat(m.advances()).singleElement().satisfies(a -> {
            assertThat(a.statusName()).isEqualTo("已批准垫付");
            assertThat(a.cap()).isEqualByComparingTo("45000");
            assertThat(a.capRule()).contains("30%");
            assertThat(a.opinion()).isEqualTo("同意垫付，责令限期归还");
        });
        assertThat(notices(f.inspector.username())).anyMatch(t -> t.contains("已批准垫付"));
        assertThat(pay(inspector, id, "赵六", "5000", "FUND").statusCode()).isEqualTo(201);
        assertThat(pay(inspector, id, "钱七", "35000.01", "FUND").body()).contains("已批准垫付的 40000.00 元");
        assertThat(queries.get(f.inspector, id).money().paidFromFund()).isEqualByComparingTo("5000");
        processes.assertTimeline(ref(id)).containsSubsequence("ADVANCE_REQUESTED", "ADVANCE_APPROVED");
    }

    @Test
    void hostileInputIsRefusedNamingEachFieldAndNothingIsWritten() throws Exception {
        long id = activated();
        UserAgent inspector = UserAgent.basic(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        String future = TestClock.get().instant().plus(Duration.ofHours(1)).toString();

        HttpResponse<String> bad = inspector.postJson(
                "/api/wage-incidents/" + id + "/payments",
                """
                {"workerName":"张\\u0000三","amount":"-5","paidAt":"%s","source":"BANK"}"""
                        .formatted(future));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(fields(bad)).contains("workerName", "amount", "paidAt", "source");
        assertThat(pay(inspector, id, "张三", "1e20", "EMPLOYER").body()).contains("支付金额最多两位小数");
        assertThat(pay(inspector, id, "张三", "十元", "EMPLOYER").body()).contains("支付金额须为数字");
        assertThat(pay(inspector, id, "张三", "0.001", "EMPLOYER").body()).contains("支付金额最多两位小数");

        HttpResponse<String> badAdvance = inspector.postJson(
                "/api/wage-incidents/" + id + "/advances", "{\"workers\":\"many\",\"amount\":\"0\",\"reason\":\" \"}");
        assertThat(badAdvance.statusCode()).isEqualTo(400);
        assertThat(fields(badAdvance)).contains("workers", "amount", "reason");
        assertThat(inspector
                        .postJson("/api/wage-incidents/" + id + "/advances", "{\"workers\":{\"n\":1}}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(countAdvances(id)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_payment where incident_id = ?", Long.class, id))
                .isZero();

        long awaiting = report(45);
        assertThat(pay(inspector, awaiting, "张三", "100", "EMPLOYER").statusCode())
                .as("before activation")
                .isEqualTo(409);
    }

    @Test
    void anotherOfficeGets404AndTheDeskCannotRecordMoney() throws Exception {
        long id = activated();
        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        UserAgent stranger = UserAgent.basic(port, other.inspector.username(), IntakeFixtures.PASSWORD);

        assertThat(pay(stranger, id, "张三", "100", "EMPLOYER").statusCode()).isEqualTo(404);
        assertThat(advance(stranger, id, "1", "100").statusCode()).isEqualTo(404);
        assertThat(UserAgent.basic(port, other.leader.username(), IntakeFixtures.PASSWORD)
                        .postJson("/api/wage-incidents/" + id + "/advances/1/decision", "{\"decision\":\"APPROVE\"}")
                        .statusCode())
                .isEqualTo(404);
        UserAgent clerk = UserAgent.basic(port, f.clerk.username(), IntakeFixtures.PASSWORD);
        assertThat(pay(clerk, id, "张三", "100", "EMPLOYER").statusCode()).isEqualTo(403);
    }

    @Test
    void twoApprovalsAtTheSameMomentRecordOneDecisionAndTheOtherGets409() throws Exception {
        long id = activated();
        long advanceId = money.requestAdvance(f.inspector, id, new AdvanceRequest("5", "20000", "春节前先行垫付"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(decision(start, x.head, "APPROVE", id, advanceId));
            Future<String> second = pool.submit(decision(start, x.head, "REJECT", id, advanceId));
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder("OK", "409");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_advance where id = ? and decided_by is not null",
                        Long.class,
                        advanceId))
                .isEqualTo(1);
        assertThatThrownBy(() -> money.decideAdvance(x.head, id, advanceId, new AdvanceDecisionRequest("REJECT", "再议")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已由 测试局长");
        assertThatThrownBy(() -> money.decideAdvance(x.head, id, advanceId, new AdvanceDecisionRequest("MAYBE", null)))
                .isInstanceOf(InvalidInputException.class);
    }

    private Callable<String> decision(CountDownLatch start, CurrentUser user, String decision, long id, long advance) {
        return () -> {
            start.await();
            try {
                money.decideAdvance(user, id, advance, new AdvanceDecisionRequest(decision, "并发决定"));
                return "OK";
            } catch (ConflictException e) {
                return "409";
            }
        };
    }

    private long activated() {
        long id = report(45);
        approvals.decide(f.leader, id, new DecisionRequest("APPROVE", "同意启动"));
        return id;
    }

    private long report(int workers) {
        return incidents
                .report(
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
                                "工人聚集讨要工资"))
                .id();
    }

    private HttpResponse<String> pay(UserAgent agent, long id, String name, String amount, String source)
            throws Exception {
        return agent.postJson(
                "/api/wage-incidents/" + id + "/payments",
                """
                {"workerName":"%s","amount":"%s","paidAt":"%s","source":"%s"}"""
                        .formatted(
                                name,
                                amount,
                                TestClock.get().instant().minusSeconds(60).toString(),
                                source));
    }

    private HttpResponse<String> advance(UserAgent agent, long id, String workers, String amount) throws Exception {
        return agent.postJson(
                "/api/wage-incidents/" + id + "/advances",
                """
                {"workers":"%s","amount":"%s","reason":"用人单位负责人失联，工人返乡在即"}"""
                        .formatted(workers, amount));
    }

    private List<String> fields(HttpResponse<String> response) throws Exception {
        List<String> fields = new ArrayList<>();
        json.readTree(response.body())
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private long countAdvances(long id) {
        return jdbc.queryForObject("select count(*) from wage_incident_advance where incident_id = ?", Long.class, id);
    }

    private List<String> notices(String username) {
        return jdbc.queryForList("select title from staff_notice where username = ?", String.class, username);
    }

    private static CaseRef ref(long id) {
        return CaseRef.of(CaseType.WAGE_INCIDENT, id);
    }
}
