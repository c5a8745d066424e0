package cn.laborcase.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationFixtures;
import cn.laborcase.arbitration.ArbitrationQueries;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.arbitration.HearingCases;
import cn.laborcase.arbitration.process.ArbitrationProcess;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After the booking: the 3-working-day postponement boundary across the National Day block, the tribunal's decision,
 * each outcome (held with its 庭审笔录, postponed, applicant absent → 撤回结案, respondent absent → default award), access
 * and hostile input.
 */
@IntegrationTest
class HearingOutcomeIT {

    @LocalServerPort
    int port;

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
    HearingRooms rooms;

    @Autowired
    HearingBookings bookings;

    @Autowired
    HearingOutcomes outcomes;

    @Autowired
    HearingCases hearingCases;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

    HearingFixtures f;
    Processes processes;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, caseTimeline).start();
        f = new HearingFixtures(jdbc, users, json, registration, review, preparation, rooms);
    }

    @AfterEach
    void tearDown() {
        processes.close();
        TestClock.get().reset();
    }

    private static String at(String day, String time) {
        return day + "T" + time + ":00+08:00";
    }

    private UserAgent agent(CurrentUser user) {
        return UserAgent.basic(port, user.username(), ArbitrationFixtures.PASSWORD);
    }

    private static List<String> codes(InvalidInputException e) {
        return e.problems().stream().map(FieldProblem::code).toList();
    }

    /** A sole-arbitrator case with a hearing booked on 2026-09-18 for {@code day} 09:00–10:00. */
    private HearingView booked(String day) throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator1);
        RoomView room = f.room("延期庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 18), 10);
        return bookings.book(
                f.a.hearingClerk, new BookHearingRequest(caseId, room.id(), at(day, "09:00"), at(day, "10:00"), null));
    }

    private List<String> timeline(long caseId) {
        return jdbc.queryForList(
                "select step_label from case_timeline where case_type = 'ARBITRATION_CASE' and case_id = ? order by id",
                String.class,
                caseId);
    }

    @Test
    void aPostponementRequestMustComeThreeWorkingDaysBeforeTheHearingAcrossTheNationalDayBlock() throws Exception {
        HearingView h = booked("2026-10-09");
        // working days before Friday 10-09: 10-08, (10-01..10-07 holidays), 09-30, 09-29
        assertThat(outcomes.lastDayToAsk(LocalDate.of(2026, 10, 9))).isEqualTo(LocalDate.of(2026, 9, 29));

        HearingFixtures.at(LocalDate.of(2026, 9, 30), 10);
        assertThatThrownBy(() -> outcomes.requestPostponement(
                        f.a.hearingClerk, h.id(), new PostponementRequest("申请人甲", null, "需出差")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(codes(e)).containsExactly("TooLate");
                    assertThat(e.problems().get(0).message())
                            .contains("最迟应于 2026-09-29")
                            .contains("第三十五条")
                            .contains("2026-09-30");
                });
        // made on 09-29 (the last day), recorded the day after
        PostponementView ok = outcomes.requestPostponement(
                f.a.hearingClerk, h.id(), new PostponementRequest("申请人甲", "2026-09-29", "需出差"));
        assertThat(ok.status()).isEqualTo("REQUESTED");
        assertThat(ok.lastDay()).isEqualTo(LocalDate.of(2026, 9, 29));

        // two days before a hearing on Friday 10-16 (Wednesday 10-14) → refused; the last day is Tuesday 10-13
        HearingView later = booked("2026-10-16");
        HearingFixtures.at(LocalDate.of(2026, 10, 14), 10);
        HttpResponse<String> late = agent(f.a.hearingClerk)
                .postJson("/api/hearings/" + later.id() + "/postponements", "{\"party\":\"申请人甲\",\"reasons\":\"生病\"}");
        assertThat(late.statusCode()).as(late.body()).isEqualTo(400);
        assertThat(late.body()).contains("requestedOn").contains("2026-10-13");
    }

    @Test
    void theTribunalDecidesAGrantedRequestPostponesTheHearingAndTheClerkBooksAnew() throws Exception {
        HearingView h = booked("2026-10-16");
        HearingFixtures.at(LocalDate.of(2026, 9, 22), 10);
        PostponementView refusedOne = outcomes.requestPostponement(
                f.a.hearingClerk, h.id(), new PostponementRequest("申请人甲", null, "代理人另有开庭"));
        PostponementView p =
                outcomes.requestPostponement(f.a.hearingClerk, h.id(), new PostponementRequest("申请人甲", null, "住院治疗"));
        // the clerk may not decide; a stranger does not see the case
        assertThatThrownBy(() -> outcomes.decidePostponement(
                        f.a.hearingClerk, p.id(), new PostponementDecision(p.version(), "GRANT", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(agent(f.a.outsider)
                        .postJson(
                                "/api/hearings/postponements/" + p.id() + "/decision",
                                "{\"version\":0,\"decision\":\"GRANT\"}")
                        .statusCode())
                .isEqualTo(404);
        // refused: the hearing stands
        assertThat(outcomes.decidePostponement(
                                f.a.arbitrator1,
                                refusedOne.id(),
                                new PostponementDecision(refusedOne.version(), "REFUSE", "理由不充分"))
                        .status())
                .isEqualTo("REFUSED");
        assertThat(bookings.get(f.a.hearingClerk, h.id()).status()).isEqualTo("SCHEDULED");
        // granted: POSTPONED, slots freed; deciding twice → 409
        assertThat(outcomes.decidePostponement(
                                f.a.arbitrator1, p.id(), new PostponementDecision(p.version(), "GRANT", "准予"))
                        .status())
                .isEqualTo("GRANTED");
        assertThatThrownBy(() -> outcomes.decidePostponement(
                        f.a.arbitrator1, p.id(), new PostponementDecision(p.version() + 1, "GRANT", null)))
                .isInstanceOf(ConflictException.class);
        HearingView postponed = bookings.get(f.a.hearingClerk, h.id());
        assertThat(postponed.status()).isEqualTo("POSTPONED");
        assertThat(postponed.statusLabel()).isEqualTo("已延期");
        assertThat(jdbc.queryForObject("select count(*) from hearing_slot where hearing_id = ?", Integer.class, h.id()))
                .isZero();
        assertThat(queries.get(f.a.director, h.caseId()).hearings())
                .singleElement()
                .satisfies(x -> assertThat(x.statusLabel()).isEqualTo("延期开庭"));
        assertThat(timeline(h.caseId())).contains("延期开庭申请", "不准予延期开庭", "延期开庭");
        // the clerk books anew, with a new notice
        HearingView again = bookings.book(
                f.a.hearingClerk,
                new BookHearingRequest(
                        h.caseId(), h.roomId(), at("2026-10-21", "09:00"), at("2026-10-21", "10:00"), null));
        assertThat(again.status()).isEqualTo("SCHEDULED");
        assertThat(again.noticeDocumentId()).isNotEqualTo(h.noticeDocumentId());
    }

    @Test
    void aHeldHearingIsRecordedOnceAfterItsStartAndItsRecordFiledLater() throws Exception {
        HearingView h = booked("2026-10-16");
        String outcome = "{\"version\":" + h.version() + ",\"outcome\":\"HELD\",\"note\":\"双方到庭\"}";
        HearingFixtures.at(LocalDate.of(2026, 10, 15), 10);
        HttpResponse<String> early = agent(f.a.hearingClerk).postJson("/api/hearings/" + h.id() + "/outcome", outcome);
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        HearingFixtures.at(LocalDate.of(2026, 10, 16), 11);
        assertThat(agent(f.a.outsider)
                        .postJson("/api/hearings/" + h.id() + "/outcome", outcome)
                        .statusCode())
                .isEqualTo(404);
        assertThat(agent(f.a.director)
                        .postJson("/api/hearings/" + h.id() + "/outcome", outcome)
                        .statusCode())
                .isEqualTo(403);
        // the 笔录 before an outcome → 409
        assertThatThrownBy(() -> outcomes.fileRecord(f.a.hearingClerk, h.id(), "bilu.pdf", "application/pdf", pdf()))
                .isInstanceOf(ConflictException.class);
        HttpResponse<String> held = agent(f.a.hearingClerk).postJson("/api/hearings/" + h.id() + "/outcome", outcome);
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        assertThat(held.body()).contains("已开庭审理");
        HttpResponse<String> twice = agent(f.a.hearingClerk).postJson("/api/hearings/" + h.id() + "/outcome", outcome);
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);

        OutcomeView filed = outcomes.fileRecord(f.a.hearingClerk, h.id(), "庭审笔录.pdf", "application/pdf", pdf());
        assertThat(filed.recordAttachmentId()).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from attachment where id = ?", Integer.class, filed.recordAttachmentId()))
                .isEqualTo(1);
        assertThat(queries.get(f.a.director, h.caseId()).hearings())
                .singleElement()
                .satisfies(x -> assertThat(x.statusLabel()).isEqualTo("已开庭"));
        assertThat(timeline(h.caseId())).contains("开庭审理", "庭审笔录");
    }

    @Test
    void anAbsentApplicantEndsTheCaseAsWithdrawnAtItsEndEvent() throws Exception {
        HearingView h = booked("2026-10-16");
        String pid = f.processInstance(h.caseId());
        HearingFixtures.at(LocalDate.of(2026, 10, 16), 10);
        OutcomeView o = outcomes.recordOutcome(
                f.a.hearingClerk, h.id(), new OutcomeRequest(h.version(), "APPLICANT_ABSENT", null));
        assertThat(o.status()).isEqualTo("CONCLUDED");
        assertThat(jdbc.queryForObject("select status from arbitration_case where id = ?", String.class, h.caseId()))
                .isEqualTo("WITHDRAWN");
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pid)
                        .activityId(ArbitrationProcess.END_WITHDRAWN)
                        .finished()
                        .count())
                .isEqualTo(1);
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(pid)
                        .singleResult()
                        .getEndTime())
                .isNotNull();
        assertThat(timeline(h.caseId())).contains("申请人未到庭", "撤回仲裁申请");
    }

    @Test
    void anAbsentRespondentLeavesTheCaseToTheDefaultAward() throws Exception {
        HearingView h = booked("2026-10-16");
        HearingFixtures.at(LocalDate.of(2026, 10, 16), 10);
        assertThat(hearingCases.respondentAbsent(h.caseId())).isFalse();
        outcomes.recordOutcome(f.a.arbitrator1, h.id(), new OutcomeRequest(h.version(), "RESPONDENT_ABSENT", null));
        assertThat(hearingCases.respondentAbsent(h.caseId())).isTrue();
        assertThat(jdbc.queryForObject("select status from arbitration_case where id = ?", String.class, h.caseId()))
                .isEqualTo("TRIBUNAL_COMPOSED");
        assertThat(timeline(h.caseId())).contains("被申请人未到庭");
    }

    @Test
    void aPostponedOutcomeNeedsItsReasonAndHostileInputIsNamed() throws Exception {
        HearingView h = booked("2026-10-16");
        HearingFixtures.at(LocalDate.of(2026, 10, 16), 10);
        assertThatThrownBy(() ->
                        outcomes.recordOutcome(f.a.hearingClerk, h.id(), new OutcomeRequest(null, "FOO", "x\u0000y")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("version", "outcome", "note"));
        assertThatThrownBy(() -> outcomes.recordOutcome(
                        f.a.hearingClerk, h.id(), new OutcomeRequest(h.version(), "POSTPONED", " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(codes(e)).containsExactly("NotBlank"));
        assertThatThrownBy(() -> outcomes.requestPostponement(
                        f.a.hearingClerk, h.id(), new PostponementRequest("路人乙", "2026-13-01", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("party", "requestedOn", "reasons"));
        HttpResponse<String> notJson =
                agent(f.a.hearingClerk).post("/api/hearings/" + h.id() + "/outcome", "application/json", "{oops");
        assertThat(notJson.statusCode()).isEqualTo(400);
        OutcomeView o = outcomes.recordOutcome(
                f.a.hearingClerk, h.id(), new OutcomeRequest(h.version(), "POSTPONED", "被申请人代理人突发疾病"));
        assertThat(o.status()).isEqualTo("POSTPONED");
        assertThat(jdbc.queryForObject("select count(*) from hearing_slot where hearing_id = ?", Integer.class, h.id()))
                .isZero();
    }

    @Test
    void theCasePageFormsRecordARequestAndAnOutcomeAndNameWrongFields() throws Exception {
        HearingView h = booked("2026-10-16");
        HearingFixtures.at(LocalDate.of(2026, 9, 22), 10);
        UserAgent clerk = UserAgent.loggedIn(port, f.a.hearingClerk.username(), ArbitrationFixtures.PASSWORD);
        String path = "/hearings/cases/" + h.caseId();
        HttpResponse<String> page = clerk.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("延期申请与开庭结果").contains("登记延期开庭申请").contains("登记开庭结果");
        assertThat(UserAgent.loggedIn(port, f.a.outsider.username(), ArbitrationFixtures.PASSWORD)
                        .get(path)
                        .statusCode())
                .isEqualTo(404);
        String token = clerk.csrfToken(path);
        HttpResponse<String> bad = clerk.postForm(
                path + "/" + h.id() + "/postponements", java.util.Map.of("_csrf", token, "party", "", "reasons", ""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("请填写申请人（当事人）").contains("请填写申请理由");
        HttpResponse<String> good = clerk.postForm(
                path + "/" + h.id() + "/postponements",
                java.util.Map.of("_csrf", token, "party", "申请人甲", "reasons", "出差"));
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(clerk.get(path).body()).contains("出差").contains("待仲裁庭决定");
        HearingFixtures.at(LocalDate.of(2026, 10, 16), 10);
        HttpResponse<String> held = clerk.postForm(
                path + "/" + h.id() + "/outcome",
                java.util.Map.of(
                        "_csrf", token, "version", String.valueOf(h.version()), "outcome", "RESPONDENT_ABSENT"));
        assertThat(held.statusCode()).isEqualTo(302);
        assertThat(clerk.get(path).body()).contains("被申请人无正当理由未到庭").contains("上传庭审笔录");
        // the case page shows the outcome and presets 缺席裁决 on the award form
        String casePage = UserAgent.loggedIn(port, f.a.arbitrator1.username(), ArbitrationFixtures.PASSWORD)
                .get("/arbitration/cases/" + h.caseId())
                .body();
        assertThat(casePage).contains("被申请人未到庭，缺席审理").contains("延期申请与开庭结果");
        assertThat(casePage).containsPattern("id=\"award-by-default\"[^>]*checked");
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
