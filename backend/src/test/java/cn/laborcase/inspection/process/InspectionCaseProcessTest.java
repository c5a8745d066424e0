package cn.laborcase.inspection.process;

import static cn.laborcase.inspection.process.InspectionCaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.inspection.InspectionCase;
import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.inspection.InspectionFixtures;
import cn.laborcase.inspection.InspectionStatus;
import cn.laborcase.inspection.InspectionStep;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.TaskInbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * inspection-case on the real engine, one test per path and per timer: a patrol finding with 立案 approval (and
 * refusal), two inspectors and their 回避 declarations, the two-person investigation, each outcome (责令改正 corrected
 * and not, 行政处理决定 paid and not with 加付赔偿金, 行政处罚 with the waiting period or a hearing, 撤销立案, 移送,
 * 涉嫌犯罪移送), 结案审批; the reminder and the breach; the data scope of the tasks. Time moves with {@link Processes}.
 */
@IntegrationTest
class InspectionCaseProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

    @Autowired
    InspectionCases cases;

    @Autowired
    Deadlines deadlines;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    cn.laborcase.documents.Documents documentService;

    @Autowired
    UserLookup users;

    @Autowired
    cn.laborcase.inspection.InspectionDrafts drafts;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

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
    void aPatrolFindingWaitsForTheLeadersFilingApprovalTheDayOfApprovalIsTheDayOfFiling() throws Exception {
        long id = cases.openFromFinding(x.finding());
        InspectionCase c = cases.get(id);
        assertThat(c.status()).isEqualTo(InspectionStatus.FILING_PENDING);
        assertThat(c.filedOn()).isNull();
        assertThat(c.number()).contains("劳监案〔").endsWith("号");
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(APPROVE_FILING);
        // an inspector cannot approve 立案; a leader of another office does not even see the task
        assertThatThrownBy(() -> complete(f.inspector, c, APPROVE_FILING, Map.of(FILING_DECISION, "APPROVE")))
                .isInstanceOf(ForbiddenException.class);
        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        assertThatThrownBy(() -> complete(other.leader, c, APPROVE_FILING, Map.of(FILING_DECISION, "APPROVE")))
                .isInstanceOf(NotFoundException.class);

        processes.advance(Duration.ofDays(2));
        complete(f.leader, c, APPROVE_FILING, Map.of(FILING_DECISION, "APPROVE"));

        InspectionCase filed = cases.get(id);
        LocalDate today = TestClock.get().today();
        assertThat(filed.status()).isEqualTo(InspectionStatus.INVESTIGATING);
        assertThat(filed.filedOn()).isEqualTo(today);
        DeadlineView deadline = deadlines.get(new DeadlineId(filed.deadlineId()));
        assertThat(deadline.ruleCode()).isEqualTo("INSPECTION_CASE");
        assertThat(deadline.legalBasis()).isEqualTo("《劳动保障监察条例》第十七条");
        assertThat(deadline.dueDate())
                .isEqualTo(calendar.dueDate(today, 60, PeriodUnit.WORKING_DAYS).dueDate())
                .isEqualTo(filed.dueDate());
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(ASSIGN_INSPECTORS);
        processes.assertTimeline(filed.ref()).containsExactly("OPENED", "FILED", "DOCUMENT_ISSUED");
        // the 立案审批表 is issued by the process after the approval: numbered, with the leader's opinion and name
        assertThat(forms(filed)).containsExactly("INSPECTION_FILING_APPROVAL");
        assertThat(pdfText(filed, "INSPECTION_FILING_APPROVAL"))
                .contains("立案审批表", filed.number(), "劳监立审字", "同意立案", f.leader.displayName(), "建议立案调查");
    }

    @Test
    void aRefusedFilingEndsTheCase() {
        long id = cases.openFromFinding(x.finding());
        assertThatThrownBy(() -> complete(f.leader, cases.get(id), APPROVE_FILING, Map.of(FILING_DECISION, "REFUSE")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("variables." + FILING_NOTE));
        complete(f.leader, cases.get(id), APPROVE_FILING, Map.of(FILING_DECISION, "REFUSE", FILING_NOTE, "线索不实"));
        assertThat(cases.get(id).status()).isEqualTo(InspectionStatus.FILING_REFUSED);
        assertPassed(cases.get(id), END_FILING_REFUSED);
    }

    @Test
    void aRedeliveredFindingOpensOneCase() {
        var finding = x.finding();
        long first = cases.openFromFinding(finding);
        assertThat(cases.openFromFinding(finding)).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select count(*) from inspection_case where origin = 'PATROL' and origin_id = ?",
                        Long.class,
                        finding.sourceId()))
                .isOne();
    }

    @Test
    void twoInspectorsDeclareNoConflictThenOneInvestigatesAndTheOtherConfirmsThenRectificationCorrectedCloses()
            throws Exception {
        InspectionCase c = filed();
        // 条例 §16: two at least
        assertThatThrownBy(
                        () -> complete(f.inspector, c, ASSIGN_INSPECTORS, Map.of(INSPECTORS, f.inspector.username())))
                .isInstanceOf(InvalidInputException.class);
        complete(
                f.inspector,
                c,
                ASSIGN_INSPECTORS,
                Map.of(INSPECTORS, f.inspector.username() + "，" + f.partner.username()));
        assertThat(cases.activeInspectors(c.id())).containsExactly(f.inspector.username(), f.partner.username());
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(DECLARE);
        // nobody investigates before both declared
        assertThatThrownBy(() -> cases.recordInvestigation(c.id(), investigation(), f.inspector.username()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("尚未作出回避声明");
        declare(c, f.inspector);
        declare(c, f.partner);
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(INVESTIGATE);

        LocalDate rectifyBy = TestClock.get().today().plusDays(10);
        complete(f.inspector, c, INVESTIGATE, investigate("RECTIFIED", Map.of(RECTIFY_BY, rectifyBy.toString())));
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(CONFIRM_INVESTIGATION);
        Task confirm = task(c, CONFIRM_INVESTIGATION);
        assertThat(confirm.getAssignee()).isEqualTo(f.partner.username());
        // one inspector alone cannot complete the investigation: the confirmation is the other's
        assertThatThrownBy(() -> completeTask(f.inspector, confirm.getId(), Map.of(CONFIRM_DECISION, "AGREE")))
                .isInstanceOf(DomainException.class);
        complete(f.partner, c, CONFIRM_INVESTIGATION, Map.of(CONFIRM_DECISION, "AGREE"));

        InspectionCase rectifying = cases.get(c.id());
        assertThat(rectifying.status()).isEqualTo(InspectionStatus.RECTIFYING);
        assertThat(rectifying.amountOwed()).isEqualByComparingTo("12000.00");
        assertThat(rectifying.workersAffected()).isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select name from inspection_case_worker where case_id = ? order by id", String.class, c.id()))
                .containsExactly("张三", "李四");
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(RECTIFICATION_TIMER);
        assertThat(documents(c)).containsExactly("INSPECTION_RECTIFICATION_ORDER");
        assertThat(pdfText(c, "INSPECTION_RECTIFICATION_ORDER")).contains("限期整改指令书", c.number(), "拖欠2名劳动者工资共12000元");
        processes.reachTimer(instance(c).getId(), RECTIFICATION_TIMER);
        assertThat(TestClock.get().today()).isAfterOrEqualTo(rectifyBy);
        complete(f.partner, c, RECHECK_RECTIFICATION, Map.of(CORRECTED, "YES", RECHECK_NOTE, "已补发工资"));
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.CLOSING_PENDING);

        String closing = task(c, APPROVE_CLOSING).getId();
        completeTask(f.leader, closing, Map.of(CLOSING_DECISION, "APPROVE"));
        // a completed task completed again: 409
        assertThatThrownBy(() -> completeTask(f.leader, closing, Map.of(CLOSING_DECISION, "APPROVE")))
                .isInstanceOf(ConflictException.class);

        InspectionCase closed = cases.get(c.id());
        assertThat(closed.status()).isEqualTo(InspectionStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(TestClock.get().today());
        assertThat(deadlines.get(new DeadlineId(closed.deadlineId())).closedOn())
                .isEqualTo(closed.closedOn());
        assertPassed(c, END_CLOSED);
        processes
                .assertTimeline(closed.ref())
                .containsSubsequence(
                        "OPENED",
                        "FILED",
                        "INSPECTORS_ASSIGNED",
                        "DECLARED",
                        "DECLARED",
                        "INVESTIGATED",
                        "INVESTIGATION_CONFIRMED",
                        "RECTIFICATION_ORDERED",
                        "RECHECKED",
                        "CLOSING_PROPOSED",
                        "CLOSED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'INSPECTION_CLOSED' and target_id = ?",
                        Long.class,
                        String.valueOf(c.id())))
                .isOne();
    }

    @Test
    void aPartysRecusalRequestIsDecidedByTheLeaderAndTheReplacementDeclaresBeforeTheInvestigation() {
        InspectionCase c = investigating();
        complete(
                f.inspector,
                c,
                INVESTIGATE,
                Map.of(ACTION, "RECUSAL", RECUSAL_OF, f.partner.username(), RECUSAL_REASON, "与用人单位负责人系亲属"));
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(DECIDE_RECUSAL);
        complete(f.leader, c, DECIDE_RECUSAL, Map.of(RECUSAL_DECISION, "GRANT", REPLACEMENT, x.third.username()));
        assertThat(cases.activeInspectors(c.id())).containsExactly(f.inspector.username(), x.third.username());
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(DECLARE);
        declare(c, x.third);
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(INVESTIGATE);
    }

    @Test
    void notCorrectedEscalatesToAHandlingDecisionUnpaidAddsCompensation() {
        InspectionCase c = investigated(
                "RECTIFIED",
                Map.of(RECTIFY_BY, TestClock.get().today().plusDays(5).toString()));
        processes.reachTimer(instance(c).getId(), RECTIFICATION_TIMER);
        LocalDate payBy = TestClock.get().today().plusDays(7);
        complete(
                f.inspector,
                c,
                RECHECK_RECTIFICATION,
                Map.of(CORRECTED, "NO", ESCALATION, "HANDLING_DECISION", PAY_BY, payBy.toString()));
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.DECIDING);
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(PAYMENT_TIMER);
        processes.reachTimer(instance(c).getId(), PAYMENT_TIMER);
        complete(f.inspector, c, RECHECK_PAYMENT, Map.of(PAID, "NO"));
        assertThatThrownBy(() -> complete(f.inspector, c, DECIDE_COMPENSATION, Map.of(COMPENSATION_PERCENT, 40)))
                .isInstanceOf(InvalidInputException.class);
        complete(f.inspector, c, DECIDE_COMPENSATION, Map.of(COMPENSATION_PERCENT, 80));
        assertThat(documents(c))
                .containsExactly(
                        "INSPECTION_RECTIFICATION_ORDER",
                        "INSPECTION_HANDLING_DECISION",
                        "INSPECTION_HANDLING_DECISION");
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.CLOSING_PENDING);
        assertThat(caseTimeline.of(c.ref()).stream()
                        .filter(e -> e.stepCode().equals(InspectionStep.COMPENSATION_DECIDED.name()))
                        .findFirst()
                        .orElseThrow()
                        .detail())
                .contains("80%")
                .contains("9600.00元");
        complete(f.leader, c, APPROVE_CLOSING, Map.of(CLOSING_DECISION, "APPROVE"));
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.CLOSED);
        // each order not complied with is an early-warning signal of the employer (预警)
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select detail from employer_risk_signal where employer_id = ? and kind = 'ORDER_NOT_COMPLIED'"
                                        + " and source_type = 'INSPECTION_CASE' and source_id = ? order by id",
                                String.class,
                                c.employerId(),
                                c.id()))
                        .hasSize(2)
                        .anySatisfy(d -> assertThat(d).contains("限期整改指令书"))
                        .anySatisfy(d -> assertThat(d).contains("行政处理决定书")));
    }

    @Test
    void aHandlingDecisionPaidOnTimeCloses() {
        InspectionCase c = investigated(
                "HANDLING_DECISION",
                Map.of(PAY_BY, TestClock.get().today().plusDays(3).toString()));
        processes.reachTimer(instance(c).getId(), PAYMENT_TIMER);
        complete(f.inspector, c, RECHECK_PAYMENT, Map.of(PAID, "YES"));
        assertThat(jdbc.queryForList(
                        "select paid from inspection_case_worker where case_id = ?", Boolean.class, c.id()))
                .containsOnly(true);
        complete(f.leader, c, APPROVE_CLOSING, Map.of(CLOSING_DECISION, "APPROVE"));
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.CLOSED);
    }

    @Test
    void aPenaltyWaitsFiveWorkingDaysAfterThePriorNoticeAndIsRefusedWithoutIt() {
        InspectionCase other = investigating();
        assertThatThrownBy(() -> cases.decidePenalty(other.id(), new BigDecimal("5000"), f.leader.username()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("未送达行政处罚事先告知书");

        InspectionCase c = investigated("PENALTY", Map.of());
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.PENALTY_NOTICE);
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(RECORD_RESPONSE);
        LocalDate lastDay = calendar.dueDate(TestClock.get().today(), 5, PeriodUnit.WORKING_DAYS)
                .dueDate();
        assertThat(timer(c, NOTICE_PERIOD_TIMER)).isEqualTo(BeijingTime.endOf(lastDay));
        assertThatThrownBy(() -> cases.decidePenalty(c.id(), new BigDecimal("5000"), f.leader.username()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("5个工作日期限尚未届满");

        processes.reachTimer(instance(c).getId(), NOTICE_PERIOD_TIMER);
        BpmnAwareTests.assertThat(instance(c)).hasPassed(NOTICE_PERIOD_ENDED).isWaitingAt(DECIDE_PENALTY);
        complete(f.leader, c, DECIDE_PENALTY, Map.of(PENALTY_AMOUNT, 5000));
        assertThat(documents(c)).containsExactly("INSPECTION_PENALTY_PRIOR_NOTICE", "INSPECTION_PENALTY_DECISION");
        complete(f.leader, c, APPROVE_CLOSING, Map.of(CLOSING_DECISION, "APPROVE"));
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.CLOSED);
        assertThat(cases.get(c.id()).outcome().name()).isEqualTo("PENALTY");
    }

    @Test
    void aRequestedHearingIsHeldBySomeoneWhoDidNotInvestigateNotifiedSevenWorkingDaysAhead() {
        InspectionCase c = investigated("PENALTY", Map.of());
        complete(f.inspector, c, RECORD_RESPONSE, Map.of(RESPONSE, "HEARING", RESPONSE_NOTE, "要求听证"));
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.HEARING);
        LocalDate earliest = calendar.dueDate(TestClock.get().today(), 7, PeriodUnit.WORKING_DAYS)
                .dueDate();
        assertThatThrownBy(() -> complete(
                        f.leader,
                        c,
                        SCHEDULE_HEARING,
                        Map.of(HEARING_OFFICER, f.partner.username(), HEARING_ON, earliest.toString())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.message())
                        .anyMatch(m -> m.contains("非本案调查人员")));
        assertThatThrownBy(() -> complete(
                        f.leader,
                        c,
                        SCHEDULE_HEARING,
                        Map.of(
                                HEARING_OFFICER,
                                x.legal.username(),
                                HEARING_ON,
                                earliest.minusDays(1).toString())))
                .isInstanceOf(InvalidInputException.class);
        complete(
                f.leader,
                c,
                SCHEDULE_HEARING,
                Map.of(HEARING_OFFICER, x.legal.username(), HEARING_ON, earliest.toString()));
        Task hearing = task(c, HOLD_HEARING);
        assertThat(hearing.getAssignee()).isEqualTo(x.legal.username());
        completeTask(x.legal, hearing.getId(), Map.of(HEARING_RECORD, "当事人到场陈述"));
        complete(f.leader, c, DECIDE_PENALTY, Map.of(PENALTY_AMOUNT, 2000));
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.CLOSING_PENDING);
        processes
                .assertTimeline(c.ref())
                .containsSubsequence(
                        "PENALTY_NOTIFIED", "PARTY_RESPONDED", "HEARING_SCHEDULED", "HEARING_HELD", "PENALTY_DECIDED");
    }

    @Test
    void aWithdrawalNeedsTheLeadersApproval() throws Exception {
        InspectionCase c = investigated("WITHDRAWN", Map.of());
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(APPROVE_WITHDRAWAL);
        complete(f.leader, c, APPROVE_WITHDRAWAL, Map.of(WITHDRAWAL_DECISION, "APPROVE", WITHDRAWAL_NOTE, "违法事实不存在"));
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.WITHDRAWN);
        assertPassed(c, END_WITHDRAWN);
        assertThat(forms(c)).endsWith("INSPECTION_WITHDRAWAL_APPROVAL");
        assertThat(pdfText(c, "INSPECTION_WITHDRAWAL_APPROVAL"))
                .contains("撤销立案审批表", "劳监撤审字", c.number(), "违法事实不存在", f.leader.displayName());
    }

    @Test
    void theInvestigationSendsAnInquiryNoticeThenItsRecordsBecomeNumberedDocumentsAndClosingIssuesItsForm()
            throws Exception {
        InspectionCase c = investigating();
        LocalDate on = TestClock.get().today().plusDays(5);
        // the notice needs its time, place, materials and contact, each named
        assertThatThrownBy(() -> complete(f.inspector, c, INVESTIGATE, Map.of(ACTION, ACTION_NOTICE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .contains(
                                "variables." + NOTICE_INQUIRY_ON,
                                "variables." + NOTICE_INQUIRY_TIME,
                                "variables." + NOTICE_PLACE,
                                "variables." + NOTICE_MATERIALS));
        assertThatThrownBy(() -> complete(f.inspector, c, INVESTIGATE, notice(on, "25:99")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("variables." + NOTICE_INQUIRY_TIME));
        assertThatThrownBy(() -> complete(
                        f.inspector,
                        c,
                        INVESTIGATE,
                        notice(TestClock.get().today().minusDays(1), "09:30")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("variables." + NOTICE_INQUIRY_ON));
        complete(f.inspector, c, INVESTIGATE, notice(on, "09:30"));
        // the task stays: the inspector investigates on after sending it
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(INVESTIGATE);
        assertThat(forms(c)).endsWith("INSPECTION_INQUIRY_NOTICE");
        assertThat(pdfText(c, "INSPECTION_INQUIRY_NOTICE"))
                .contains("询问通知书", "劳监询字", c.number(), on.getYear() + "年", "9时", "312室", "工资支付台账");

        // 询问笔录 and 现场检查笔录: once an interviewee or a site is named, what each needs is required
        Map<String, Object> partial =
                investigate("RECTIFIED", Map.of(RECTIFY_BY, on.plusDays(5).toString()));
        partial.put(INTERVIEWEE, "王五");
        partial.put(SITE_PLACE, "厂区车间");
        partial.remove(INQUIRY_RECORD);
        assertThatThrownBy(() -> complete(f.inspector, c, INVESTIGATE, partial))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder(
                                "variables." + INQUIRED_ON,
                                "variables." + INQUIRY_PLACE,
                                "variables." + INTERVIEWEE_ROLE,
                                "variables." + INQUIRY_RECORD,
                                "variables." + INSPECTED_ON,
                                "variables." + SITE_PRESENT));
        // hostile input never reaches a document: NUL, a line break in a one-line field
        Map<String, Object> hostile = investigate("TRANSFERRED", Map.of(DEPARTMENT, "区住房和城乡建设局"));
        hostile.putAll(Map.of(
                INQUIRED_ON, TestClock.get().today().toString(),
                INQUIRY_PLACE, "312室\n<script>",
                INTERVIEWEE, "王\u0000五",
                INTERVIEWEE_ROLE, "经理"));
        assertThatThrownBy(() -> complete(f.inspector, c, INVESTIGATE, hostile))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder("variables." + INQUIRY_PLACE, "variables." + INTERVIEWEE));
        Map<String, Object> full = investigate("TRANSFERRED", Map.of(DEPARTMENT, "区住房和城乡建设局"));
        full.putAll(Map.of(
                INQUIRED_ON, TestClock.get().today().toString(),
                INQUIRED_TIME, "14:00",
                INQUIRY_PLACE, "区劳动保障监察大队312室",
                INTERVIEWEE, "王五",
                INTERVIEWEE_ROLE, "该单位行政经理",
                INSPECTED_ON, TestClock.get().today().toString(),
                SITE_PLACE, "厂区车间及财务室",
                SITE_PRESENT, "王五（行政经理）"));
        complete(f.inspector, c, INVESTIGATE, full);
        assertThat(forms(c)).endsWith("INSPECTION_INQUIRY_RECORD", "INSPECTION_SITE_RECORD");
        assertThat(pdfText(c, "INSPECTION_INQUIRY_RECORD")).contains("询问笔录", "劳监询笔字", "王五", "行政经理", "拖欠两个月工资", "14时");
        assertThat(pdfText(c, "INSPECTION_SITE_RECORD")).contains("现场检查笔录", "劳监检笔字", "财务室", "王五", "现场查看工资台账");
        complete(f.partner, c, CONFIRM_INVESTIGATION, Map.of(CONFIRM_DECISION, "AGREE"));
        complete(f.leader, c, APPROVE_CLOSING, Map.of(CLOSING_DECISION, "APPROVE", CLOSING_NOTE, "同意结案归档"));
        assertPassed(c, END_CLOSED);
        assertThat(forms(c)).endsWith("INSPECTION_CLOSING_APPROVAL");
        assertThat(pdfText(c, "INSPECTION_CLOSING_APPROVAL"))
                .contains("结案审批表", "劳监结审字", c.number(), "移送", "同意结案归档", f.leader.displayName());
        // every form has its own number
        assertThat(jdbc.queryForList(
                        "select doc_number from document where case_type = 'INSPECTION_CASE' and case_id = ? and type_code in "
                                + FORMS,
                        String.class,
                        String.valueOf(c.id())))
                .hasSize(5)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    private Map<String, Object> notice(LocalDate on, String time) {
        Map<String, Object> v = new HashMap<>();
        v.put(ACTION, ACTION_NOTICE);
        v.put(NOTICE_INQUIRY_ON, on.toString());
        v.put(NOTICE_INQUIRY_TIME, time);
        v.put(NOTICE_PLACE, "区劳动保障监察大队312室");
        v.put(NOTICE_MATERIALS, "工资支付台账\n劳动合同");
        v.put(NOTICE_CONTACT, "张伟");
        v.put(NOTICE_PHONE, "0571-12345678");
        return v;
    }

    @Test
    void aTransferToAnotherDepartmentGoesToClosingApproval() {
        InspectionCase c = investigated("TRANSFERRED", Map.of(DEPARTMENT, "区住房和城乡建设局"));
        assertThat(documents(c)).containsExactly("INSPECTION_CASE_TRANSFER");
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.CLOSING_PENDING);
        complete(f.leader, c, APPROVE_CLOSING, Map.of(CLOSING_DECISION, "APPROVE"));
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.CLOSED);
    }

    @Test
    void aSuspectedCrimeIsDecidedByTheHeadWithinThreeDaysAndTransferredWithin24Hours() {
        InspectionCase c = investigated("CRIMINAL_TRANSFER", Map.of());
        Task decide = task(c, DECIDE_CRIMINAL_TRANSFER);
        assertThat(decide.getDueDate().toInstant())
                .isAfter(TestClock.get().instant().plus(Duration.ofDays(2)));
        assertThatThrownBy(() -> completeTask(f.leader, decide.getId(), Map.of(CRIMINAL_DECISION, "APPROVE")))
                .isInstanceOf(ForbiddenException.class);
        completeTask(x.head, decide.getId(), Map.of(CRIMINAL_DECISION, "APPROVE"));
        Task police = task(c, TRANSFER_TO_POLICE);
        assertThat(police.getDueDate().toInstant())
                .isBefore(TestClock.get().instant().plus(Duration.ofHours(25)));
        complete(f.inspector, c, TRANSFER_TO_POLICE, Map.of(POLICE_NOTE, "已移送区公安分局经侦大队"));
        assertThat(documents(c)).containsExactly("INSPECTION_CRIMINAL_TRANSFER");
        complete(f.leader, c, APPROVE_CLOSING, Map.of(CLOSING_DECISION, "APPROVE"));
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.CLOSED);
    }

    @Test
    void aReturnedClosingGoesBackToTheInvestigation() {
        InspectionCase c = investigated("TRANSFERRED", Map.of(DEPARTMENT, "区市场监管局"));
        complete(f.leader, c, APPROVE_CLOSING, Map.of(CLOSING_DECISION, "RETURN", CLOSING_NOTE, "补充证据"));
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.INVESTIGATING);
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(INVESTIGATE);
    }

    @Test
    void theReminderTellsTheInspectorsAndTheBreachTellsTheLeaders() {
        InspectionCase c = investigating();
        processes.reachTimer(instance(c).getId(), REMINDER_TIMER);
        assertThat(notices(f.inspector)).anyMatch(t -> t.contains(c.number()) && t.contains("将于"));
        processes.reachTimer(instance(c).getId(), BREACH_TIMER);
        assertThat(notices(f.leader)).anyMatch(t -> t.contains(c.number()) && t.contains("已超过办案期限"));
        processes.assertTimeline(c.ref()).contains("REMINDED", "OVERDUE");
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(INVESTIGATE);
    }

    @Test
    void theInspectorRequestsTheExtensionTheHeadApprovesItOnceWithItsDraftASecondRequestIsRefused() throws Exception {
        InspectionCase c = investigating();
        DeadlineView before = deadlines.get(new DeadlineId(c.deadlineId()));
        // not one of the case's inspectors: 403; another office: 404; no reason: 400
        assertThatThrownBy(() -> cases.requestExtension(f.leader, c.id(), "案情复杂"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cases.requestExtension(x.head, c.id(), "案情复杂")).isInstanceOf(ForbiddenException.class);
        IntakeFixtures elsewhere = new IntakeFixtures(jdbc, users);
        CurrentUser otherHead = elsewhere.staff("外局长", Role.BUREAU_LEADER, null);
        assertThatThrownBy(() -> cases.requestExtension(elsewhere.inspector, c.id(), "案情复杂"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.requestExtension(f.inspector, c.id(), " "))
                .isInstanceOf(InvalidInputException.class);

        cases.requestExtension(f.inspector, c.id(), "涉及人数众多，案情复杂");
        // one request at a time
        assertThatThrownBy(() -> cases.requestExtension(f.partner, c.id(), "再申请一次"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.getMessage()).contains("等待局长审批"));
        Task approve = task(c, APPROVE_EXTENSION);
        // the 局长's task, not the section leader's, not another office's head's
        assertThatThrownBy(() -> completeTask(f.leader, approve.getId(), Map.of(EXTENSION_DECISION, "APPROVE")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> completeTask(otherHead, approve.getId(), Map.of(EXTENSION_DECISION, "APPROVE")))
                .isInstanceOf(NotFoundException.class);
        // the draft of the 延期审批表 he reads first: unnumbered, marked 草稿, with the reason and both due dates
        LocalDate newDue =
                calendar.dueDate(c.filedOn(), 90, PeriodUnit.WORKING_DAYS).dueDate();
        assertThat(drafts.pending(c.id())).extracting(d -> d.kind()).containsExactly("extension");
        String draft = text(drafts.draft(x.head, c.id(), "extension").content());
        assertThat(draft)
                .contains("延期审批表", "草稿", "涉及人数众多，案情复杂", f.inspector.displayName(), "待批准")
                .doesNotContain("劳监延审字〔");
        assertThatThrownBy(() -> drafts.draft(otherHead, c.id(), "extension")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> drafts.draft(x.head, c.id(), "closing")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> drafts.draft(x.head, c.id(), "nonsense")).isInstanceOf(NotFoundException.class);
        // the task page: the case, the working days left, the draft to open; the draft route for him and not another
        // office's head
        var headPage = cn.laborcase.support.UserAgent.loggedIn(port, x.head.username(), IntakeFixtures.PASSWORD);
        String page = headPage.get("/tasks/" + approve.getId()).body();
        assertThat(page)
                .contains("延期审批", c.number(), "剩余时限", "个工作日", "延期审批表（草稿）")
                .contains("/inspection-cases/" + c.id() + "/drafts/extension");
        assertThat(headPage.get("/inspection-cases/" + c.id() + "/drafts/extension")
                        .statusCode())
                .isEqualTo(200);
        assertThat(cn.laborcase.support.UserAgent.basic(port, otherHead.username(), IntakeFixtures.PASSWORD)
                        .get("/api/inspection-cases/" + c.id() + "/drafts/extension")
                        .statusCode())
                .isEqualTo(404);

        completeTask(x.head, approve.getId(), Map.of(EXTENSION_DECISION, "APPROVE"));
        InspectionCase after = cases.get(c.id());
        assertThat(after.extended()).isTrue();
        assertThat(after.dueDate()).isEqualTo(newDue).isAfter(before.dueDate());
        assertThat(timer(after, BREACH_TIMER)).isEqualTo(deadlines.breachAt(new DeadlineId(after.deadlineId())));
        // the investigation goes on where it was
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(INVESTIGATE);
        assertThat(forms(c)).endsWith("INSPECTION_EXTENSION_APPROVAL");
        assertThat(pdfText(c, "INSPECTION_EXTENSION_APPROVAL"))
                .contains("延期审批表", "劳监延审字", c.number(), x.head.displayName(), "涉及人数众多，案情复杂");
        processes.assertTimeline(c.ref()).containsSubsequence("EXTENSION_REQUESTED", "EXTENDED");

        assertThatThrownBy(() -> cases.requestExtension(f.inspector, c.id(), "再次延期"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.getMessage()).contains("不能再次延长"));
    }

    @Test
    void theHeadRefusesWithAnOpinionAndAnExpiredPeriodCannotBeExtended() {
        InspectionCase c = investigating();
        cases.requestExtension(f.inspector, c.id(), "需调取银行流水");
        assertThatThrownBy(() -> complete(x.head, c, APPROVE_EXTENSION, Map.of(EXTENSION_DECISION, "REFUSE")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("variables." + EXTENSION_OPINION));
        complete(x.head, c, APPROVE_EXTENSION, Map.of(EXTENSION_DECISION, "REFUSE", EXTENSION_OPINION, "现有证据足以结案"));
        assertThat(cases.get(c.id()).extended()).isFalse();
        assertThat(caseTimeline.of(c.ref()).stream()
                        .filter(e -> e.stepCode().equals(InspectionStep.EXTENSION_REFUSED.name()))
                        .findFirst()
                        .orElseThrow()
                        .detail())
                .contains("不批准", "现有证据足以结案");
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(INVESTIGATE);

        // asked again on the last day; the 局长 looks at it after the period ran out: refused with the reason
        TestClock.get().set(BeijingTime.at(c.dueDate(), LocalTime.of(10, 0)));
        cases.requestExtension(f.inspector, c.id(), "新发现分包单位欠薪");
        TestClock.get().set(BeijingTime.at(c.dueDate().plusDays(1), LocalTime.of(10, 0)));
        assertThatThrownBy(() -> complete(x.head, c, APPROVE_EXTENSION, Map.of(EXTENSION_DECISION, "APPROVE")))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.getMessage()).contains("期限届满后不能延长"));
        assertThat(cases.get(c.id()).extended()).isFalse();
        // and a new request after the end is refused at once
        complete(x.head, c, APPROVE_EXTENSION, Map.of(EXTENSION_DECISION, "REFUSE", EXTENSION_OPINION, "期限已届满"));
        assertThatThrownBy(() -> cases.requestExtension(f.inspector, c.id(), "案情复杂"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.getMessage()).contains("期限届满后不能延长"));
    }

    @Test
    void aCaseClosedWhileAnExtensionRequestWaitsEndsTheRequestToo() {
        InspectionCase c = investigated("TRANSFERRED", Map.of(DEPARTMENT, "区住房和城乡建设局"));
        cases.requestExtension(f.inspector, c.id(), "等待接收部门回复");
        assertThat(drafts.pending(c.id())).extracting(d -> d.kind()).containsExactlyInAnyOrder("closing", "extension");
        complete(f.leader, c, APPROVE_CLOSING, Map.of(CLOSING_DECISION, "APPROVE"));
        assertThat(cases.get(c.id()).status()).isEqualTo(InspectionStatus.CLOSED);
        assertPassed(c, END_CLOSED);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(c.processInstanceId())
                        .count())
                .isZero();
    }

    @Test
    void leadersReadTheDraftOfWhatTheyApproveFilingAndClosing() throws Exception {
        long id = cases.openFromFinding(x.finding());
        InspectionCase c = cases.get(id);
        assertThat(drafts.pending(id)).extracting(d -> d.kind()).containsExactly("filing");
        assertThat(text(drafts.draft(f.leader, id, "filing").content()))
                .contains("立案审批表", "草稿", c.number(), "建议立案调查")
                .doesNotContain("劳监立审字〔");
        IntakeFixtures elsewhere = new IntakeFixtures(jdbc, users);
        assertThatThrownBy(() -> drafts.draft(elsewhere.leader, id, "filing")).isInstanceOf(NotFoundException.class);
        complete(f.leader, c, APPROVE_FILING, Map.of(FILING_DECISION, "APPROVE"));
        // nothing waits for approval: no draft
        assertThatThrownBy(() -> drafts.draft(f.leader, id, "filing")).isInstanceOf(NotFoundException.class);
        assertThat(drafts.pending(id)).isEmpty();
    }

    @Test
    void onThe2026CalendarFilingOnSeptember1GivesNovember30AcrossNationalDay() {
        TestClock.get().set(BeijingTime.at(LocalDate.of(2026, 9, 1), LocalTime.of(10, 0)));
        long id = cases.openFromFinding(x.finding());
        complete(f.leader, cases.get(id), APPROVE_FILING, Map.of(FILING_DECISION, "APPROVE"));
        InspectionCase c = cases.get(id);
        assertThat(c.filedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        // 60 working days: September has 20 after the 1st (the 20th, a Sunday, is worked; 25th off), October 16
        // (1–7 off, the 10th, a Saturday, worked), November 21 up to the 30th, less the 26th... counted by hand
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void anInspectorOfAnotherGridCannotActOnTheCasesTask() {
        InspectionCase c = investigating();
        IntakeFixtures other = new IntakeFixtures(jdbc, users);
        Task investigate = task(c, INVESTIGATE);
        assertThatThrownBy(() -> completeTask(other.inspector, investigate.getId(), investigate("RECTIFIED", Map.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.get(other.inspector, c.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theEmployerMovingGridTakesTheOpenCaseToTheNewGridsInspectors() {
        InspectionCase c = investigating();
        CurrentUser newGridInspector = moveEmployerToNewGrid(c);
        InspectionCase moved = cases.get(c.id());
        assertThat(moved.gridCode()).isNotEqualTo(f.grid);
        Task investigate = task(c, INVESTIGATE);
        assertThat(taskService.getIdentityLinksForTask(investigate.getId()))
                .extracting(l -> l.getGroupId())
                .contains("grid:" + moved.gridCode() + ":inspectors")
                .doesNotContain("grid:" + f.grid + ":inspectors");
        assertThat(inbox.canWork(newGridInspector, inbox.get(newGridInspector, investigate.getId())))
                .isTrue();
        processes.assertTimeline(c.ref()).contains("GRID_MOVED");
    }

    // -------------------------------------------------------------------------------------------------- helpers

    private CurrentUser moveEmployerToNewGrid(InspectionCase c) {
        String grid = "G" + IntakeFixtures.unique().substring(0, 7);
        jdbc.update(
                "insert into grid (code, name, office_id, area_description) "
                        + "values (?, ?, (select id from office where code = ?), '新片区')",
                grid,
                "新网格" + grid,
                f.office);
        CurrentUser inspector = f.staff("新网格监察员", Role.INSPECTOR, grid);
        jdbc.update(
                "update employer set grid_id = (select id from grid where code = ?) where id = ?",
                grid,
                c.employerId());
        cases.employerMoved(new cn.laborcase.employer.EmployerMovedGrid(
                c.employerId(), f.grid, grid, "admin", TestClock.get().instant()));
        return inspector;
    }

    /** A patrol case, 立案 approved. */
    private InspectionCase filed() {
        long id = cases.openFromFinding(x.finding());
        complete(f.leader, cases.get(id), APPROVE_FILING, Map.of(FILING_DECISION, "APPROVE"));
        return cases.get(id);
    }

    /** Filed, two inspectors assigned who declared no conflict: waiting at the investigation. */
    private InspectionCase investigating() {
        InspectionCase c = filed();
        complete(
                f.inspector,
                c,
                ASSIGN_INSPECTORS,
                Map.of(INSPECTORS, f.inspector.username() + "," + f.partner.username()));
        declare(c, f.inspector);
        declare(c, f.partner);
        return cases.get(c.id());
    }

    /** Investigated with this outcome and confirmed by the partner. */
    private InspectionCase investigated(String outcome, Map<String, Object> extra) {
        InspectionCase c = investigating();
        complete(f.inspector, c, INVESTIGATE, investigate(outcome, extra));
        complete(f.partner, c, CONFIRM_INVESTIGATION, Map.of(CONFIRM_DECISION, "AGREE"));
        return cases.get(c.id());
    }

    private Map<String, Object> investigate(String outcome, Map<String, Object> extra) {
        Map<String, Object> v = new HashMap<>(extra);
        v.put(ACTION, "RECORD");
        v.put(INQUIRY_NOTICE_SENT_ON, TestClock.get().today().toString());
        v.put(REPLY_BY, TestClock.get().today().plusDays(3).toString());
        v.put(INQUIRY_RECORD, "法定代表人承认拖欠两个月工资");
        v.put(SITE_RECORD, "现场查看工资台账");
        v.put(WORKERS, "张三 5000\n李四 7000.00");
        v.put(FINDINGS, "拖欠2名劳动者工资共12000元");
        v.put(OUTCOME, outcome);
        return v;
    }

    private cn.laborcase.inspection.Investigation investigation() {
        return new cn.laborcase.inspection.Investigation(null, null, null, null, "事实", List.of());
    }

    private void declare(InspectionCase c, CurrentUser inspector) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceId(c.processInstanceId())
                .taskDefinitionKey(DECLARE)
                .taskAssignee(inspector.username())
                .singleResult();
        assertThat(task).as("the declaration of " + inspector.username()).isNotNull();
        completeTask(inspector, task.getId(), Map.of(CONFLICT, "NONE"));
    }

    private void complete(CurrentUser user, InspectionCase c, String key, Map<String, ?> values) {
        completeTask(user, task(c, key).getId(), values);
    }

    /** Completes the task through the inbox, then runs the asynchronous document steps it led to. */
    private void completeTask(CurrentUser user, String taskId, Map<String, ?> values) {
        String pid = taskService.createTaskQuery().taskId(taskId).singleResult() == null
                ? null
                : taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        processes.complete(user, taskId, null, new HashMap<>(values));
        if (pid != null) {
            processes.runAsyncSteps(pid);
        }
    }

    private static final String FORMS = "('INSPECTION_FILING_APPROVAL', 'INSPECTION_WITHDRAWAL_APPROVAL',"
            + " 'INSPECTION_CLOSING_APPROVAL', 'INSPECTION_EXTENSION_APPROVAL', 'INSPECTION_INQUIRY_NOTICE',"
            + " 'INSPECTION_INQUIRY_RECORD', 'INSPECTION_SITE_RECORD')";

    /** The decisions and transfers the case issued (the approval forms, notices and records: {@link #forms}). */
    private List<String> documents(InspectionCase c) {
        return jdbc.queryForList(
                "select type_code from document where case_type = 'INSPECTION_CASE' and case_id = ?"
                        + " and type_code <> 'SERVICE_RECEIPT' and type_code not in " + FORMS
                        + " order by created_at, id",
                String.class,
                String.valueOf(c.id()));
    }

    /** The approval forms, inquiry notices and records the case issued, in order. */
    private List<String> forms(InspectionCase c) {
        return jdbc.queryForList(
                "select type_code from document where case_type = 'INSPECTION_CASE' and case_id = ?"
                        + " and type_code in " + FORMS + " order by created_at, id",
                String.class,
                String.valueOf(c.id()));
    }

    private static String text(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }

    private String pdfText(InspectionCase c, String type) throws Exception {
        long id = jdbc.queryForObject(
                "select max(id) from document where case_type = 'INSPECTION_CASE' and case_id = ? and type_code = ?",
                Long.class,
                String.valueOf(c.id()),
                type);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                org.apache.pdfbox.Loader.loadPDF(documentService.pdf(id).content())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }

    private Task task(InspectionCase c, String key) {
        List<Task> tasks = taskService
                .createTaskQuery()
                .processInstanceId(cases.get(c.id()).processInstanceId())
                .taskDefinitionKey(key)
                .list();
        assertThat(tasks).as("the open task " + key).hasSize(1);
        return tasks.get(0);
    }

    private org.camunda.bpm.engine.runtime.ProcessInstance instance(InspectionCase c) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(cases.get(c.id()).processInstanceId())
                .singleResult();
    }

    /** The (ended) instance passed this element and ended. */
    private void assertPassed(InspectionCase c, String activityId) {
        String pid = cases.get(c.id()).processInstanceId();
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pid)
                        .activityId(activityId)
                        .finished()
                        .count())
                .isOne();
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(pid)
                        .finished()
                        .count())
                .isOne();
    }

    private java.time.Instant timer(InspectionCase c, String activityId) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(cases.get(c.id()).processInstanceId())
                .activityId(activityId)
                .timers()
                .singleResult()
                .getDuedate()
                .toInstant();
    }

    private List<String> notices(CurrentUser user) {
        return jdbc.queryForList(
                "select title from staff_notice where username = ? order by created_at, id",
                String.class,
                user.username());
    }
}
