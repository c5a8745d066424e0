package cn.laborcase.mediation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.ServiceMethod;
import cn.laborcase.documents.ServiceRecordRequest;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.mediation.AgreementRequest;
import cn.laborcase.mediation.ArbitrationPrefill;
import cn.laborcase.mediation.ClaimRequest;
import cn.laborcase.mediation.ConfirmationRequest;
import cn.laborcase.mediation.CorrectionRequest;
import cn.laborcase.mediation.MediationCaseView;
import cn.laborcase.mediation.MediationCases;
import cn.laborcase.mediation.MediationFixtures;
import cn.laborcase.mediation.MediationQueries;
import cn.laborcase.mediation.MediationServiceRecords;
import cn.laborcase.mediation.MediationStatus;
import cn.laborcase.mediation.MediationWork;
import cn.laborcase.mediation.PartyRequest;
import cn.laborcase.mediation.RegisteredMediation;
import cn.laborcase.mediation.SessionRequest;
import cn.laborcase.mediation.TerminationRequest;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.CaseLinks;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * mediation.bpmn on the real engine, one test per end: agreement (调解协议书), termination (终止调解通知书), and the
 * timer at the end of the 15 calendar days (调解仲裁法 §14) → FAILED with the 调解不成告知书 and the mediator told. The
 * test moves the clock to the timer; nothing sleeps. PDFs are read back with PDFBox.
 */
