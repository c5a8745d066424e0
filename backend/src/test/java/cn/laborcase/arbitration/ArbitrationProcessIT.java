package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.laborcase.arbitration.process.ArbitrationProcess;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each path of arbitration.bpmn with the engine clock moved (no sleeping): acceptance, service, the answer period's
 * timer and the tribunal up to 安排开庭; refusal; 补正 restarting the acceptance clock; sole and collective tribunals;
 * the award deadline on the 2026 calendar.
 */
@IntegrationTest
class ArbitrationProcessIT {

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
    void anAcceptedCaseIsServedComposedAndWaitsForItsHearing() throws Exception {
        RegisteredApplication r = register(1);
        ArbitrationCaseView view = queries.get(a.clerk, r.id());
        String pid = pid(r.id());
        assertThat(processInstance(pid)).isWaitingAt(ArbitrationProcess.TASK_ACCEPTANCE_REVIEW);
        assertThat(task(pid, ArbitrationProcess.TASK_ACCEPTANCE_REVIEW).dueAt())
                .as("the task follows the acceptance deadline")
                .isNotNull();

        review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null));

        view = queries.get(a.director, r.id());
        LocalDate today = TestClock.get().today();
        assertThat(view.status()).isEqualTo(ArbitrationStatus.ACCEPTED);
        assertThat(view.caseNumber()).matches("示劳人仲案字〔" + today.getYear() + "〕第\\d+号");
        ArbitrationCaseView.Deadline award = deadline(view, "ARBITRATION_AWARD");
        assertThat(award.dueDate()).isBetween(today.plusDays(45), today.plusDays(60));
        assertThat(award.legalBasis()).contains("第四十三条");
        assertThat(deadline(view, "ARBITRATION_ACCEPTANCE").closedOn()).isEqualTo(today);
        String notice = text(view, "受理通知书");
        assertThat(notice)
                .contains(view.caseNumber())
                .contains(chinese(award.dueDate()))
                .contains("四十五日");

        processes.runAsyncSteps(pid);
        assertThat(processInstance(pid))
                .isWaitingAt(ArbitrationProcess.TASK_RECORD_SERVICE, ArbitrationProcess.TASK_COMPOSE_TRIBUNAL);
        assertThat(text(queries.get(a.director, r.id()), "应诉通知书"))
                .contains(view.caseNumber())
                .contains("十日内");

        preparation.recordService(a.clerk, r.id(), new ServiceRecordRequest(today.toString()));
        view = queries.get(a.director, r.id());
        assertThat(view.respondentServedOn()).isEqualTo(today);
        ArbitrationCaseView.Deadline answer = deadline(view, "ARBITRATION_ANSWER");
        assertThat(answer.start()).isEqualTo(today);
        assertThat(answer.dueDate()).as("10 working days").isAfterOrEqualTo(today.plusDays(12));

        preparation.composeTribunal(
                a.director,
                r.id(),
                new TribunalRequest(
                        "THREE", a.arbitrator1.username(), a.arbitrator2.username(), a.arbitrator3.username(), null));
        view = queries.get(a.arbitrator1, r.id());
        assertThat(view.status()).isEqualTo(ArbitrationStatus.TRIBUNAL_COMPOSED);
        assertThat(view.tribunal().members())
                .extracting(ArbitrationCaseView.Member::roleLabel)
                .containsExactly("首席仲裁员", "仲裁员", "仲裁员");
        assertThat(text(view, "仲裁庭组成通知书")).contains("首席仲裁员").contains(chinese(award.dueDate()));
        assertThat(processInstance(pid)).isWaitingAt(ArbitrationProcess.TIMER_ANSWER_PERIOD);

        processes.reachTimer(pid, ArbitrationProcess.TIMER_ANSWER_PERIOD);

        assertThat(processInstance(pid)).isWaitingAt(ArbitrationProcess.TASK_SCHEDULE_HEARING);
        TaskView schedule = task(pid, ArbitrationProcess.TASK_SCHEDULE_HEARING);
        assertThat(schedule.name()).isEqualTo("安排开庭");
        assertThat(inbox.canWork(a.hearingClerk, schedule)).isTrue();
        assertThat(queries.get(a.director, r.id()).hearings()).isEmpty();
        processes
                .assertTimeline(ArbitrationCaseStore.ref(r.id()))
                .containsExactly(
                        "REGISTERED",
                        "ACCEPTED",
                        "ANSWER_NOTICE_ISSUED",
                        "RESPONDENT_SERVED",
                        "TRIBUNAL_COMPOSED",
                        "ANSWER_PERIOD_ENDED",
                        "AWAITING_HEARING");
        assertThat(queries.list(a.director, a.arbitrator1.username(), null))
                .singleElement()
                .satisfies(i -> assertThat(i.awaitingHearing()).isTrue());
    }

    @Test
    void aRefusalStatesItsReasonsAndTheRightToSue() throws Exception {
        RegisteredApplication r = register(1);
        assertThatThrownBy(() -> review.decide(a.director, r.id(), new AcceptanceDecision("REFUSE", " ")))
                .isInstanceOf(InvalidInputException.class);

        review.decide(a.director, r.id(), new AcceptanceDecision("REFUSE", "申请人请求的事项不属于劳动人事争议。"));

        ArbitrationCaseView view = queries.get(a.director, r.id());
        assertThat(view.status()).isEqualTo(ArbitrationStatus.REFUSED);
        assertThat(view.caseNumber()).isNull();
        assertThat(text(view, "不予受理通知书")).contains("不属于劳动人事争议").contains("向人民法院提起诉讼");
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pid(r.id()))
                        .activityId(ArbitrationProcess.END_REFUSED)
                        .count())
                .isEqualTo(1);
        assertThatThrownBy(() -> review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("不予受理");
    }

    @Test
    void aSupplementRestartsTheAcceptanceClockFromTheDayTheMaterialWasCompleted() throws Exception {
        RegisteredApplication r = register(1);
        LocalDate firstDue = r.acceptanceDueDate();

        review.requestSupplement(a.clerk, r.id(), new SupplementRequest(List.of("申请人身份证复印件", "劳动合同或工资条")));
        ArbitrationCaseView view = queries.get(a.clerk, r.id());
        assertThat(view.status()).isEqualTo(ArbitrationStatus.AWAITING_SUPPLEMENT);
        assertThat(text(view, "补正通知书")).contains("1.申请人身份证复印件").contains("2.劳动合同或工资条");
        assertThatThrownBy(() -> review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("待补正");

        processes.advance(Duration.ofDays(3));
        LocalDate completed = TestClock.get().today();
        review.completeSupplement(a.clerk, r.id(), new SupplementCompletion(completed.toString()));

        view = queries.get(a.clerk, r.id());
        ArbitrationCaseView.Deadline acceptance = deadline(view, "ARBITRATION_ACCEPTANCE");
        assertThat(acceptance.restartedOn()).isEqualTo(completed);
        assertThat(acceptance.start()).isEqualTo(completed);
        assertThat(acceptance.dueDate()).isAfter(firstDue);
        assertThat(task(pid(r.id()), ArbitrationProcess.TASK_ACCEPTANCE_REVIEW).dueAt())
                .isEqualTo(cn.laborcase.shared.BeijingTime.endOf(acceptance.dueDate()));
        assertThat(view.status()).isEqualTo(ArbitrationStatus.RECEIVED);
    }

    @Test
    void aSimpleCaseMayHaveASoleArbitratorButACollectiveCaseAlwaysHasThree() {
        RegisteredApplication collective = register(10);
        review.decide(a.director, collective.id(), new AcceptanceDecision("ACCEPT", null));
        assertThatThrownBy(() -> preparation.composeTribunal(
                        a.director,
                        collective.id(),
                        new TribunalRequest("SOLE", null, null, null, a.arbitrator1.username())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("填写有误");
        assertThatThrownBy(() -> preparation.composeTribunal(
                        a.director,
                        collective.id(),
                        new TribunalRequest(
                                "THREE",
                                a.arbitrator1.username(),
                                a.arbitrator1.username(),
                                a.arbitrator2.username(),
                                null)))
                .isInstanceOf(InvalidInputException.class);

        RegisteredApplication simple = register(1);
        review.decide(a.director, simple.id(), new AcceptanceDecision("ACCEPT", null));
        preparation.composeTribunal(
                a.director, simple.id(), new TribunalRequest("SOLE", null, null, null, a.arbitrator2.username()));
        ArbitrationCaseView view = queries.get(a.arbitrator2, simple.id());
        assertThat(view.tribunal().modeLabel()).isEqualTo("独任仲裁");
        assertThat(view.tribunal().members()).singleElement().satisfies(m -> assertThat(m.roleLabel())
                .isEqualTo("独任仲裁员"));
    }

    @Test
    void anAwardDeadlineWhose45thDayFallsInTheNationalDayBlockRollsToTheNextWorkingDay() {
        // accepted Monday 2026-08-17: day 45 is 2026-10-01, 国庆节 (off 10-01 … 10-07) → Thursday 2026-10-08
        TestClock.get()
                .set(OffsetDateTime.of(2026, 8, 17, 10, 0, 0, 0, ZoneOffset.ofHours(8))
                        .toInstant());
        RegisteredApplication r = registration.register(a.clerk, request("2026-08-14T09:00:00+08:00", 1), null);
        assertThat(r.acceptanceDueDate()).as("5 working days from Friday 08-14").isEqualTo(LocalDate.of(2026, 8, 21));

        review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null));

        ArbitrationCaseView.Deadline award = deadline(queries.get(a.director, r.id()), "ARBITRATION_AWARD");
        assertThat(award.start()).isEqualTo(LocalDate.of(2026, 8, 17));
        assertThat(award.dueDate()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(award.explanation()).contains("2026-10-08");
    }

    private RegisteredApplication register(int applicants) {
        String at = OffsetDateTime.ofInstant(TestClock.get().instant().minusSeconds(60), ZoneOffset.ofHours(8))
                .toString();
        return registration.register(a.clerk, request(at, applicants), null);
    }

    private RegisterApplicationRequest request(String receivedAt, int applicants) {
        try {
            return json.readValue(
                    ArbitrationFixtures.application(
                            receivedAt, applicants, ArbitrationFixtures.claim("WAGES", "18600.00", "支付2026年8月至10月工资")),
                    RegisterApplicationRequest.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String pid(long id) {
        return jdbc.queryForObject("select process_instance_id from arbitration_case where id = ?", String.class, id);
    }

    private ProcessInstance processInstance(String pid) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(pid)
                .singleResult();
    }

    private TaskView task(String pid, String key) {
        return inbox.openTasks(pid).stream()
                .filter(t -> t.taskDefinitionKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static ArbitrationCaseView.Deadline deadline(ArbitrationCaseView view, String rule) {
        return view.deadlines().stream()
                .filter(d -> d.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    private String text(ArbitrationCaseView view, String typeName) throws Exception {
        ArbitrationCaseView.Document d = view.documents().stream()
                .filter(x -> x.typeName().equals(typeName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + typeName + " in " + view.documents()));
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(d.id()).content())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf).replaceAll("\\s+", "");
        }
    }

    private static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
