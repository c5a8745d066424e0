package cn.laborcase.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.emergency.process.WageArrearsEmergencyProcess;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.notification.MailAdministration;
import cn.laborcase.notification.ReceivedMail;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.FormField;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The response after activation: the on-site team of at least two of the grid's inspectors (task form), the
 * 欠薪事件情况通报 e-mailed with its PDF to the agencies the office configured (TAGC in application-test.yml: police and
 * union, no construction authority) and 未配置 for the rest, the 责令限期清偿 and the 工资保证金支付通知书 after its deadline.
 */
@IntegrationTest
class IncidentResponseIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

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
    MailAdministration mail;

    @Autowired
    AgencyNotices agencyNotices;

    @Autowired
    Documents documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    Processes processes;
    IntakeFixtures f;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, caseTimeline).start();
        f = new IntakeFixtures(jdbc, users);
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    @Test
    void activationMailsTheNoticeWithItsPdfToEachConfiguredAgencyAndRecordsTheMissingOne() throws Exception {
        AgencyOfficeFixtures o = new AgencyOfficeFixtures(jdbc, users);
        long id = report(o.inspector, o.employer());
        approvals.decide(o.leader, id, new DecisionRequest("APPROVE", "同意启动"));
        String number = incidents.get(id).incidentNumber();
        // the approval has committed without waiting for the mail: the notice is an engine job of its own
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(incidents.get(id).processInstanceId())
                        .activityId(WageArrearsEmergencyProcess.TASK_NOTIFY_AGENCIES)
                        .count())
                .isEqualTo(1);
        assertThat(queries.get(o.inspector, id).notifications()).isEmpty();
        processes.runAsyncSteps(incidents.get(id).processInstanceId());

        List<AgencyNotices.Notification> sent = queries.get(o.inspector, id).notifications();
        assertThat(sent)
                .extracting(AgencyNotices.Notification::kind)
                .containsExactly(AgencyKind.POLICE, AgencyKind.UNION, AgencyKind.CONSTRUCTION);
        AgencyNotices.Notification police = sent.get(0);
        assertThat(police.agencyName()).isEqualTo("测试市公安局测试分局");
        assertThat(police.email()).isEqualTo("police.tagc@test.laborcase.cn");
        assertThat(police.documentNumber()).contains("欠薪应急通字");
        assertThat(police.pdf()).isEqualTo("/documents/" + police.documentId() + "/pdf");
        assertThat(sent.get(2).outcome()).isEqualTo("未配置");
        assertThat(sent.get(2).agencyName()).isNull();

        for (String address : List.of("police.tagc@test.laborcase.cn", "union.tagc@test.laborcase.cn")) {
            ReceivedMail received = Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> received(address, number), l -> !l.isEmpty())
                    .get(0);
            assertThat(received.subject()).isEqualTo("欠薪事件情况通报（" + number + "，Ⅳ级（一般））");
            assertThat(received.text()).contains("事件编号：" + number).contains("涉及人数：45 人");
            assertThat(received.attachments()).singleElement().satisfies(a -> {
                assertThat(a.contentType()).startsWith("application/pdf");
                assertThat(a.filename()).endsWith(".pdf");
            });
            byte[] pdf =
                    mail.receivedAttachment(address, received.messageId(), 0).content();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                assertThat(text)
                        .contains("欠薪事件情况通报")
                        .contains(number)
                        .contains(police.documentNumber())
                        .contains("测试市公安局测试分局、测试区总工会")
                        .contains("45人")
                        .contains("150,000.00元")
                        .contains("公安机关：维护现场秩序");
            }
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> queries.get(o.inspector, id).notifications().get(0).outcome(), "已发送"::equals);
        assertThat(queries.get(o.inspector, id).notifications().get(0).sentAt()).isNotNull();
        assertThat(notices(o.leader.username())).anyMatch(t -> t.contains(number) && t.contains("未配置住房城乡建设主管部门"));
        processes.assertTimeline(ref(id)).contains("AGENCIES_NOTIFIED", "AGENCY_NOT_CONFIGURED");
        String pid = incidents.get(id).processInstanceId();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pid)
                        .singleResult())
                .hasPassed(
                        WageArrearsEmergencyProcess.TASK_NOTIFY_AGENCIES,
                        WageArrearsEmergencyProcess.END_AGENCIES_NOTIFIED);

        // the step run again (a retried job) records and queues nothing more
        agencyNotices.notifyAgencies(id);
        assertThat(queries.get(o.inspector, id).notifications()).hasSize(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where dedup_key like ?",
                        Long.class,
                        "wage-incident:" + id + ":agency:%"))
                .isEqualTo(2);

        UserAgent inspector = UserAgent.loggedIn(port, o.inspector.username(), IntakeFixtures.PASSWORD);
        String page = inspector.get("/wage-incidents/" + id).body();
        assertThat(page)
                .contains("通报公安、住建、工会", "测试市公安局测试分局", "police.tagc@test.laborcase.cn", "未配置", "已发送")
                .contains(police.documentNumber())
                .doesNotContain(">NOT_CONFIGURED<", "CONSTRUCTION", "QUEUED");
        JsonNode got = json.readTree(UserAgent.basic(port, o.inspector.username(), IntakeFixtures.PASSWORD)
                .get("/api/wage-incidents/" + id)
                .body());
        assertThat(got.get("notifications")).hasSize(3);
        assertThat(got.get("notifications").get(0).get("outcome").asText()).isEqualTo("已发送");
    }

    @Test
    void anOfficeWithoutAgenciesRecordsEachAsNotConfiguredAndTellsItsLeaders() {
        long id = activated(f.inspector, f.leader, f.employer());
        String number = incidents.get(id).incidentNumber();

        assertThat(queries.get(f.inspector, id).notifications()).hasSize(3).allSatisfy(n -> {
            assertThat(n.outcome()).isEqualTo("未配置");
            assertThat(n.documentId()).isNull();
        });
        assertThat(notices(f.leader.username()))
                .anyMatch(t -> t.contains(number) && t.contains("未配置公安机关、住房城乡建设主管部门、工会的通报对象"));
        assertThat(documents.listForCase(ref(id))).noneMatch(d -> "EMERGENCY_AGENCY_NOTICE".equals(d.typeCode()));
    }

    @Test
    void theOnSiteCheckNamesAtLeastTwoOfTheGridsInspectorsByNameWithTheirArrival() throws Exception {
        long id = activated(f.inspector, f.leader, f.employer());
        TaskView task = onSiteTask(id);
        processes.claim(f.inspector, task.id());

        List<FormField.Option> choices = inbox.detail(f.inspector, task.id()).form().inputs().stream()
                .filter(field -> "teamMember1".equals(field.key()))
                .findFirst()
                .orElseThrow()
                .options();
        assertThat(choices)
                .extracting(FormField.Option::label)
                .contains("受理监察员（劳动保障监察员）", "搭档监察员（劳动保障监察员）")
                .noneMatch(label -> label.startsWith("t"));
        assertThat(choices).extracting(FormField.Option::value).contains(f.inspector.username(), f.partner.username());

        String today = TestClock.get().today().toString();
        Map<String, Object> one = form(f.inspector.username(), null, today, "00:00");
        assertThatThrownBy(() -> processes.complete(f.inspector, task.id(), null, one))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields((InvalidInputException) e)).contains("variables.teamMember2"));
        HttpResponse<String> overHttp = UserAgent.basic(port, f.inspector.username(), IntakeFixtures.PASSWORD)
                .postJson(
                        "/api/tasks/" + task.id() + "/complete",
                        json.writeValueAsString(Map.of(
                                "variables", form(f.inspector.username(), f.inspector.username(), today, "00:00"))));
        assertThat(overHttp.statusCode()).as(overHttp.body()).isEqualTo(400);
        assertThat(fields(overHttp)).containsExactly("variables.teamMember2");
        assertThat(overHttp.body()).contains("同一名监察员不能重复选择");
        Map<String, Object> twice = form(f.inspector.username(), f.inspector.username(), today, "00:00");
        assertThatThrownBy(() -> processes.complete(f.inspector, task.id(), null, twice))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields((InvalidInputException) e)).containsExactly("variables.teamMember2"))
                .satisfies(e -> assertThat(messages((InvalidInputException) e)).containsExactly("同一名监察员不能重复选择"));
        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        Map<String, Object> stranger = form(f.inspector.username(), other.inspector.username(), today, "00:00");
        assertThatThrownBy(() -> processes.complete(f.inspector, task.id(), null, stranger))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields((InvalidInputException) e)).contains("variables.teamMember2"));
        String tomorrow = TestClock.get().today().plusDays(1).toString();
        Map<String, Object> future = form(f.inspector.username(), f.partner.username(), tomorrow, "08:00");
        assertThatThrownBy(() -> processes.complete(f.inspector, task.id(), null, future))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(messages((InvalidInputException) e)).containsExactly("到场时间不能晚于现在"));
        Map<String, Object> badTime = form(f.inspector.username(), f.partner.username(), today, "25:00");
        assertThatThrownBy(() -> processes.complete(f.inspector, task.id(), null, badTime))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields((InvalidInputException) e)).contains("variables.arrivedTime"));
        assertThat(queries.get(f.inspector, id).team()).isEmpty();

        processes.complete(
                f.inspector, task.id(), null, form(f.inspector.username(), f.partner.username(), today, "00:00"));

        List<OnSiteTeams.TeamMember> team = queries.get(f.inspector, id).team();
        assertThat(team).extracting(OnSiteTeams.TeamMember::name).containsExactly("受理监察员", "搭档监察员");
        assertThat(team.get(0).arrivedAt())
                .isEqualTo(TestClock.get()
                        .today()
                        .atStartOfDay(cn.laborcase.shared.BeijingTime.ZONE)
                        .toInstant());
        assertThat(team.get(0).recordedByName()).isEqualTo("受理监察员");
        processes.assertTimeline(ref(id)).contains("TEAM_ON_SITE");
        JsonNode got = json.readTree(UserAgent.basic(port, f.leader.username(), IntakeFixtures.PASSWORD)
                .get("/api/wage-incidents/" + id)
                .body());
        assertThat(got.get("team")).hasSize(2);
        assertThat(got.get("team").get(1).get("name").asText()).isEqualTo("搭档监察员");
        String page = UserAgent.loggedIn(port, f.leader.username(), IntakeFixtures.PASSWORD)
                .get("/wage-incidents/" + id)
                .body();
        assertThat(page).contains("现场处置组", "受理监察员", "搭档监察员").doesNotContain(f.partner.username());
    }

    @Test
    void theDepositNoticeWaitsForTheDeadlineAndStaysWithinWhatIsOwed() throws Exception {
        long id = activated(f.inspector, f.leader, f.employer());
        UserAgent inspector = UserAgent.basic(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        LocalDate today = TestClock.get().today();

        HttpResponse<String> early = notice(inspector, id, "中国建设银行测试支行", "3305 0161 6300 0000 0123", "1000");
        assertThat(early.statusCode()).as("no order yet").isEqualTo(409);

        HttpResponse<String> bad = inspector.postJson(
                "/api/wage-incidents/" + id + "/repayment-orders",
                "{\"orderedOn\":\"2026-13-01\",\"deadlineOn\":\"%s\",\"servedOn\":\"%s\"}"
                        .formatted(today.minusDays(5), today.plusDays(1)));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("orderedOn", "servedOn", "deadlineOn");
        assertThat(fields(inspector.postJson("/api/wage-incidents/" + id + "/repayment-orders", "{}")))
                .containsExactlyInAnyOrder("orderedOn", "deadlineOn", "servedOn");

        HttpResponse<String> ordered = order(inspector, id, today.minusDays(3), today, today.minusDays(2));
        assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
        JsonNode orders = json.readTree(ordered.body()).get("repaymentOrders");
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).get("deadlineOn").asText()).isEqualTo(today.toString());
        assertThat(orders.get(0).get("deadlinePassed").asBoolean()).isFalse();

        HttpResponse<String> onTheDay = notice(inspector, id, "中国建设银行测试支行", "3305 0161 6300 0000 0123", "1000");
        assertThat(onTheDay.statusCode()).isEqualTo(409);
        assertThat(onTheDay.body())
                .contains("期限至 " + DAY.format(today) + "（含当日）尚未届满")
                .contains(DAY.format(today.plusDays(1)) + " 起方可出具");

        processes.advance(Duration.ofDays(1));
        HttpResponse<String> hostile = notice(inspector, id, "银行\u0000", "12ab", "1e20");
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(fields(hostile)).containsExactlyInAnyOrder("bankName", "accountNo", "amount");
        assertThat(notice(inspector, id, "中国建设银行测试支行", "3305016163000000123", "-1")
                        .body())
                .contains("支付金额须大于 0");
        HttpResponse<String> over = notice(inspector, id, "中国建设银行测试支行", "3305016163000000123", "150000.01");
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(over.body()).contains("\"amount\"").contains("支付金额不得超过 150000.00 元（尚欠工资 150000.00 元）");
        assertThat(countNotices(id)).isZero();

        HttpResponse<String> issued = notice(inspector, id, "中国建设银行测试支行", "3305 0161 6300 0000 0123", "100000");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonNode n = json.readTree(issued.body()).get("depositNotices").get(0);
        assertThat(n.get("documentNumber").asText()).contains("欠薪应急保字");
        assertThat(n.get("amount").decimalValue()).isEqualByComparingTo("100000");
        try (PDDocument pdf =
                Loader.loadPDF(documents.pdf(n.get("documentId").asLong()).content())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("工资保证金支付通知书")
                    .contains(n.get("documentNumber").asText())
                    .contains("中国建设银行测试支行")
                    .contains("33050161630000000123")
                    .contains("100,000.00元")
                    .contains("清偿期限至" + DAY.format(today))
                    .contains("第三十二条");
        }
        // what the bank has not paid yet counts against the next notice
        assertThat(notice(inspector, id, "中国建设银行测试支行", "3305016163000000123", "50000.01")
                        .body())
                .contains("支付金额不得超过 50000.00 元（尚欠工资 150000.00 元，减去此前通知银行尚未支付的 100000.00 元）");
        // the bank pays: DEPOSIT payments (existing)
        HttpResponse<String> paid = inspector.postJson(
                "/api/wage-incidents/" + id + "/payments",
                """
                {"workerName":"张三","amount":"100000","paidAt":"%s","source":"DEPOSIT"}"""
                        .formatted(TestClock.get().instant().minusSeconds(60)));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
        assertThat(json.readTree(paid.body()).get("money").get("depositDrawn").decimalValue())
                .isEqualByComparingTo("100000");
        assertThat(notice(inspector, id, "中国建设银行测试支行", "3305016163000000123", "50000.01")
                        .body())
                .contains("支付金额不得超过 50000.00 元（尚欠工资 50000.00 元）");
        processes.assertTimeline(ref(id)).contains("REPAYMENT_ORDERED", "DEPOSIT_NOTICE_ISSUED");

        String page = UserAgent.loggedIn(port, f.inspector.username(), IntakeFixtures.PASSWORD)
                .get("/wage-incidents/" + id)
                .body();
        assertThat(page)
                .contains(
                        "工资保证金",
                        "责令限期清偿",
                        "期限已届满",
                        "中国建设银行测试支行",
                        n.get("documentNumber").asText())
                .contains("出具工资保证金支付通知书");
    }

    @Test
    void thePageFormsNameEachWrongFieldAndRedirectOnSuccess() throws Exception {
        long id = activated(f.inspector, f.leader, f.employer());
        String path = "/wage-incidents/" + id;
        UserAgent inspector = UserAgent.loggedIn(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        String page = inspector.get(path).body();
        assertThat(page).contains("登记责令限期清偿").doesNotContain("deposit-notice-form");
        String csrf = inspector.csrfToken(path);
        LocalDate today = TestClock.get().today();

        HttpResponse<String> refused = inspector.postForm(
                path + "/repayment-orders",
                Map.of("_csrf", csrf, "orderedOn", "", "servedOn", today.toString(), "deadlineOn", "<script>"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("请填写责令日期", "清偿期限须为日期").doesNotContain("<script>");

        HttpResponse<String> done = inspector.postForm(
                path + "/repayment-orders",
                Map.of(
                        "_csrf", csrf,
                        "orderedOn", today.minusDays(1).toString(),
                        "servedOn", today.toString(),
                        "deadlineOn", today.plusDays(3).toString()));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(UserAgent.location(done)).endsWith(path);
        String after = inspector.get(path).body();
        assertThat(after).contains("已登记责令限期清偿", "期限未届满", "deposit-notice-form");

        HttpResponse<String> tooEarly = inspector.postForm(
                path + "/deposit-notices",
                Map.of("_csrf", csrf, "bankName", "测试银行", "accountNo", "12345678", "amount", "100"));
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("尚未届满");
    }

    @Test
    void anotherOfficeGets404TheDeskClerk403AndNothingBeforeActivation() throws Exception {
        long id = activated(f.inspector, f.leader, f.employer());
        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        LocalDate today = TestClock.get().today();
        UserAgent stranger = UserAgent.basic(port, other.inspector.username(), IntakeFixtures.PASSWORD);
        assertThat(order(stranger, id, today, today, today).statusCode()).isEqualTo(404);
        assertThat(notice(stranger, id, "银行", "12345678", "1").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/api/wage-incidents/" + id).statusCode()).isEqualTo(404);

        UserAgent clerk = UserAgent.basic(port, f.clerk.username(), IntakeFixtures.PASSWORD);
        assertThat(order(clerk, id, today, today, today).statusCode()).isEqualTo(403);
        assertThat(notice(clerk, id, "银行", "12345678", "1").statusCode()).isEqualTo(403);
        UserAgent leader = UserAgent.basic(port, f.leader.username(), IntakeFixtures.PASSWORD);
        assertThat(order(leader, id, today, today, today).statusCode()).isEqualTo(403);
        UserAgent clerkPage = UserAgent.loggedIn(port, f.clerk.username(), IntakeFixtures.PASSWORD);
        String path = "/wage-incidents/" + id;
        assertThat(clerkPage.get(path).body()).doesNotContain("repayment-order-form");
        assertThat(clerkPage
                        .postForm(
                                path + "/repayment-orders",
                                Map.of(
                                        "_csrf", clerkPage.csrfToken(path),
                                        "orderedOn", today.toString(),
                                        "servedOn", today.toString(),
                                        "deadlineOn", today.toString()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "select count(*) from wage_incident_repayment_order where incident_id = ?", Long.class, id))
                .isZero();

        long awaiting = report(f.inspector, f.employer());
        UserAgent inspector = UserAgent.basic(port, f.inspector.username(), IntakeFixtures.PASSWORD);
        HttpResponse<String> before = order(inspector, awaiting, today, today, today);
        assertThat(before.statusCode()).isEqualTo(409);
        assertThat(before.body()).contains("启动应急处置后才能责令清偿或动用工资保证金");
    }

    private long activated(CurrentUser reporter, CurrentUser leader, String employer) {
        long id = report(reporter, employer);
        approvals.decide(leader, id, new DecisionRequest("APPROVE", "同意启动"));
        processes.runAsyncSteps(incidents.get(id).processInstanceId());
        return id;
    }

    private long report(CurrentUser reporter, String employer) {
        return incidents
                .report(
                        reporter,
                        new ReportIncidentRequest(
                                new ReportIncidentRequest.EmployerRequest(employer, null, null, null, null),
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

    private TaskView onSiteTask(long id) {
        return inbox.openTasks(incidents.get(id).processInstanceId()).stream()
                .filter(t -> WageArrearsEmergencyProcess.TASK_ON_SITE.equals(t.taskDefinitionKey()))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> form(String first, String second, String day, String time) {
        Map<String, Object> values = new HashMap<>();
        values.put("teamMember1", first);
        values.put("teamMember2", second);
        values.put("arrivedOn", day);
        values.put("arrivedTime", time);
        values.put("onSiteRecord", "现场 45 名工人，情绪稳定，已登记工资清单。");
        return values;
    }

    private HttpResponse<String> order(
            UserAgent agent, long id, LocalDate ordered, LocalDate deadline, LocalDate served) throws Exception {
        return agent.postJson(
                "/api/wage-incidents/" + id + "/repayment-orders",
                "{\"orderedOn\":\"%s\",\"deadlineOn\":\"%s\",\"servedOn\":\"%s\"}"
                        .formatted(ordered, deadline, served));
    }

    private HttpResponse<String> notice(UserAgent agent, long id, String bank, String account, String amount)
            throws Exception {
        return agent.postJson(
                "/api/wage-incidents/" + id + "/deposit-notices",
                json.writeValueAsString(Map.of("bankName", bank, "accountNo", account, "amount", amount)));
    }

    private List<String> fields(HttpResponse<String> response) throws Exception {
        List<String> fields = new ArrayList<>();
        JsonNode errors = json.readTree(response.body()).get("errors");
        if (errors != null) {
            errors.forEach(e -> fields.add(e.get("field").asText()));
        }
        return fields;
    }

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream()
                .map(cn.laborcase.shared.FieldProblem::field)
                .toList();
    }

    private static List<String> messages(InvalidInputException e) {
        return e.problems().stream()
                .map(cn.laborcase.shared.FieldProblem::message)
                .toList();
    }

    private List<ReceivedMail> received(String address, String number) {
        return mail.received(500).stream()
                .filter(m -> m.mailbox().equalsIgnoreCase(address))
                .filter(m -> m.subject() != null && m.subject().contains(number))
                .toList();
    }

    private long countNotices(long id) {
        return jdbc.queryForObject(
                "select count(*) from wage_incident_deposit_notice where incident_id = ?", Long.class, id);
    }

    private List<String> notices(String username) {
        return jdbc.queryForList("select title from staff_notice where username = ?", String.class, username);
    }

    private static CaseRef ref(long id) {
        return CaseRef.of(CaseType.WAGE_INCIDENT, id);
    }
}
