package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.laborcase.arbitration.process.ArbitrationProcess;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * arbitration.bpmn carries the whole case (issue 14): each way a case ends reaches its end event in the history
 * (不予受理, 裁决结案, 调解结案, 撤回结案 before and after acceptance), and the award deadline's reminder and breach
 * timers follow the calendar: suspension and resumption, the one extension, restarts on a claim change and a merged
 * counter-claim; the acceptance timers follow 补正. The job executor is paused (Processes#start) before any case is
 * registered; the clock is moved, the due dates are not.
 *
 * <p>Dates: accepted Monday 2026-11-02, the 45th day is Thursday 2026-12-17 (no holiday in between): reminder one
 * working day before at 09:00 (2026-12-16 09:00), breach at 00:00 after the due day (2026-12-18 00:00), Beijing time.
 */
@IntegrationTest
class ArbitrationCaseFlowIT {

    static final LocalDate ACCEPTED = LocalDate.of(2026, 11, 2);

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
    ArbitrationServiceRecords serviceRecords;

    @Autowired
    AwardPeriod period;

    @Autowired
    CaseChanges changes;

    @Autowired
    Awards awards;

    @Autowired
    CaseEndings endings;

    @Autowired
    AwardRecords records;

    Processes processes;
    ArbitrationFixtures a;
    ArbitrationScenarios scenarios;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, caseTimeline).start();
        a = new ArbitrationFixtures(jdbc, users);
        scenarios =
                new ArbitrationScenarios(a, processes, engine, jdbc, json, registration, review, preparation, queries);
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    // ---- acceptance, refusal, 补正 ----

    @Test
    void anAcceptedCaseRunsToTheTribunalsTaskWhichTheInboxCannotCompleteAndTheAwardClosesIt() {
        long id = scenarios.acceptOn(ACCEPTED);
        String pid = scenarios.pid(id);
        assertThat(timerDue(pid, ArbitrationProcess.TIMER_AWARD_REMINDER)).isEqualTo(beijing(2026, 12, 16, 9));
        assertThat(timerDue(pid, ArbitrationProcess.TIMER_AWARD_BREACH)).isEqualTo(beijing(2026, 12, 18, 0));
        assertThat(timers(pid, ArbitrationProcess.TIMER_ACCEPTANCE_BREACH))
                .as("the acceptance timers ended with the review")
                .isEmpty();

        scenarios.composeTribunal(id);
        ArbitrationScenarios.at(ACCEPTED.plusDays(1));
        preparation.recordService(
                a.clerk, id, new ServiceRecordRequest(ACCEPTED.plusDays(1).toString()));
        processes.reachTimer(pid, ArbitrationProcess.TIMER_ANSWER_PERIOD);
        TaskView schedule = task(pid, ArbitrationProcess.TASK_SCHEDULE_HEARING);
        processes.complete(a.hearingClerk, schedule.id(), null, Map.of("scheduleNote", "第一仲裁庭"));

        assertThat(processInstance(pid)).isWaitingAt(ArbitrationProcess.TASK_ADJUDICATE);
        TaskView adjudicate = task(pid, ArbitrationProcess.TASK_ADJUDICATE);
        assertThat(adjudicate.name()).isEqualTo("审理与裁决");
        assertThat(adjudicate.dueAt())
                .as("due with the award period")
                .isEqualTo(BeijingTime.endOf(LocalDate.of(2026, 12, 17)));
        assertThat(inbox.canWork(a.arbitrator2, adjudicate))
                .as("a tribunal member")
                .isTrue();
        assertThat(inbox.canWork(a.hearingClerk, adjudicate)).isFalse();
        assertThat(inbox.detail(a.arbitrator2, adjudicate.id()).actions())
                .as("the task page offers no 办结 (the award ends the task)")
                .doesNotContain(cn.laborcase.workflow.TaskAction.COMPLETE);
        assertThatThrownBy(() -> processes.complete(a.arbitrator1, adjudicate.id(), null, Map.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("案件页");
        assertThat(processInstance(pid)).isWaitingAt(ArbitrationProcess.TASK_ADJUDICATE);

        awards.award(a.arbitrator1, id, award(item(0, "15600.00")));

        assertEndedAt(pid, ArbitrationProcess.END_AWARDED);
        assertThat(historicTaskEnded(pid, ArbitrationProcess.TASK_ADJUDICATE)).isTrue();
    }

    @Test
    void aRefusalEndsAtNotAcceptedWithItsTimers() {
        RegisteredApplication r = scenarios.register(ACCEPTED.minusDays(3), ACCEPTED);
        String pid = scenarios.pid(r.id());
        // received Friday 10-30: 5 working days → Friday 11-06; reminder Thursday 09:00, breach Saturday 00:00
        assertThat(timerDue(pid, ArbitrationProcess.TIMER_ACCEPTANCE_REMINDER)).isEqualTo(beijing(2026, 11, 5, 9));
        assertThat(timerDue(pid, ArbitrationProcess.TIMER_ACCEPTANCE_BREACH)).isEqualTo(beijing(2026, 11, 7, 0));

        review.decide(a.director, r.id(), new AcceptanceDecision("REFUSE", "申请人请求的事项不属于劳动人事争议。"));

        assertEndedAt(pid, ArbitrationProcess.END_REFUSED);
    }

    @Test
    void aSupplementMovesTheAcceptanceTaskAndItsTimersToTheRestartedPeriod() {
        RegisteredApplication r = scenarios.register(ACCEPTED.minusDays(3), ACCEPTED);
        String pid = scenarios.pid(r.id());
        review.requestSupplement(a.clerk, r.id(), new SupplementRequest(List.of("劳动合同")));
        ArbitrationScenarios.at(LocalDate.of(2026, 11, 4));
        review.completeSupplement(a.clerk, r.id(), new SupplementCompletion("2026-11-04"));

        // restarted from Wednesday 11-04: 5 working days → Wednesday 11-11
        assertThat(task(pid, ArbitrationProcess.TASK_ACCEPTANCE_REVIEW).dueAt())
                .isEqualTo(BeijingTime.endOf(LocalDate.of(2026, 11, 11)));
        assertThat(timerDue(pid, ArbitrationProcess.TIMER_ACCEPTANCE_REMINDER)).isEqualTo(beijing(2026, 11, 10, 9));
        assertThat(timerDue(pid, ArbitrationProcess.TIMER_ACCEPTANCE_BREACH)).isEqualTo(beijing(2026, 11, 12, 0));
    }

    // ---- the award period moves the timers ----

    @Test
    void suspensionStopsTheAwardTimersAndResumptionMovesTheBreachByExactlyTheSuspendedDays() {
        long id = scenarios.acceptOn(ACCEPTED);
        String pid = scenarios.pid(id);
        Instant breach = timerDue(pid, ArbitrationProcess.TIMER_AWARD_BREACH);

        ArbitrationScenarios.at(LocalDate.of(2026, 11, 10));
        period.suspend(a.director, id, new AwardPeriodRequest(null, null, "等待工伤认定结论", null, null, null));
        assertThat(timers(pid, ArbitrationProcess.TIMER_AWARD_BREACH))
                .singleElement()
                .satisfies(j -> assertThat(j.isSuspended()).as("paused").isTrue());

        ArbitrationScenarios.at(LocalDate.of(2026, 11, 17));
        period.resume(a.director, id, new AwardPeriodRequest(null, null, null, null, null, null));

        // 7 days suspended: Thursday 12-17 → Thursday 12-24
        assertThat(records.get(a.director, id).awardPeriod().dueDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        Job job = timers(pid, ArbitrationProcess.TIMER_AWARD_BREACH).get(0);
        assertThat(job.isSuspended()).isFalse();
        assertThat(job.getDuedate().toInstant()).isEqualTo(breach.plus(java.time.Duration.ofDays(7)));
        assertThat(timerDue(pid, ArbitrationProcess.TIMER_AWARD_REMINDER)).isEqualTo(beijing(2026, 12, 23, 9));
    }

    @Test
    void theOneExtensionMovesTheAwardTimersAndASecondIsAConflict() {
        // accepted Monday 09-14: day 45 is Thursday 10-29; +15 days → Friday 11-13
        long id = scenarios.acceptOn(LocalDate.of(2026, 9, 14));
        String pid = scenarios.pid(id);
        assertThat(timerDue(pid, ArbitrationProcess.TIMER_AWARD_BREACH)).isEqualTo(beijing(2026, 10, 30, 0));
        ArbitrationScenarios.at(LocalDate.of(2026, 10, 20));

        period.extend(a.director, id, new AwardPeriodRequest(null, null, "案情复杂，需鉴定", 15, null, null));

        assertThat(timerDue(pid, ArbitrationProcess.TIMER_AWARD_BREACH)).isEqualTo(beijing(2026, 11, 14, 0));
        assertThat(timerDue(pid, ArbitrationProcess.TIMER_AWARD_REMINDER)).isEqualTo(beijing(2026, 11, 12, 9));
        assertThatThrownBy(() -> period.extend(a.director, id, new AwardPeriodRequest(null, null, "再延", 1, null, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("不能再次延长");
        assertThat(timerDue(pid, ArbitrationProcess.TIMER_AWARD_BREACH)).isEqualTo(beijing(2026, 11, 14, 0));
    }

    @Test
    void anAcceptedClaimChangeRestartsTheAwardTimers() {
        long id = scenarios.acceptOn(LocalDate.of(2026, 8, 17));
        String pid = scenarios.pid(id);
        ArbitrationScenarios.at(LocalDate.of(2026, 9, 1));
        changes.changeClaims(
                a.director,
                id,
                new ClaimChangeRequest(
                        null,
                        "申请人增加加班费请求",
                        List.of(
                                new RegisterApplicationRequest.Claim("WAGES", "18600.00", "支付工资"),
                                new RegisterApplicationRequest.Claim("OVERTIME", "3200.00", "支付加班费"))));
        // 45 days from 09-01 → Friday 10-16
        assertThat(timerDue(pid, ArbitrationProcess.TIMER_AWARD_BREACH)).isEqualTo(beijing(2026, 10, 17, 0));
    }

    @Test
    void aMergedCounterClaimRestartsTheAwardTimers() {
        long id = scenarios.acceptOn(LocalDate.of(2026, 8, 17));
        String pid = scenarios.pid(id);
        processes.runAsyncSteps(pid);
        ArbitrationScenarios.at(LocalDate.of(2026, 8, 18));
        preparation.recordService(a.clerk, id, new ServiceRecordRequest("2026-08-18"));
        ArbitrationScenarios.at(LocalDate.of(2026, 8, 25));
        changes.mergeCounterClaim(
                a.director,
                id,
                new CounterClaimRequest(
                        null, null, List.of(new RegisterApplicationRequest.Claim("OTHER", "5000.00", "申请人返还借支款"))));
        // 45 days from 08-25 → Friday 10-09
        assertThat(timerDue(pid, ArbitrationProcess.TIMER_AWARD_BREACH)).isEqualTo(beijing(2026, 10, 10, 0));
    }

    // ---- the ways a case ends ----

    @Test
    void aWithdrawalBeforeAcceptanceEndsAtWithdrawn() {
        RegisteredApplication r = scenarios.register(ACCEPTED.minusDays(3), ACCEPTED);
        String pid = scenarios.pid(r.id());

        endings.withdraw(a.director, r.id(), new AwardPeriodRequest(null, null, "双方已自行和解", null, null, null));

        assertEndedAt(pid, ArbitrationProcess.END_WITHDRAWN);
        assertThat(historicTaskEnded(pid, ArbitrationProcess.TASK_ACCEPTANCE_REVIEW))
                .isTrue();
        assertThat(queries.get(a.director, r.id()).status()).isEqualTo(ArbitrationStatus.WITHDRAWN);
        assertThatThrownBy(() -> review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aWithdrawalAfterAcceptanceEndsAtWithdrawnAndAnAbsentApplicantToo() {
        long id = scenarios.acceptOn(ACCEPTED);
        endings.withdraw(a.director, id, new AwardPeriodRequest(null, null, "双方已自行和解", null, null, null));
        assertEndedAt(scenarios.pid(id), ArbitrationProcess.END_WITHDRAWN);

        long absent = scenarios.acceptOn(ACCEPTED);
        scenarios.composeTribunal(absent);
        endings.withdraw(
                a.arbitrator1, absent, new AwardPeriodRequest(null, "ABSENT_APPLICANT", "开庭时未到庭", null, null, null));
        assertEndedAt(scenarios.pid(absent), ArbitrationProcess.END_WITHDRAWN);
        assertThat(variable(scenarios.pid(absent), ArbitrationProcess.OUTCOME)).isEqualTo("ABSENT_APPLICANT");
    }

    @Test
    void aMediationDocumentSignedByBothPartiesEndsAtMediated() {
        long id = scenarios.acceptOn(ACCEPTED);
        scenarios.composeTribunal(id);
        String pid = scenarios.pid(id);
        endings.issueMediation(a.arbitrator1, id, new MediationRequest("被申请人于2026年11月30日前支付工资18,600.00元", null, null));
        // the 调解书 has recipients: each side signs for it by its 送达回证 (typed receipts answer 409)
        signs(id, ArbitrationDocuments.APPLICANT);
        assertThat(processInstance(pid)).isNotEnded();

        signs(id, ArbitrationDocuments.RESPONDENT);

        assertEndedAt(pid, ArbitrationProcess.END_MEDIATED);
    }

    private void signs(long id, String role) {
        ArbitrationCaseView.Document mediation = queries.get(a.director, id).documents().stream()
                .filter(d -> d.typeName().equals("仲裁调解书"))
                .findFirst()
                .orElseThrow();
        java.time.ZonedDateTime now =
                cn.laborcase.support.TestClock.get().instant().atZone(BeijingTime.ZONE);
        mediation.services().stream()
                .filter(x -> x.role().equals(role))
                .forEach(x -> serviceRecords.record(
                        a.clerk,
                        id,
                        mediation.id(),
                        new cn.laborcase.documents.ServiceRecordRequest(
                                x.recipientId(),
                                cn.laborcase.documents.ServiceMethod.DIRECT,
                                now.toLocalDate(),
                                now.getHour(),
                                null,
                                x.recipient(),
                                "本人",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "书记员刘洋",
                                null),
                        null));
    }

    @Test
    void aFinalAwardEndsAtAwarded() {
        assertAwardEnds(List.of(item(0, "29880.00")), "FINAL");
    }

    @Test
    void aNonFinalAwardEndsAtAwarded() {
        assertAwardEnds(List.of(item(0, "29880.01")), "NON_FINAL");
    }

    @Test
    void aSplitAwardEndsAtAwardedOnce() {
        assertAwardEnds(List.of(item(0, "29880.00"), item(1, "36000.00")), "FINAL", "NON_FINAL");
    }

    // ---- the timers fire ----

    @Test
    void theAwardReminderTellsTheTribunalAndTheBreachTellsTheDirectorWhileTheCaseRuns() {
        long id = scenarios.acceptOn(ACCEPTED);
        scenarios.composeTribunal(id);
        String pid = scenarios.pid(id);

        processes.reachTimer(pid, ArbitrationProcess.TIMER_AWARD_REMINDER);

        for (CurrentUser member : List.of(a.arbitrator1, a.arbitrator2, a.arbitrator3)) {
            assertThat(notices(member, id))
                    .singleElement()
                    .asString()
                    .contains("仲裁案件")
                    .contains("第四十三条")
                    .contains("45日")
                    .contains("将于 2026-12-17 届满");
        }
        assertThat(notices(a.director, id)).isEmpty();

        processes.reachTimer(pid, ArbitrationProcess.TIMER_AWARD_BREACH);

        assertThat(notices(a.director, id)).singleElement().asString().contains("已于 2026-12-17 届满");
        assertThat(processInstance(pid))
                .as("non-interrupting: the case goes on")
                .isNotEnded();
        assertThat(activityEnded(pid, "EndEvent_AwardOverdueReported")).isTrue();
        processes.assertTimeline(ArbitrationCaseStore.ref(id)).contains("DEADLINE_REMINDED", "DEADLINE_OVERDUE");
    }

    @Test
    void theAcceptanceReminderAndBreachTellTheDirector() {
        RegisteredApplication r = scenarios.register(ACCEPTED.minusDays(3), ACCEPTED);
        String pid = scenarios.pid(r.id());

        processes.reachTimer(pid, ArbitrationProcess.TIMER_ACCEPTANCE_REMINDER);
        assertThat(notices(a.director, r.id()))
                .singleElement()
                .asString()
                .contains("将于 2026-11-06 届满")
                .contains("5个工作日");

        processes.reachTimer(pid, ArbitrationProcess.TIMER_ACCEPTANCE_BREACH);
        assertThat(notices(a.director, r.id())).hasSize(2).last().asString().contains("已于 2026-11-06 届满");
        assertThat(processInstance(pid)).isWaitingAt(ArbitrationProcess.TASK_ACCEPTANCE_REVIEW);
    }

    @Test
    void noAcceptanceReminderWhileTheApplicantIsAskedToSupplement() {
        RegisteredApplication r = scenarios.register(ACCEPTED.minusDays(3), ACCEPTED);
        String pid = scenarios.pid(r.id());
        review.requestSupplement(a.clerk, r.id(), new SupplementRequest(List.of("劳动合同")));

        processes.reachTimer(pid, ArbitrationProcess.TIMER_ACCEPTANCE_REMINDER);

        assertThat(notices(a.director, r.id())).isEmpty();
        assertThat(activityEnded(pid, "EndEvent_AcceptanceReminded"))
                .as("the timer did fire")
                .isTrue();
    }

    // ---- helpers ----

    private void assertAwardEnds(List<AwardRequest.Item> items, String... finalities) {
        String[] claims = items.size() == 1
                ? new String[] {ArbitrationFixtures.claim("WAGES", "40000.00", "支付工资")}
                : new String[] {
                    ArbitrationFixtures.claim("WAGES", "40000.00", "支付工资"),
                    ArbitrationFixtures.claim("SEVERANCE", "36000.00", "支付经济补偿")
                };
        long id = scenarios.acceptOn(ACCEPTED, claims);
        scenarios.composeTribunal(id);
        String pid = scenarios.pid(id);

        awards.award(a.arbitrator1, id, new AwardRequest(items, false));

        assertThat(records.get(a.director, id).awards())
                .extracting(AwardRecordView.Award::finality)
                .containsExactlyInAnyOrder(finalities);
        assertEndedAt(pid, ArbitrationProcess.END_AWARDED);
    }

    private void assertEndedAt(String pid, String endEvent) {
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(pid)
                        .singleResult()
                        .getEndTime())
                .as("the instance ended")
                .isNotNull();
        assertThat(activityEnded(pid, endEvent)).as("reached " + endEvent).isTrue();
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(pid)
                        .count())
                .as("no timer left")
                .isZero();
        for (String other : List.of(
                ArbitrationProcess.END_AWARDED,
                ArbitrationProcess.END_MEDIATED,
                ArbitrationProcess.END_WITHDRAWN,
                ArbitrationProcess.END_REFUSED,
                ArbitrationProcess.END_CLOSED)) {
            if (!other.equals(endEvent)) {
                assertThat(activityEnded(pid, other)).as("not " + other).isFalse();
            }
        }
    }

    private boolean activityEnded(String pid, String activityId) {
        return engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pid)
                        .activityId(activityId)
                        .finished()
                        .count()
                > 0;
    }

    private boolean historicTaskEnded(String pid, String key) {
        return engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(pid)
                        .taskDefinitionKey(key)
                        .finished()
                        .count()
                > 0;
    }

    private Object variable(String pid, String name) {
        return engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pid)
                .variableName(name)
                .singleResult()
                .getValue();
    }

    private List<Job> timers(String pid, String activityId) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pid)
                .activityId(activityId)
                .timers()
                .list();
    }

    private Instant timerDue(String pid, String activityId) {
        List<Job> jobs = timers(pid, activityId);
        assertThat(jobs).as("one timer at " + activityId).hasSize(1);
        return jobs.get(0).getDuedate().toInstant();
    }

    private static Instant beijing(int year, int month, int day, int hour) {
        return OffsetDateTime.of(year, month, day, hour, 0, 0, 0, ZoneOffset.ofHours(8))
                .toInstant();
    }

    private List<String> notices(CurrentUser user, long id) {
        return jdbc.queryForList(
                "select title from staff_notice where username = ? and link = ? order by created_at, id",
                String.class,
                user.username(),
                "/arbitration/cases/" + id);
    }

    private org.camunda.bpm.engine.runtime.ProcessInstance processInstance(String pid) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(pid)
                .singleResult();
    }

    private TaskView task(String pid, String key) {
        return inbox.openTasks(pid).stream()
                .filter(t -> t.taskDefinitionKey().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open task " + key));
    }

    private static AwardRequest.Item item(int position, String amount) {
        return new AwardRequest.Item(position, "AWARDED", amount, "证据充分");
    }

    private static AwardRequest award(AwardRequest.Item... items) {
        return new AwardRequest(List.of(items), false);
    }
}