@IntegrationTest
class MediationProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

    @Autowired
    MediationCases cases;

    @Autowired
    MediationWork work;

    @Autowired
    MediationQueries queries;

    @Autowired
    Deadlines deadlines;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Documents documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseLinks caseLinks;

    @Autowired
    MediationServiceRecords serviceRecords;

    @Autowired
    UserLookup users;

    Processes processes;
    MediationFixtures f;
    LocalDate today;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, caseTimeline).start();
        f = new MediationFixtures(jdbc, users);
        today = TestClock.get().today();
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    @Test
    void anAgreementIssuesTheAgreementSignedByBothPartiesAndTheMediator() throws Exception {
        RegisteredMediation r = cases.register(f.mediator, null, MediationFixtures.request(today));
        ProcessInstance instance = instance(r);
        BpmnAwareTests.assertThat(instance).isWaitingAt(MediationProcess.TASK_MEDIATE);
        assertThat(r.dueDate())
                .isEqualTo(calendar.dueDate(today, 15, PeriodUnit.CALENDAR_DAYS).dueDate());

        work.recordSession(f.mediator, r.id(), new SessionRequest(today, "调解室一", "王小明、被申请人代理人李四", "双方同意分期"));
        work.recordAgreement(
                f.mediator,
                r.id(),
                new AgreementRequest(
                        today,
                        List.of(new ClaimRequest("WAGES", new BigDecimal("10000.00"), null)),
                        "被申请人于十日内一次性支付工资10000元。"));
        processes.runAsyncSteps(instance.getId());

        BpmnAwareTests.assertThat(instance)
                .hasPassed(
                        MediationProcess.EVENT_AGREED,
                        MediationProcess.TASK_ISSUE_AGREEMENT,
                        MediationProcess.END_AGREED)
                .isEnded();
        assertThat(status(r)).isEqualTo("AGREED");
        String pdf = pdfText(r, "MEDIATION_AGREEMENT");
        assertThat(pdf)
                .contains("调解协议书", r.number(), "王小明", "示范市某建筑劳务有限公司", "追索劳动报酬10,000.00元")
                .contains("申请人（签名）", "被申请人（盖章）", "调解员（签名）", "调解员甲");
        assertThat(deadlines.get(new DeadlineId(deadlineId(r))).closedOn()).isEqualTo(today);
        processes
                .assertTimeline(MediationCases.ref(r.id()))
                .containsSubsequence("REGISTERED", "SESSION", "AGREED", "DOCUMENT_ISSUED");

        // the joint application for the committee's review, within 15 days of the agreement
        LocalDate last = calendar.dueDate(today, 15, PeriodUnit.CALENDAR_DAYS).dueDate();
        work.requestConfirmation(f.mediator, r.id(), new ConfirmationRequest(today, "双方到场共同申请"));
        assertThat(status(r)).isEqualTo("CONFIRMATION_REQUESTED");
        assertThatThrownBy(() -> work.requestConfirmation(f.mediator, r.id(), new ConfirmationRequest(today, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已申请仲裁审查");
        assertThat(last).isAfterOrEqualTo(today.plusDays(15));
    }

    @Test
    void theMediatorsInboxHoldsTheCaseUntilTheAgreementEndsIt() {
        RegisteredMediation r = cases.register(f.mediator, null, MediationFixtures.request(today));
        ProcessInstance instance = instance(r);

        TaskView task = inbox.openTasks(instance.getId()).stream()
                .filter(t -> t.taskDefinitionKey().equals(MediationProcess.TASK_MEDIATE))
                .findFirst()
                .orElseThrow();
        assertThat(task.name()).contains("调解", r.number(), "王小明", "示范市某建筑劳务有限公司");
        assertThat(task.assignee()).isEqualTo(f.mediator.username());
        // due at the end of the 15th day, Beijing time
        assertThat(task.dueAt()).isEqualTo(BeijingTime.endOf(r.dueDate()));
        assertThat(caseLinks.number(task)).isEqualTo(r.number());
        assertThat(caseLinks.of(task)).isEqualTo("/mediation/cases/" + r.id());
        assertThat(caseLinks.summary(task, f.mediator)).isNotNull();
        // another mediator of the office does not see the case: no summary on a task page
        assertThat(caseLinks.summary(task, f.colleague)).isNull();
        assertThat(queries.get(f.mediator, r.id()).openTasks()).hasSize(1);

        // not completed from the inbox: the task page offers no 办结 (claim/transfer stay), and a direct call is refused
        assertThat(inbox.detail(f.mediator, task.id()).actions())
                .doesNotContain(cn.laborcase.workflow.TaskAction.COMPLETE)
                .contains(cn.laborcase.workflow.TaskAction.TRANSFER);
        assertThatThrownBy(() -> processes.complete(f.mediator, task.id(), "办结", java.util.Map.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("案件页");
        assertThat(inbox.openTasks(instance.getId())).hasSize(1);

        work.recordAgreement(
                f.mediator,
                r.id(),
                new AgreementRequest(
                        today,
                        List.of(new ClaimRequest("WAGES", new BigDecimal("10000.00"), null)),
                        "被申请人于十日内一次性支付工资10000元。"));
        assertThat(inbox.openTasks(instance.getId())).isEmpty();
        assertThat(queries.get(f.mediator, r.id()).openTasks()).isEmpty();
        processes.runAsyncSteps(instance.getId());
        BpmnAwareTests.assertThat(instance)
                .hasPassed(MediationProcess.EVENT_AGREED)
                .isEnded();
    }

    @Test
    void remindsTheMediatorThreeDaysBeforeTheFifteenthDayAndKeepsTheTaskOpen() {
        RegisteredMediation r = cases.register(f.mediator, null, MediationFixtures.request(today));
        ProcessInstance instance = instance(r);
        Job reminder = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(MediationProcess.TIMER_REMINDER)
                .timers()
                .singleResult();
        assertThat(reminder.getDuedate().toInstant())
                .isEqualTo(BeijingTime.at(r.dueDate().minusDays(3), LocalTime.of(8, 0)));
        assertThat(notices(r, "调解即将到期")).isZero();

        processes.reachTimer(instance.getId(), MediationProcess.TIMER_REMINDER);

        assertThat(notices(r, "调解即将到期")).isEqualTo(1);
        BpmnAwareTests.assertThat(instance)
                .hasPassed(MediationProcess.TASK_REMIND_MEDIATOR, MediationProcess.END_REMINDED)
                .isWaitingAt(MediationProcess.TASK_MEDIATE);
        assertThat(status(r)).isEqualTo("REGISTERED");

        // the 15 days then end the task and the case
        processes.reachTimer(instance.getId(), MediationProcess.TIMER_DUE);
        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(inbox.openTasks(instance.getId())).isEmpty();
        assertThat(status(r)).isEqualTo("FAILED");
    }

    @Test
    void theMediatorRecordsTheServiceOfTheTerminationNoticeOnEachParty() {
        RegisteredMediation r = cases.register(f.mediator, null, MediationFixtures.request(today));
        RegisteredMediation other = cases.register(f.mediator, null, MediationFixtures.request(today));
        work.terminate(f.mediator, r.id(), new TerminationRequest(today, "被申请人明确表示不同意调解"));
        work.terminate(f.mediator, other.id(), new TerminationRequest(today, "申请人撤回申请"));
        processes.runAsyncSteps(instance(r).getId());
        processes.runAsyncSteps(instance(other).getId());
        processes.advance(java.time.Duration.ofDays(1));
        LocalDate servedOn = today.plusDays(1);

        MediationCaseView.Document notice =
                queries.get(f.mediator, r.id()).documents().get(0);
        assertThat(notice.services())
                .extracting(MediationCaseView.Service::recipient)
                .containsExactly("王小明", "示范市某建筑劳务有限公司");
        assertThat(notice.services()).allSatisfy(s -> assertThat(s.servedOn()).isNull());
        MediationCaseView.Service applicant = notice.services().get(0);
        ServiceRecordRequest direct = new ServiceRecordRequest(
                applicant.recipientId(),
                ServiceMethod.DIRECT,
                servedOn,
                0,
                "调解室一",
                "王小明",
                "本人",
                null,
                null,
                null,
                null,
                null,
                "调解员甲",
                null);

        // hostile or missing input: every field named
        assertThatThrownBy(() -> serviceRecords.record(
                        f.mediator,
                        r.id(),
                        notice.id(),
                        new ServiceRecordRequest(
                                applicant.recipientId(),
                                null,
                                null,
                                null,
                                null,
                                "王小明\u0007",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "\u0000",
                                null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(cn.laborcase.shared.FieldProblem::field)
                        .contains("receiverName", "server"));
        assertThatThrownBy(() -> serviceRecords.record(
                        f.mediator,
                        r.id(),
                        notice.id(),
                        new ServiceRecordRequest(
                                applicant.recipientId(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(cn.laborcase.shared.FieldProblem::field)
                        .contains("method", "servedOn", "server"));
        // another mediator of the office does not see the case; the director may see it but not act
        assertThatThrownBy(() -> serviceRecords.record(f.colleague, r.id(), notice.id(), direct))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> serviceRecords.record(f.leader, r.id(), notice.id(), direct))
                .isInstanceOf(ForbiddenException.class);
        // a document of another case is not this case's
        long otherNotice =
                queries.get(f.mediator, other.id()).documents().get(0).id();
        assertThatThrownBy(() -> serviceRecords.record(f.mediator, r.id(), otherNotice, direct))
                .isInstanceOf(NotFoundException.class);

        serviceRecords.record(f.mediator, r.id(), notice.id(), direct);

        MediationCaseView.Service served =
                queries.get(f.mediator, r.id()).documents().get(0).services().get(0);
        assertThat(served.servedOn()).isEqualTo(servedOn);
        assertThat(served.method()).isEqualTo("直接送达");
        assertThat(served.receiptNumber()).isNotBlank();
        assertThatThrownBy(() -> serviceRecords.record(f.mediator, r.id(), notice.id(), direct))
                .isInstanceOf(ConflictException.class);
        processes.assertTimeline(MediationCases.ref(r.id())).contains("DOCUMENT_SERVED");
    }

    @Test
    void theMediatorCorrectsPartiesAndClaimsWhileMediatingAndTwoCorrectionsAtOnceLetOneWin() throws Exception {
        RegisteredMediation r = cases.register(f.mediator, null, MediationFixtures.request(today));
        MediationCaseView read = queries.get(f.mediator, r.id());
        List<PartyRequest> applicants = List.of(
                new PartyRequest("王小明", IntakeFixtures.idNumber(), "13900002222", "示范市东湖区滨江路20号"),
                new PartyRequest("李小红", IntakeFixtures.idNumber(), null, null));
        List<ClaimRequest> claims = List.of(new ClaimRequest("WAGES", new BigDecimal("15000.00"), "2026年8月至11月工资"));

        // hostile input: each field named; others: 404 / 403
        assertThatThrownBy(() -> cases.correct(
                        f.mediator,
                        r.id(),
                        new CorrectionRequest(
                                null,
                                List.of(new PartyRequest("王\u0000", "123", "12", null)),
                                List.of(new ClaimRequest("NONSENSE", new BigDecimal("-1"), null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(cn.laborcase.shared.FieldProblem::field)
                        .contains("version", "applicants[0].name", "applicants[0].idNumber", "claims[0].type"));
        CorrectionRequest correction = new CorrectionRequest(read.version(), applicants, claims);
        assertThatThrownBy(() -> cases.correct(f.colleague, r.id(), correction)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.correct(f.leader, r.id(), correction)).isInstanceOf(ForbiddenException.class);

        // two corrections against the same version at the same moment: one wins, the other is a 409
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.Callable<String> attempt = () -> {
            go.await();
            try {
                cases.correct(f.mediator, r.id(), correction);
                return "ok";
            } catch (ConflictException e) {
                return "409";
            }
        };
        var first = pool.submit(attempt);
        var second = pool.submit(attempt);
        go.countDown();
        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder("ok", "409");
        pool.shutdown();

        MediationCaseView corrected = queries.get(f.mediator, r.id());
        assertThat(corrected.version()).isGreaterThan(read.version());
        assertThat(corrected.applicants()).extracting(p -> p.name()).containsExactly("王小明", "李小红");
        assertThat(corrected.applicants().get(0).phone()).contains("*").endsWith("2222");
        assertThat(corrected.claims()).singleElement().satisfies(c -> assertThat(c.amount())
                .isEqualByComparingTo("15000.00"));
        processes.assertTimeline(MediationCases.ref(r.id())).contains("CORRECTED");

        // after mediation ended: no correction
        work.terminate(f.mediator, r.id(), new TerminationRequest(today, "申请人撤回申请"));
        assertThatThrownBy(() -> cases.correct(
                        f.mediator, r.id(), new CorrectionRequest(corrected.version(), applicants, claims)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("终止调解");
    }

    private int notices(RegisteredMediation r, String word) {
        return jdbc.queryForObject(
                "select count(*) from staff_notice where username = ? and title like ? and title like ?",
                Integer.class,
                f.mediator.username(),
                "%" + r.number() + "%",
                "%" + word + "%");
    }

    @Test
    void aTerminationIssuesTheTerminationNotice() throws Exception {
        RegisteredMediation r = cases.register(f.mediator, null, MediationFixtures.request(today));
        ProcessInstance instance = instance(r);

        work.terminate(f.mediator, r.id(), new TerminationRequest(today, "被申请人明确表示不同意调解"));
        processes.runAsyncSteps(instance.getId());

        BpmnAwareTests.assertThat(instance)
                .hasPassed(MediationProcess.EVENT_TERMINATED, MediationProcess.TASK_ISSUE_TERMINATION)
                .hasPassed(MediationProcess.END_TERMINATED)
                .isEnded();
        assertThat(status(r)).isEqualTo("TERMINATED");
        assertThat(pdfText(r, "MEDIATION_TERMINATION")).contains("终止调解通知书", "被申请人明确表示不同意调解", "可以依法申请仲裁");
        assertThatThrownBy(() -> work.recordSession(f.mediator, r.id(), new SessionRequest(today, "调解室", "双方", null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(r.number())
                .hasMessageContaining("终止调解");
    }

    @Test
    void noAgreementWithinFifteenDaysFailsTheMediationAtTheTimerAndTellsTheMediator() throws Exception {
        RegisteredMediation r = cases.register(f.mediator, null, MediationFixtures.request(today));
        ProcessInstance instance = instance(r);
        Job timer = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(MediationProcess.TIMER_DUE)
                .timers()
                .singleResult();
        // the first instant after the due day, Beijing time
        assertThat(timer.getDuedate().toInstant())
                .isEqualTo(BeijingTime.startOf(r.dueDate().plusDays(1)));

        processes.reachTimer(instance.getId(), MediationProcess.TIMER_DUE);

        BpmnAwareTests.assertThat(instance)
                .hasPassed(
                        MediationProcess.TIMER_DUE,
                        MediationProcess.TASK_RECORD_FAILURE,
                        MediationProcess.TASK_ISSUE_FAILURE_NOTICE,
                        MediationProcess.END_FAILED)
                .isEnded();
        assertThat(status(r)).isEqualTo("FAILED");
        assertThat(pdfText(r, "MEDIATION_FAILURE")).contains("调解不成告知书", "十五日内", "可以依法申请仲裁", "第十五条");
        assertThat(jdbc.queryForObject(
                        "select count(*) from staff_notice where username = ? and title like ?",
                        Integer.class,
                        f.mediator.username(),
                        "%" + r.number() + "%"))
                .isEqualTo(1);

        ArbitrationPrefill prefill = cases.arbitrationPrefill(r.id());
        assertThat(prefill.mediationNumber()).isEqualTo(r.number());
        assertThat(prefill.status()).isEqualTo(MediationStatus.FAILED);
        assertThat(prefill.endedOn()).isEqualTo(r.dueDate());
        assertThat(prefill.applicants()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("王小明");
            assertThat(a.idNumber()).hasSize(18);
            assertThat(a.phone()).isEqualTo("13900001111");
        });
        assertThat(prefill.respondent().creditCode()).isEqualTo(MediationFixtures.CREDIT_CODE);
        assertThat(prefill.claims())
                .extracting(c -> c.type().name() + " " + c.amount())
                .containsExactly("WAGES 12000.00", "SEVERANCE 6000.00");
    }

    @Test
    void nothingIsRecordedAfterTheFailureAndOnlyTheCasesMediatorActs() {
        RegisteredMediation r = cases.register(f.mediator, null, MediationFixtures.request(today.minusDays(20)));
        ProcessInstance instance = instance(r);
        processes.fireDueTimers(instance.getId());

        assertThat(status(r)).isEqualTo("FAILED");
        assertThatThrownBy(() -> work.recordAgreement(
                        f.mediator,
                        r.id(),
                        new AgreementRequest(today, List.of(new ClaimRequest("WAGES", BigDecimal.ONE, null)), "付款")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("逾期未达成协议");
        // another mediator does not see the case; the office's leader sees it but is not its mediator
        assertThatThrownBy(() -> work.recordAgreement(f.colleague, r.id(), new AgreementRequest(null, List.of(), null)))
                .isInstanceOf(cn.laborcase.shared.NotFoundException.class);
        assertThatThrownBy(() -> work.recordAgreement(f.leader, r.id(), new AgreementRequest(null, List.of(), null)))
                .isInstanceOf(cn.laborcase.shared.ForbiddenException.class);
        assertThatThrownBy(() -> work.recordSession(f.mediator, r.id(), new SessionRequest(null, null, null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aJointApplicationForReviewMoreThanFifteenDaysAfterTheAgreementIsRefusedNamingTheLastDay() {
        RegisteredMediation r = cases.register(f.mediator, null, MediationFixtures.request(today.minusDays(30)));
        LocalDate signedOn = today.minusDays(20);
        work.recordAgreement(
                f.mediator,
                r.id(),
                new AgreementRequest(
                        signedOn, List.of(new ClaimRequest("WAGES", new BigDecimal("500"), null)), "当场付清"));
        LocalDate last =
                calendar.dueDate(signedOn, 15, PeriodUnit.CALENDAR_DAYS).dueDate();

        assertThatThrownBy(() -> work.requestConfirmation(f.mediator, r.id(), new ConfirmationRequest(today, null)))
                .isInstanceOfSatisfying(
                        cn.laborcase.shared.InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("appliedOn");
                            assertThat(p.message()).contains("十五日内", last.toString());
                        }));
        assertThat(status(r)).isEqualTo("AGREED");
        assertThatThrownBy(() -> work.terminate(f.mediator, r.id(), new TerminationRequest(today, "x")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("达成协议");
    }

    private ProcessInstance instance(RegisteredMediation r) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(MediationCases.ref(r.id()).key())
                .singleResult();
    }

    private String status(RegisteredMediation r) {
        return jdbc.queryForObject("select status from mediation_case where id = ?", String.class, r.id());
    }

    private long deadlineId(RegisteredMediation r) {
        return jdbc.queryForObject("select deadline_id from mediation_case where id = ?", Long.class, r.id());
    }

    private String pdfText(RegisteredMediation r, String type) throws Exception {
        long id = jdbc.queryForObject(
                "select max(id) from document where case_type = 'MEDIATION' and case_id = ? and type_code = ?",
                Long.class,
                String.valueOf(r.id()),
                type);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                org.apache.pdfbox.Loader.loadPDF(documents.pdf(id).content())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }
}
