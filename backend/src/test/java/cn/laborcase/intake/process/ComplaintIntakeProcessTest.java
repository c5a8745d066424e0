package cn.laborcase.intake.process;

import static cn.laborcase.intake.process.ComplaintIntakeProcess.ACCEPT;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.CORRECTION_EXPIRED;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.CORRECTION_EXPIRED_TIMER;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.END_ACCEPTED;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.END_REASSIGNED;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.END_REFERRED;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.END_REFUSED;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.END_REGISTRATION_FORM_ISSUED;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.END_REMINDED;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.HANDLE_OVERDUE;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.ISSUE_ACCEPTANCE_NOTICE;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.ISSUE_CORRECTION_NOTICE;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.ISSUE_REFERRAL_NOTICE;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.ISSUE_REFUSAL_NOTICE;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.ISSUE_REGISTRATION_FORM;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.LEADER_DECIDED;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.OVERDUE_TIMER;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.RECORD_CORRECTION;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.REFER;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.REFUSE;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.REMINDER_TIMER;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.REQUEST_CORRECTION;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.RESUME_REVIEW;
import static cn.laborcase.intake.process.ComplaintIntakeProcess.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.intake.ComplaintAccepted;
import cn.laborcase.intake.ComplaintRegistration;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.intake.RegisterComplaintRequest;
import cn.laborcase.intake.Registration;
import cn.laborcase.intake.WageEmergencyReported;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.PublishedEvents;
import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.FormField;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * complaint-intake on the real engine, one test per path: accept, refuse, 补正 then accept, refer, a merged
 * registration, the emergency route, the reminder and the breach escalation (reassign, or the leader decides), with
 * the documents each step issues. The test drives time and the asynchronous document steps through {@link Processes}
 * (the application's job executor is paused, the clock moves to each timer); nothing sleeps.
 */
@IntegrationTest
class ComplaintIntakeProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ComplaintRegistration registration;

    @Autowired
    TaskInbox inbox;

    @Autowired
    Deadlines deadlines;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    IntakeFixtures f;
    LocalDate today;

    @Autowired
    CaseTimeline caseTimeline;

    Processes processes;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, caseTimeline).start();
        f = new IntakeFixtures(jdbc, users);
        today = TestClock.get().today();
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    @Test
    void anAcceptedComplaintBecomesACaseTheSameDay() throws Exception {
        Registration r = register(f.employer(), 3);
        ProcessInstance instance = instance(r);

        BpmnAwareTests.assertThat(instance).isStarted().isWaitingAt(REVIEW);
        DeadlineView deadline = deadline(instance);
        assertThat(deadline.ruleCode()).isEqualTo("INTAKE_ACCEPTANCE");
        assertThat(deadline.start()).isEqualTo(today);
        assertThat(deadline.dueDate())
                .isEqualTo(calendar.dueDate(today, 5, PeriodUnit.WORKING_DAYS).dueDate());
        BpmnAwareTests.assertThat(task(instance))
                .hasCandidateGroup("grid:" + f.grid + ":inspectors")
                .hasDueDate(Date.from(deadline.dueAt()));
        assertThat(timer(instance, REMINDER_TIMER).getDuedate())
                .isEqualTo(Date.from(deadlines.reminderAt(deadline.id())));
        assertThat(timer(instance, OVERDUE_TIMER).getDuedate()).isEqualTo(Date.from(deadlines.breachAt(deadline.id())));

        runAsyncSteps(instance);
        BpmnAwareTests.assertThat(instance).hasPassed(ISSUE_REGISTRATION_FORM, END_REGISTRATION_FORM_ISSUED);
        assertThat(documents(r)).containsExactly("COMPLAINT_REGISTRATION");

        decide(f.inspector, instance, Map.of("decision", "ACCEPT"));

        assertThat(status(r)).isEqualTo("ACCEPTED");
        BpmnAwareTests.assertThat(instance).hasPassed(ACCEPT).isWaitingAt(ISSUE_ACCEPTANCE_NOTICE);
        runAsyncSteps(instance);
        BpmnAwareTests.assertThat(instance)
                .hasPassed(ISSUE_ACCEPTANCE_NOTICE, END_ACCEPTED)
                .isEnded();
        assertThat(documents(r)).containsExactly("COMPLAINT_REGISTRATION", "ACCEPTANCE_NOTICE");
        Map<String, Object> notice = document(r, "ACCEPTANCE_NOTICE");
        assertThat(notice.get("doc_number").toString()).contains("劳监受字");
        assertThat(notice.get("created_by")).isEqualTo(f.inspector.username());
        assertThat(notice.get("input_data").toString())
                .contains("\"acceptedOn\":\"" + today + "\"")
                .contains("\"complaintNumber\":\"" + r.number() + "\"");
        // the complainant gave an address but no 送达地址确认书 (民事诉讼法 §90): printed, not e-mailed, not yet served
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where related_type = 'DOCUMENT' and related_id = ?"
                                + " and dedup_key like ?",
                        Long.class,
                        notice.get("id").toString(),
                        "document:" + notice.get("id") + ":%"))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from service_record where document_id = ?", Long.class, notice.get("id")))
                .isZero();
        assertThat(deadlines.get(deadline.id()).closedOn()).isEqualTo(today);
        Map<String, Object> event = event(r, "ComplaintAccepted");
        assertThat(event).containsEntry("gridCode", f.grid).containsEntry("route", "INSPECTION");
        assertThat(event.get("acceptedOn")).isEqualTo(today.toString());
        assertThat(timeline(r)).extracting(t -> t.get("step")).endsWith("ACCEPTED", "DOCUMENT_ISSUED");
        assertThat(timeline(r))
                .filteredOn(t -> t.get("step").equals("ACCEPTED"))
                .singleElement()
                .satisfies(t -> assertThat(t.get("actor_name")).isEqualTo("受理监察员"));
        assertThat(timeline(r)).last().satisfies(t -> assertThat(t.get("detail").toString())
                .contains("签发受理通知书 " + notice.get("doc_number"))
                .contains("待打印送达"));
    }

    /**
     * Issue 9 item 14 (送达地址确认书, 民事诉讼法 §90): the complainant who consented at registration gets his 登记表 and
     * 受理通知书 by e-mail, delivered through the real outbox and SMTP server and recorded as 电子送达 when delivered;
     * the one who gave an address without consent gets paper only. The 登记表 prints how each is served.
     */
    @Test
    void aComplainantWhoConsentedIsServedByEmailTheOtherOnPaper() throws Exception {
        String consented = "c" + IntakeFixtures.unique().toLowerCase() + "@example.cn";
        String contactOnly = "n" + IntakeFixtures.unique().toLowerCase() + "@example.cn";
        Registration r = file(
                "COMPLAINT",
                f.employer(),
                new RegisterComplaintRequest.ComplainantRequest(
                        "孙同意", IntakeFixtures.idNumber(), IntakeFixtures.mobile(), "测试住址", consented, "焊工", null, true),
                new RegisterComplaintRequest.ComplainantRequest(
                        "周纸质",
                        IntakeFixtures.idNumber(),
                        IntakeFixtures.mobile(),
                        "测试住址",
                        contactOnly,
                        null,
                        null,
                        null));
        ProcessInstance instance = instance(r);
        runAsyncSteps(instance);
        decide(f.inspector, instance, Map.of("decision", "ACCEPT"));
        runAsyncSteps(instance);

        for (String type : List.of("COMPLAINT_REGISTRATION", "ACCEPTANCE_NOTICE")) {
            Map<String, Object> document = document(r, type);
            assertThat(jdbc.queryForList(
                            "select name, email_consent from document_recipient where document_id = ? order by position",
                            document.get("id")))
                    .extracting(m -> m.get("name") + ":" + m.get("email_consent"))
                    .containsExactly("孙同意:true", "周纸质:false");
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(jdbc.queryForList(
                                    "select r.method, r.email_address from service_record r"
                                            + " where r.document_id = ?",
                                    document.get("id")))
                            .extracting(m -> m.get("method") + " " + m.get("email_address"))
                            .containsExactly("EMAIL " + consented));
            // no consent: no mail for him at all; his copy waits to be printed and served
            assertThat(jdbc.queryForObject(
                            "select count(*) from mail_outbox where recipients like ?",
                            Long.class,
                            "%" + contactOnly + "%"))
                    .isZero();
        }
        assertThat(document(r, "COMPLAINT_REGISTRATION").get("input_data").toString())
                .contains("孙同意：同意电子送达，送达地址确认书确认的电子邮箱：" + consented)
                .contains("周纸质：未同意电子送达，直接送达或者邮寄送达")
                .contains("焊工");
    }

    @Test
    void aRefusalNeedsItsReasonAndEndsTheProcess() {
        Registration r = register(f.employer(), 3);
        ProcessInstance instance = instance(r);

        assertThatThrownBy(() -> decide(f.inspector, instance, Map.of("decision", "REFUSE")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("variables.refusalReason"));
        BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW);

        decide(f.inspector, instance, Map.of("decision", "REFUSE", "refusalReason", "EXPIRED"));
        runAsyncSteps(instance);

        BpmnAwareTests.assertThat(instance)
                .hasPassed(REFUSE, ISSUE_REFUSAL_NOTICE, END_REFUSED)
                .isEnded();
        assertThat(documents(r)).contains("NON_ACCEPTANCE_NOTICE");
        assertThat(status(r)).isEqualTo("REFUSED");
        assertThat(jdbc.queryForObject("select decision_reason from complaint where id = ?", String.class, r.id()))
                .isEqualTo("EXPIRED");
        assertThat(new PublishedEvents(jdbc, json)
                        .forListener(ComplaintAccepted.INSPECTION_LISTENER, "complaintId", r.id()))
                .isEmpty();
        assertThat(new PublishedEvents(jdbc, json)
                        .forListener(WageEmergencyReported.EMERGENCY_LISTENER, "complaintId", r.id()))
                .isEmpty();
    }

    @Test
    void aCorrectionWaitsForTheMaterialAndTheReviewRunsAgainFromItsReceipt() {
        Registration r = register(f.employer(), 3);
        ProcessInstance instance = instance(r);
        DeadlineView first = deadline(instance);

        decide(f.inspector, instance, Map.of("decision", "CORRECTION", "correctionItems", "劳动合同或工资条等用工证明"));
        BpmnAwareTests.assertThat(instance).hasPassed(REQUEST_CORRECTION).isWaitingAt(ISSUE_CORRECTION_NOTICE);
        runAsyncSteps(instance);

        BpmnAwareTests.assertThat(instance).hasPassed(ISSUE_CORRECTION_NOTICE).isWaitingAt(RECORD_CORRECTION);
        assertThat(documents(r)).contains("SUPPLEMENT_NOTICE");
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("office:" + f.office + ":clerks");
        assertThat(status(r)).isEqualTo("AWAITING_CORRECTION");
        assertThat(deadlines.get(first.id()).closedOn()).isEqualTo(today);
        String taskId = task(instance).getId();
        assertThatThrownBy(() -> inbox.complete(
                        f.clerk,
                        taskId,
                        null,
                        Map.of("correctionReceivedOn", today.plusDays(1).toString(), "correctionNote", "劳动合同")))
                .isInstanceOf(InvalidInputException.class);

        inbox.complete(
                f.clerk, taskId, null, Map.of("correctionReceivedOn", today.toString(), "correctionNote", "劳动合同复印件"));

        BpmnAwareTests.assertThat(instance).hasPassed(RESUME_REVIEW).isWaitingAt(REVIEW);
        DeadlineView second = deadline(instance);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.start()).isEqualTo(today);
        assertThat(second.closedOn()).isNull();
        BpmnAwareTests.assertThat(task(instance)).hasDueDate(Date.from(second.dueAt()));
        assertThat(status(r)).isEqualTo("UNDER_REVIEW");

        decide(f.partner, instance, Map.of("decision", "ACCEPT"));
        runAsyncSteps(instance);

        BpmnAwareTests.assertThat(instance).hasPassed(END_ACCEPTED).isEnded();
        assertThat(timeline(r))
                .extracting(t -> t.get("step"))
                .containsSubsequence("CORRECTION_REQUESTED", "CORRECTION_RECEIVED", "ACCEPTED");
    }

    /**
     * Issue 9 item 3a: when the 补正 period (10 working days from the request, the configured rule) runs out
     * unanswered, the timer resumes the review on the existing material from that day; the desk records nothing.
     */
    @Test
    void anUnansweredCorrectionIsReviewedOnTheExistingMaterialWhenItsPeriodRunsOut() {
        Registration r = register(f.employer(), 3);
        ProcessInstance instance = instance(r);
        decide(f.inspector, instance, Map.of("decision", "CORRECTION", "correctionItems", "劳动合同或工资条等用工证明"));
        runAsyncSteps(instance);
        BpmnAwareTests.assertThat(instance).isWaitingAt(RECORD_CORRECTION);
        LocalDate expiresOn =
                calendar.dueDate(today, 10, PeriodUnit.WORKING_DAYS).dueDate();
        assertThat(timer(instance, CORRECTION_EXPIRED_TIMER).getDuedate())
                .isEqualTo(Date.from(cn.laborcase.shared.BeijingTime.endOf(expiresOn)));

        // the day before it runs out nothing happens
        processes.advance(
                Duration.between(TestClock.get().instant(), cn.laborcase.shared.BeijingTime.startOf(expiresOn)));
        processes.fireDueTimers(instance.getId());
        BpmnAwareTests.assertThat(instance).isWaitingAt(RECORD_CORRECTION);

        processes.advance(Duration.between(
                        TestClock.get().instant(),
                        timer(instance, CORRECTION_EXPIRED_TIMER).getDuedate().toInstant())
                .plusSeconds(1));
        processes.fireDueTimers(instance.getId());

        BpmnAwareTests.assertThat(instance).hasPassed(CORRECTION_EXPIRED).isWaitingAt(REVIEW);
        assertThat(status(r)).isEqualTo("UNDER_REVIEW");
        DeadlineView round = deadline(instance);
        assertThat(round.start()).isEqualTo(expiresOn);
        assertThat(round.dueDate())
                .isEqualTo(
                        calendar.dueDate(expiresOn, 5, PeriodUnit.WORKING_DAYS).dueDate());
        assertThat(timeline(r)).extracting(t -> t.get("step")).contains("CORRECTION_EXPIRED");
        assertThat(timeline(r))
                .filteredOn(t -> t.get("step").equals("CORRECTION_EXPIRED"))
                .singleElement()
                .satisfies(t -> assertThat(t.get("detail").toString()).contains("根据现有材料审查"));
    }

    @Test
    void aReferralEndsWithItsTarget() {
        Registration r = register(f.employer(), 1);
        ProcessInstance instance = instance(r);

        decide(f.inspector, instance, Map.of("decision", "REFER", "referralTarget", "ARBITRATION"));
        runAsyncSteps(instance);

        BpmnAwareTests.assertThat(instance)
                .hasPassed(REFER, ISSUE_REFERRAL_NOTICE, END_REFERRED)
                .isEnded();
        assertThat(document(r, "REFERRAL_NOTICE").get("input_data").toString()).contains("示范市劳动人事争议仲裁委员会");
        assertThat(status(r)).isEqualTo("REFERRED");
    }

    @Test
    void aMergedRegistrationJoinsTheRunningReviewAndStartsNoProcess() {
        String employer = f.employer();
        Registration first = register(employer, 3);
        Registration merged = register(employer, 2);

        assertThat(merged.merged()).isTrue();
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(String.valueOf(merged.registrationId()))
                        .count())
                .isZero();
        ProcessInstance instance = instance(first);
        BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW);
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .timers()
                        .count())
                .isEqualTo(2);
        assertThat(timeline(first)).extracting(t -> t.get("step")).contains("MERGED");
    }

    @Test
    void anEmergencyIsReportedAtRegistrationWithoutWaitingForTheReview() throws Exception {
        Registration r = register(f.employer(), 30);
        ProcessInstance instance = instance(r);

        BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW).variables().containsEntry("route", "EMERGENCY");
        Map<String, Object> reported = event(r, "WageEmergencyReported");
        assertThat(reported).containsEntry("workersAffected", 30).containsEntry("gridCode", f.grid);

        decide(f.inspector, instance, Map.of("decision", "ACCEPT"));

        assertThat(event(r, "ComplaintAccepted")).containsEntry("route", "EMERGENCY");
    }

    @Test
    void theReminderOneWorkingDayBeforeTheDueDateGoesToWhoeverHoldsTheReview() {
        Registration r = register(f.employer(), 3);
        ProcessInstance instance = instance(r);
        inbox.claim(f.inspector, task(instance).getId());

        processes.reachTimer(instance.getId(), REMINDER_TIMER);

        BpmnAwareTests.assertThat(instance).hasPassed(END_REMINDED).isWaitingAt(REVIEW);
        assertThat(notices(f.inspector))
                .singleElement()
                .satisfies(title -> assertThat(title).contains(r.number()).contains("到期"));
        assertThat(notices(f.partner)).isEmpty();
        assertThat(timeline(r)).extracting(t -> t.get("step")).contains("REMINDED");
    }

    @Test
    void anUnclaimedReviewRemindsEveryInspectorWhoMayTakeIt() {
        Registration r = register(f.employer(), 3);
        ProcessInstance instance = instance(r);

        // time passes to the reminder: the timers due by then fire, the breach timer (later) does not
        processes.advance(Duration.between(
                        TestClock.get().instant(),
                        timer(instance, REMINDER_TIMER).getDuedate().toInstant())
                .plusSeconds(1));
        processes.fireDueTimers(instance.getId());

        BpmnAwareTests.assertThat(instance).hasPassed(END_REMINDED).isWaitingAt(REVIEW);
        assertThat(timer(instance, OVERDUE_TIMER)).isNotNull();

        assertThat(notices(f.inspector)).hasSize(1);
        assertThat(notices(f.partner)).hasSize(1);
    }

    @Test
    void onBreachTheLeadersAreToldAndReassignTheReview() {
        Registration r = register(f.employer(), 3);
        ProcessInstance instance = instance(r);
        inbox.claim(f.inspector, taskAt(instance, REVIEW).getId());

        processes.reachTimer(instance.getId(), OVERDUE_TIMER);

        BpmnAwareTests.assertThat(instance).isWaitingAt(REVIEW, HANDLE_OVERDUE);
        BpmnAwareTests.assertThat(taskAt(instance, HANDLE_OVERDUE))
                .hasCandidateGroup("office:" + f.office + ":leaders");
        assertThat(notices(f.leader))
                .singleElement()
                .satisfies(title -> assertThat(title).contains("超期").contains(r.number()));
        String leaderTask = taskAt(instance, HANDLE_OVERDUE).getId();
        // the leader picks a colleague by name from those who may work the review, never types a user name; the one
        // who holds the review now is not offered
        assertThat(inbox.detail(f.leader, leaderTask).form().inputs())
                .filteredOn(field -> "reassignTo".equals(field.key()))
                .singleElement()
                .satisfies(field -> assertThat(field.options())
                        .extracting(FormField.Option::value)
                        .contains(f.partner.username())
                        .doesNotContain(f.inspector.username()));
        assertThatThrownBy(() -> inbox.complete(
                        f.leader,
                        leaderTask,
                        null,
                        Map.of("overdueAction", "REASSIGN", "reassignTo", "inspector1", "reassignReason", "原承办人出差")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("variables.reassignTo"));

        inbox.complete(
                f.leader,
                leaderTask,
                null,
                Map.of("overdueAction", "REASSIGN", "reassignTo", f.partner.username(), "reassignReason", "原承办人出差"));

        BpmnAwareTests.assertThat(instance).hasPassed(END_REASSIGNED).isWaitingAt(REVIEW);
        BpmnAwareTests.assertThat(taskAt(instance, REVIEW)).isAssignedTo(f.partner.username());
        assertThat(timeline(r)).extracting(t -> t.get("step")).containsSubsequence("OVERDUE", "REASSIGNED");

        decide(f.partner, instance, Map.of("decision", "ACCEPT"));
        runAsyncSteps(instance);
        BpmnAwareTests.assertThat(instance).hasPassed(END_ACCEPTED).isEnded();
    }

    @Test
    void onBreachTheLeaderMayDecideHimselfWhichEndsTheReview() {
        Registration r = register(f.employer(), 3);
        ProcessInstance instance = instance(r);
        String reviewTask = taskAt(instance, REVIEW).getId();
        processes.reachTimer(instance.getId(), OVERDUE_TIMER);

        inbox.complete(
                f.leader,
                taskAt(instance, HANDLE_OVERDUE).getId(),
                "经核实用工地在外区",
                Map.of("overdueAction", "DECIDE", "decision", "REFUSE", "refusalReason", "NOT_OUR_JURISDICTION"));
        runAsyncSteps(instance);

        BpmnAwareTests.assertThat(instance)
                .hasPassed(LEADER_DECIDED, REFUSE, END_REFUSED)
                .isEnded();
        // 25号令 §18: not this office's jurisdiction is told in a 告知书 naming the competent body, not a 不予受理通知书
        assertThat(documents(r)).doesNotContain("NON_ACCEPTANCE_NOTICE");
        assertThat(document(r, "REFERRAL_NOTICE").get("created_by")).isEqualTo(f.leader.username());
        assertThat(document(r, "REFERRAL_NOTICE").get("input_data").toString())
                .contains("\"referralKind\":\"其他劳动保障行政部门\"")
                .contains("\"competentBody\":\"有管辖权的劳动保障行政部门");
        assertThat(status(r)).isEqualTo("REFUSED");
        assertThat(jdbc.queryForObject("select status from wf_task where id = ?", String.class, reviewTask))
                .isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("select decided_by from complaint where id = ?", String.class, r.id()))
                .isEqualTo(f.leader.username());
    }

    @Test
    void aDecisionWhileTheLeadersTaskIsOpenEndsThatTask() {
        Registration r = register(f.employer(), 3);
        ProcessInstance instance = instance(r);
        processes.reachTimer(instance.getId(), OVERDUE_TIMER);
        String leaderTask = taskAt(instance, HANDLE_OVERDUE).getId();

        decide(f.inspector, instance, Map.of("decision", "ACCEPT"));
        runAsyncSteps(instance);

        BpmnAwareTests.assertThat(instance).hasPassed(END_ACCEPTED).isEnded();
        assertThat(jdbc.queryForObject("select status from wf_task where id = ?", String.class, leaderTask))
                .isEqualTo("CANCELLED");
    }

    @Test
    void aReportsDocumentsNeverNameTheReporter() {
        RegisterComplaintRequest report = new RegisterComplaintRequest(
                "REPORT",
                "PHONE",
                null,
                List.of(new RegisterComplaintRequest.ComplainantRequest(
                        "钱保密",
                        IntakeFixtures.idNumber(),
                        IntakeFixtures.mobile(),
                        "测试住址",
                        "r" + IntakeFixtures.unique().toLowerCase() + "@example.cn")),
                new RegisterComplaintRequest.EmployerRequest(f.employer(), null, null, null, null),
                "CHILD_LABOR",
                2,
                null,
                today.minusDays(5),
                null,
                false,
                "后厨有未成年帮工");
        Registration r = registration.register(f.clerk, report);
        ProcessInstance instance = instance(r);
        runAsyncSteps(instance);

        Map<String, Object> form = document(r, "COMPLAINT_REGISTRATION");
        assertThat(form.get("input_data").toString()).contains("举报人信息保密").doesNotContain("钱保密");
        assertThat(jdbc.queryForObject(
                        "select count(*) from document_recipient where document_id = ?", Long.class, form.get("id")))
                .isZero();

        decide(f.inspector, instance, Map.of("decision", "ACCEPT"));
        runAsyncSteps(instance);

        BpmnAwareTests.assertThat(instance)
                .hasPassed(ISSUE_ACCEPTANCE_NOTICE, END_ACCEPTED)
                .isEnded();
        assertThat(documents(r)).containsExactly("COMPLAINT_REGISTRATION");
        assertThat(timeline(r)).last().satisfies(t -> assertThat(t.get("detail").toString())
                .contains("举报人信息保密"));
    }

    @Test
    void aComplaintJoiningAReportGetsItsDecisionNoticeAndTheReporterNone() {
        String employer = f.employer();
        RegisterComplaintRequest.ComplainantRequest reporter = party("钱先举");
        RegisterComplaintRequest.ComplainantRequest worker = party("李后投");
        Registration report = file("REPORT", employer, reporter);
        Registration complaint = file("COMPLAINT", employer, worker);
        assertThat(complaint.merged()).isTrue();
        ProcessInstance instance = instance(report);
        runAsyncSteps(instance);

        decide(f.inspector, instance, Map.of("decision", "ACCEPT"));
        runAsyncSteps(instance);

        Map<String, Object> notice = document(report, "ACCEPTANCE_NOTICE");
        assertThat(notice.get("input_data").toString()).contains("李后投").doesNotContain("钱先举");
        assertThat(recipients(notice)).containsExactly("李后投");
        Map<String, Object> form = document(report, "COMPLAINT_REGISTRATION");
        assertThat(form.get("input_data").toString()).doesNotContain("钱先举").doesNotContain("李后投");
    }

    @Test
    void aNoticeIsAddressedOncePerPersonAndNeverToAReporterMergedIn() {
        String employer = f.employer();
        RegisterComplaintRequest.ComplainantRequest worker = party("陈大海");
        RegisterComplaintRequest.ComplainantRequest colleague = party("刘小燕");
        Registration first = file("COMPLAINT", employer, worker, colleague);
        file("COMPLAINT", employer, worker, colleague);
        file("COMPLAINT", employer, colleague);
        file("REPORT", employer, party("孙举报"));
        ProcessInstance instance = instance(first);
        runAsyncSteps(instance);

        decide(f.inspector, instance, Map.of("decision", "ACCEPT"));
        runAsyncSteps(instance);

        Map<String, Object> notice = document(first, "ACCEPTANCE_NOTICE");
        assertThat(recipients(notice)).containsExactly("陈大海", "刘小燕");
        assertThat(notice.get("input_data").toString()).contains("陈大海、刘小燕").doesNotContain("孙举报");
        assertThat(recipients(document(first, "COMPLAINT_REGISTRATION"))).containsExactly("陈大海", "刘小燕");
    }

    private RegisterComplaintRequest.ComplainantRequest party(String name) {
        return new RegisterComplaintRequest.ComplainantRequest(
                name,
                IntakeFixtures.idNumber(),
                IntakeFixtures.mobile(),
                "测试住址",
                "p" + IntakeFixtures.unique().toLowerCase() + "@example.cn");
    }

    private Registration file(String kind, String employer, RegisterComplaintRequest.ComplainantRequest... people) {
        RegisterComplaintRequest request = new RegisterComplaintRequest(
                kind,
                "PHONE",
                null,
                List.of(people),
                new RegisterComplaintRequest.EmployerRequest(employer, null, null, null, null),
                "WAGE_ARREARS",
                3,
                null,
                today.minusDays(20),
                null,
                false,
                "拖欠工资",
                null,
                "COMPLAINT".equals(kind) ? "支付拖欠的工资" : null);
        return registration.register(f.clerk, request);
    }

    private List<String> recipients(Map<String, Object> document) {
        return jdbc.queryForList(
                "select name from document_recipient where document_id = ? order by position",
                String.class,
                document.get("id"));
    }

    private Registration register(String employer, int workers) {
        RegisterComplaintRequest request = new RegisterComplaintRequest(
                "COMPLAINT",
                "COUNTER",
                null,
                List.of(new RegisterComplaintRequest.ComplainantRequest(
                        "张三",
                        IntakeFixtures.idNumber(),
                        IntakeFixtures.mobile(),
                        "测试住址",
                        "t" + IntakeFixtures.unique().toLowerCase() + "@example.cn")),
                new RegisterComplaintRequest.EmployerRequest(employer, null, null, null, null),
                workers == 1 ? "DISMISSAL_DISPUTE" : "WAGE_ARREARS",
                workers,
                new BigDecimal("8000.00"),
                today.minusMonths(1),
                null,
                false,
                "拖欠工资",
                null,
                "支付拖欠的工资");
        return registration.register(f.clerk, request);
    }

    /** Executes the asynchronous steps (documents) the instance waits at, and those they lead to. */
    private void runAsyncSteps(ProcessInstance instance) {
        processes.runAsyncSteps(instance.getId());
    }

    private List<String> documents(Registration r) {
        return jdbc.queryForList(
                "select type_code from document where case_type = 'COMPLAINT' and case_id = ? "
                        + "and type_code <> 'SERVICE_RECEIPT' order by created_at, id",
                String.class,
                String.valueOf(r.id()));
    }

    private Map<String, Object> document(Registration r, String type) {
        return jdbc.queryForMap(
                "select * from document where case_type = 'COMPLAINT' and case_id = ? and type_code = ?",
                String.valueOf(r.id()),
                type);
    }

    private void decide(CurrentUser user, ProcessInstance instance, Map<String, Object> values) {
        processes.complete(user, taskAt(instance, REVIEW).getId(), null, new HashMap<>(values));
    }

    private ProcessInstance instance(Registration r) {
        return runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(r.id()))
                .singleResult();
    }

    private static org.camunda.bpm.engine.task.Task taskAt(ProcessInstance instance, String key) {
        return BpmnAwareTests.task(key, instance);
    }

    private DeadlineView deadline(ProcessInstance instance) {
        return deadlines.get(DeadlineId.of(runtimeService.getVariable(instance.getId(), "deadlineId")));
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .timers()
                .singleResult();
    }

    private String status(Registration r) {
        return jdbc.queryForObject("select status from complaint where id = ?", String.class, r.id());
    }

    private List<Map<String, Object>> timeline(Registration r) {
        return processes.timeline(CaseRef.of(CaseType.COMPLAINT, r.id())).stream()
                .map(e -> {
                    Map<String, Object> entry = new HashMap<>();
                    entry.put("step", e.stepCode());
                    entry.put("actor", e.actor());
                    entry.put("actor_name", e.actorName());
                    entry.put("detail", e.detail());
                    return entry;
                })
                .toList();
    }

    /** The event as it waits in the publication registry for the track that will consume it. */
    private Map<String, Object> event(Registration r, String type) {
        String listener = type.equals("WageEmergencyReported")
                ? WageEmergencyReported.EMERGENCY_LISTENER
                : ComplaintAccepted.INSPECTION_LISTENER;
        return new PublishedEvents(jdbc, json)
                .forListener(listener, "complaintId", r.id()).stream()
                        .filter(e -> e.type().equals(type))
                        .findFirst()
                        .orElseThrow()
                        .properties();
    }

    private List<String> notices(CurrentUser user) {
        return jdbc.queryForList(
                "select title from staff_notice where username = ? order by created_at, id",
                String.class,
                user.username());
    }
}
