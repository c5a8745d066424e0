package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.arbitration.process.ArbitrationProcess;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.ServiceMethod;
import cn.laborcase.documents.ServiceRecordRequest;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 送达回证 of the arbitration documents, the answer (答辩书) and the counter-claim as claim items, with the clocks
 * moved: the respondent's service record starts the answer period, two clerks recording the same service at once
 * (one wins), the answer copy's 5-working-day period closed by the applicant's service, a late answer flagged, the
 * award ruling on a counter-claim item. PDFs parsed back; access from another office; hostile input.
 */
@IntegrationTest
class ArbitrationServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    @Autowired
    ArbitrationRegistration registration;

    @Autowired
    ApplicationReview review;

    @Autowired
    CasePreparation preparation;

    @Autowired
    ArbitrationQueries queries;

    @Autowired
    Documents documents;

    @Autowired
    ArbitrationServiceRecords service;

    @Autowired
    ArbitrationAnswers answers;

    @Autowired
    CaseChanges changes;

    @Autowired
    Awards awards;

    @Autowired
    AwardRecords records;

    Processes processes;
    ArbitrationFixtures a;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, caseTimeline).start();
        a = new ArbitrationFixtures(jdbc, users);
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    @Test
    void theRespondentsServiceRecordOfTheAnswerNoticeStartsTheAnswerPeriod() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        processes.runAsyncSteps(pid(id));
        ArbitrationCaseView.Document notice = document(id, "应诉通知书");
        assertThat(notice.services())
                .extracting(ArbitrationCaseView.Service::role)
                .as("the 应诉通知书 goes to its respondent")
                .containsExactly("被申请人");
        assertThat(document(id, "受理通知书").services())
                .extracting(ArbitrationCaseView.Service::role)
                .containsExactly("申请人");

        at(LocalDate.of(2026, 8, 18));
        long respondent = notice.services().get(0).recipientId();
        assertThatThrownBy(() -> service.record(a.outsider, id, notice.id(), direct(respondent, 8, 18), null))
                .as("another office's case is not revealed")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.record(a.arbitrator1, id, notice.id(), direct(respondent, 8, 18), null))
                .as("an arbitrator not on the tribunal does not see the case")
                .isInstanceOf(NotFoundException.class);
        long otherCase = acceptOn(LocalDate.of(2026, 8, 18));
        assertThatThrownBy(() -> service.record(a.clerk, otherCase, notice.id(), direct(respondent, 8, 18), null))
                .as("a document of another case")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.record(
                        a.clerk,
                        id,
                        notice.id(),
                        new ServiceRecordRequest(
                                respondent,
                                ServiceMethod.POST,
                                LocalDate.of(2026, 8, 18),
                                9,
                                null,
                                "王\u0000经理",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "",
                                null),
                        null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.field())
                        .contains("receiverName"));
        assertThatThrownBy(() -> service.record(
                        a.clerk,
                        id,
                        notice.id(),
                        new ServiceRecordRequest(
                                respondent,
                                ServiceMethod.POST,
                                LocalDate.of(2026, 8, 18),
                                9,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "",
                                null),
                        null))
                .as("邮寄送达: the return slip, the tracking number and the server are each named")
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.field())
                        .contains("evidence", "trackingNumber", "server"));

        service.record(a.clerk, id, notice.id(), direct(respondent, 8, 18), null);

        ArbitrationCaseView c = queries.get(a.director, id);
        assertThat(c.respondentServedOn()).isEqualTo(LocalDate.of(2026, 8, 18));
        ArbitrationCaseView.Deadline answer = deadline(c, "ARBITRATION_ANSWER");
        assertThat(answer.start()).isEqualTo(LocalDate.of(2026, 8, 18));
        assertThat(answer.dueDate()).as("10 working days from Tuesday 08-18").isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(deadline(c, "ARBITRATION_SERVICE").closedOn()).isEqualTo(LocalDate.of(2026, 8, 18));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pid(id))
                        .taskDefinitionKey(ArbitrationProcess.TASK_RECORD_SERVICE)
                        .count())
                .as("the service step is done by the 送达回证")
                .isZero();
        ArbitrationCaseView.Service served = document(id, "应诉通知书").services().get(0);
        assertThat(served.served()).isTrue();
        assertThat(served.methodLabel()).isEqualTo("直接送达");
        assertThat(pdf(served.receiptDocumentId()))
                .contains("送达回证")
                .contains("应诉通知书")
                .contains("直接送达")
                .contains("示范市东湖恒信建筑工程有限公司")
                .contains("2026年8月18日9时");
    }

    @Test
    void twoClerksRecordingTheSameServiceAtOnceOneWins() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        ArbitrationCaseView.Document notice = document(id, "受理通知书");
        long applicant = notice.services().get(0).recipientId();
        at(LocalDate.of(2026, 8, 18));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (var user : List.of(a.clerk, a.director)) {
                Callable<String> call = () -> {
                    start.await();
                    try {
                        service.record(user, id, notice.id(), direct(applicant, 8, 18), null);
                        return "ok";
                    } catch (ConflictException e) {
                        return "409 " + e.getMessage();
                    }
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> o.startsWith("409"))
                    .singleElement()
                    .asString()
                    .contains("不能重复记录");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from service_record where document_id = ?", Integer.class, notice.id()))
                .isEqualTo(1);
    }

    @Test
    void anAnswerIsRecordedOnceItsCopyMustBeServedWithinFiveWorkingDaysAndALateOneIsFlagged() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        processes.runAsyncSteps(pid(id));
        at(LocalDate.of(2026, 8, 18));
        preparation.recordService(a.clerk, id, new cn.laborcase.arbitration.ServiceRecordRequest("2026-08-18"));

        at(LocalDate.of(2026, 8, 25));
        assertThatThrownBy(() -> answers.record(a.clerk, id, new AnswerRequest(5, "2026-08-26", "答辩\u0007意见"), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.field() + "：" + p.message())
                        .hasSize(3)
                        .anyMatch(p -> p.startsWith("respondent："))
                        .anyMatch(p -> p.startsWith("receivedOn：") && p.contains("不能晚于今天"))
                        .anyMatch(p -> p.startsWith("summary：")));
        assertThatThrownBy(() -> answers.record(a.outsider, id, new AnswerRequest(null, "2026-08-25", "意见"), null))
                .isInstanceOf(NotFoundException.class);

        AnswerView answer =
                answers.record(a.clerk, id, new AnswerRequest(null, "2026-08-25", "被申请人已足额支付8月工资，申请人主张的数额有误。"), null);
        assertThat(answer.late()).isFalse();
        assertThat(answer.copyServiceDueDate())
                .as("5 working days from Tuesday 08-25")
                .isEqualTo(LocalDate.of(2026, 9, 1));
        assertThatThrownBy(() -> answers.record(a.director, id, new AnswerRequest(null, "2026-08-25", "再次答辩"), null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("不能重复登记");

        ArbitrationCaseView c = queries.get(a.director, id);
        assertThat(deadline(c, "ARBITRATION_ANSWER_SERVICE").legalBasis()).contains("第三十条");
        assertThat(c.answers()).singleElement().satisfies(x -> assertThat(x.summary())
                .contains("足额支付"));
        ArbitrationCaseView.Document copy = document(id, "答辩书副本送达通知书");
        assertThat(copy.services())
                .extracting(ArbitrationCaseView.Service::role)
                .containsExactly("申请人");
        assertThat(pdf(copy.id())).contains("答辩书副本送达通知书").contains("足额支付8月工资").contains("第三十条");

        at(LocalDate.of(2026, 8, 27));
        service.record(a.clerk, id, copy.id(), direct(copy.services().get(0).recipientId(), 8, 27), null);
        ArbitrationCaseView after = queries.get(a.director, id);
        assertThat(deadline(after, "ARBITRATION_ANSWER_SERVICE").closedOn()).isEqualTo(LocalDate.of(2026, 8, 27));
        assertThat(after.answers().get(0).copyServedOn()).isEqualTo(LocalDate.of(2026, 8, 27));

        // a second case: the answer arrives after the period (09-01) — recorded, flagged, printed as late
        long late = acceptOn(LocalDate.of(2026, 8, 17));
        processes.runAsyncSteps(pid(late));
        at(LocalDate.of(2026, 8, 18));
        preparation.recordService(a.clerk, late, new cn.laborcase.arbitration.ServiceRecordRequest("2026-08-18"));
        at(LocalDate.of(2026, 9, 3));
        AnswerView lateAnswer = answers.record(a.clerk, late, new AnswerRequest(0, "2026-09-03", "不同意申请人的请求"), null);
        assertThat(lateAnswer.late()).isTrue();
        assertThat(lateAnswer.answerDueDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(pdf(document(late, "答辩书副本送达通知书").id())).contains("逾期提交");
    }

    @Test
    void aCounterClaimsItemsAreClaimsOfTheirOwnAndTheAwardRulesOnThemItemByItem() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        processes.runAsyncSteps(pid(id));
        at(LocalDate.of(2026, 8, 18));
        preparation.recordService(a.clerk, id, new cn.laborcase.arbitration.ServiceRecordRequest("2026-08-18"));
        at(LocalDate.of(2026, 8, 20));
        assertThatThrownBy(() -> changes.mergeCounterClaim(
                        a.director,
                        id,
                        new CounterClaimRequest(
                                null, null, List.of(new RegisterApplicationRequest.Claim("NOPE", "-1", "")))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.field())
                        .anyMatch(f -> f.startsWith("claims[0].")));
        assertThatThrownBy(() -> changes.mergeCounterClaim(a.clerk, id, counterClaim()))
                .as("the 立案窗口 does not merge a counter-claim")
                .isInstanceOf(ForbiddenException.class);

        changes.mergeCounterClaim(a.director, id, counterClaim());
        List<ClaimView> claims = queries.get(a.director, id).claims();
        assertThat(claims).extracting(ClaimView::originLabel).containsExactly("仲裁请求", "反申请请求");
        assertThat(claims.get(1).finalityRule()).isNotBlank();

        composeTribunal(id);
        at(LocalDate.of(2026, 9, 15));
        assertThatThrownBy(() -> awards.award(
                        a.arbitrator1,
                        id,
                        new AwardRequest(List.of(new AwardRequest.Item(0, "AWARDED", "18600.00", "欠付工资属实")), false)))
                .as("the counter-claim's item must be ruled on too")
                .isInstanceOf(InvalidInputException.class);
        awards.award(
                a.arbitrator1,
                id,
                new AwardRequest(
                        List.of(
                                new AwardRequest.Item(0, "AWARDED", "18600.00", "欠付工资属实"),
                                new AwardRequest.Item(1, "AWARDED", "3000.00", "借支款有借条为证")),
                        false));
        AwardRecordView view = records.get(a.director, id);
        assertThat(view.awards())
                .flatExtracting(AwardRecordView.Award::items)
                .extracting(AwardRecordView.Item::position)
                .containsExactlyInAnyOrder(0, 1);
        // the counter-claim's item (其他, not a §47 item) is ruled in the non-final award
        AwardRecordView.Award nonFinal = view.awards().stream()
                .filter(x -> x.finality().equals("NON_FINAL"))
                .findFirst()
                .orElseThrow();
        assertThat(nonFinal.items()).extracting(AwardRecordView.Item::position).containsExactly(1);
        assertThat(pdf(nonFinal.documentId()))
                .contains("（反申请）其他")
                .contains("反申请请求其他")
                .contains("申请人支付被申请人3,000.00元");
    }

    @Test
    void theApiRecordsServiceWithTheReturnSlipAndAnswersAndShowsThemInTheCaseView() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        processes.runAsyncSteps(pid(id));
        ArbitrationCaseView.Document notice = document(id, "应诉通知书");
        long respondent = notice.services().get(0).recipientId();
        at(LocalDate.of(2026, 8, 19));
        String path = "/api/arbitration/cases/" + id;
        UserAgent clerk = UserAgent.basic(port, a.clerk.username(), ArbitrationFixtures.PASSWORD);
        UserAgent outsider = UserAgent.basic(port, a.outsider.username(), ArbitrationFixtures.PASSWORD);
        String body = "{\"recipientId\":" + respondent + ",\"method\":\"DIRECT\",\"servedOn\":\"2026-08-18\","
                + "\"servedHour\":15,\"receiverName\":\"王经理\",\"signerRelation\":\"单位负责人\",\"server\":\"刘洋\"}";

        HttpResponse<String> foreign = outsider.postJson(path + "/documents/" + notice.id() + "/service", body);
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(404);
        HttpResponse<String> bad = clerk.postJson(
                path + "/documents/" + notice.id() + "/service",
                "{\"recipientId\":" + respondent
                        + ",\"method\":\"LEFT\",\"servedOn\":\"2026-08-18\",\"servedHour\":15}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body())
                .contains("\"witness1\"")
                .contains("\"place\"")
                .contains("\"server\"")
                .contains("见证人");

        HttpResponse<String> ok = clerk.postJson(path + "/documents/" + notice.id() + "/service", body);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(json.readTree(ok.body()).get("receiptNumber").asText()).contains("送字");
        HttpResponse<String> twice = clerk.postJson(path + "/documents/" + notice.id() + "/service", body);
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);

        // 邮寄送达 of the 受理通知书 with the return slip's scan, as a multipart form
        ArbitrationCaseView.Document acceptance = document(id, "受理通知书");
        String boundary = "----lc" + id;
        StringBuilder multipart = new StringBuilder();
        for (String[] field : new String[][] {
            {"recipientId", String.valueOf(acceptance.services().get(0).recipientId())},
            {"method", "POST"},
            {"servedOn", "2026-08-18"},
            {"servedHour", "11"},
            {"trackingNumber", "EMS1234567890CN"},
            {"server", "clerk-liu"}
        }) {
            multipart
                    .append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(field[0])
                    .append("\"\r\n\r\n")
                    .append(field[1])
                    .append("\r\n");
        }
        multipart
                .append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"evidence\"; filename=\"slip.pdf\"\r\n")
                .append("Content-Type: application/pdf\r\n\r\n")
                .append("%PDF-1.4\n% return slip\n")
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");
        HttpResponse<String> posted = clerk.post(
                path + "/documents/" + acceptance.id() + "/service",
                "multipart/form-data; boundary=" + boundary,
                multipart.toString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonNode slip = json.readTree(posted.body());
        assertThat(slip.get("method").asText()).isEqualTo("POST");
        assertThat(slip.get("evidenceContentType").asText()).isEqualTo("application/pdf");

        HttpResponse<String> answer =
                clerk.postJson(path + "/answers", "{\"receivedOn\":\"2026-08-19\",\"summary\":\"不同意申请人的全部请求\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);

        JsonNode view = json.readTree(clerk.get(path).body());
        assertThat(view.get("respondentServedOn").asText()).isEqualTo("2026-08-18");
        assertThat(view.get("answers").get(0).get("summary").asText()).isEqualTo("不同意申请人的全部请求");
        assertThat(view.get("may").get("recordService").asBoolean()).isTrue();
        List<String> rules = new ArrayList<>();
        view.get("deadlines").forEach(d -> rules.add(d.get("rule").asText()));
        assertThat(rules).contains("ARBITRATION_ANSWER", "ARBITRATION_ANSWER_SERVICE");

        HttpResponse<String> page = UserAgent.loggedIn(port, a.clerk.username(), ArbitrationFixtures.PASSWORD)
                .get("/arbitration/cases/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("送达与答辩").contains("直接送达").contains("不同意申请人的全部请求");
    }

    @Test
    void thePageFormsRecordServiceAnAnswerAndACounterClaimAndNameEachWrongField() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        processes.runAsyncSteps(pid(id));
        ArbitrationCaseView.Document notice = document(id, "应诉通知书");
        at(LocalDate.of(2026, 8, 19));
        String path = "/arbitration/cases/" + id;
        UserAgent clerk = UserAgent.loggedIn(port, a.clerk.username(), ArbitrationFixtures.PASSWORD);
        String csrf = clerk.csrfToken(path);

        java.util.Map<String, String> hostile = new java.util.LinkedHashMap<>();
        hostile.put("_csrf", csrf);
        hostile.put("recipientId", String.valueOf(notice.services().get(0).recipientId()));
        hostile.put("method", "LEFT");
        hostile.put("servedOn", "2026-08-18");
        hostile.put("servedHour", "15");
        hostile.put("server", "刘<script>洋");
        HttpResponse<String> bad = clerk.postForm(path + "/documents/" + notice.id() + "/service", hostile);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("留置送达须有见证人").contains("留置送达须填写留置地点").doesNotContain("刘<script>洋");
        assertThat(jdbc.queryForObject(
                        "select count(*) from service_record where document_id = ?", Integer.class, notice.id()))
                .isZero();

        java.util.Map<String, String> good = new java.util.LinkedHashMap<>(hostile);
        good.put("method", "DIRECT");
        good.put("receiverName", "王经理");
        good.put("signerRelation", "单位负责人");
        good.put("server", "刘洋");
        HttpResponse<String> done = clerk.postForm(path + "/documents/" + notice.id() + "/service", good);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(queries.get(a.director, id).respondentServedOn()).isEqualTo(LocalDate.of(2026, 8, 18));

        HttpResponse<String> badAnswer = clerk.postForm(
                path + "/answers", java.util.Map.of("_csrf", csrf, "receivedOn", "2026-13-40", "summary", ""));
        assertThat(badAnswer.statusCode()).as(badAnswer.body()).isEqualTo(400);
        assertThat(badAnswer.body()).contains("日期格式不正确").contains("请填写答辩意见");
        HttpResponse<String> answered = clerk.postForm(
                path + "/answers",
                java.util.Map.of("_csrf", csrf, "respondent", "0", "receivedOn", "2026-08-19", "summary", "不同意"));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(302);

        HttpResponse<String> notAllowed = clerk.postForm(
                path + "/counter-claim",
                java.util.Map.of(
                        "_csrf",
                        csrf,
                        "claims[0].type",
                        "OTHER",
                        "claims[0].amount",
                        "100",
                        "claims[0].description",
                        "返还借款"));
        assertThat(notAllowed.statusCode())
                .as("the 立案窗口 does not merge a counter-claim")
                .isEqualTo(403);
        UserAgent director = UserAgent.loggedIn(port, a.director.username(), ArbitrationFixtures.PASSWORD);
        String dcsrf = director.csrfToken(path);
        HttpResponse<String> merged = director.postForm(
                path + "/counter-claim",
                java.util.Map.of(
                        "_csrf",
                        dcsrf,
                        "claims[0].type",
                        "OTHER",
                        "claims[0].amount",
                        "100",
                        "claims[0].description",
                        "返还借款"));
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(302);
        String after = director.get(path).body();
        assertThat(after).contains("反申请请求").contains("不同意").contains("送达回证");
        assertThat(queries.get(a.director, id).claims()).hasSize(2);
    }

    // ---- helpers ----

    private static CounterClaimRequest counterClaim() {
        return new CounterClaimRequest(
                null, null, List.of(new RegisterApplicationRequest.Claim("OTHER", "5000.00", "申请人返还借支款")));
    }

    static ServiceRecordRequest direct(long recipientId, int month, int day) {
        return new ServiceRecordRequest(
                recipientId,
                ServiceMethod.DIRECT,
                LocalDate.of(2026, month, day),
                9,
                null,
                "王经理",
                "单位负责人",
                null,
                null,
                null,
                null,
                null,
                "书记员刘洋",
                null);
    }

    private long acceptOn(LocalDate day) {
        at(day);
        try {
            RegisterApplicationRequest request = json.readValue(
                    ArbitrationFixtures.application(
                            OffsetDateTime.of(day.minusDays(3).atTime(9, 0), ZoneOffset.ofHours(8))
                                    .toString(),
                            1,
                            ArbitrationFixtures.claim("WAGES", "18600.00", "支付2026年8月至10月工资")),
                    RegisterApplicationRequest.class);
            RegisteredApplication r = registration.register(a.clerk, request, null);
            review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null));
            return r.id();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void composeTribunal(long id) {
        processes.runAsyncSteps(pid(id));
        preparation.composeTribunal(
                a.director,
                id,
                new TribunalRequest(
                        "THREE", a.arbitrator1.username(), a.arbitrator2.username(), a.arbitrator3.username(), null));
    }

    private String pid(long id) {
        return jdbc.queryForObject("select process_instance_id from arbitration_case where id = ?", String.class, id);
    }

    private ArbitrationCaseView.Document document(long id, String typeName) {
        return queries.get(a.director, id).documents().stream()
                .filter(x -> x.typeName().equals(typeName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + typeName));
    }

    private static ArbitrationCaseView.Deadline deadline(ArbitrationCaseView c, String rule) {
        return c.deadlines().stream()
                .filter(d -> d.rule().equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule));
    }

    private String pdf(long documentId) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(documentId).content())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf).replaceAll("\\s+", "");
        }
    }

    private static void at(LocalDate day) {
        TestClock.get()
                .set(OffsetDateTime.of(day.atTime(10, 0), ZoneOffset.ofHours(8)).toInstant());
    }
}
