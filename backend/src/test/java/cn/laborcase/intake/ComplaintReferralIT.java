package cn.laborcase.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.intake.process.ComplaintIntakeProcess;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.PublishedEvents;
import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A complaint referred to mediation or arbitration publishes {@link ComplaintReferredToDispute} once, for both dispute
 * tracks, with no personal data in the stored JSON; the query the listeners use gives the complainants of a 投诉 and
 * never a reporter's identity.
 */
@IntegrationTest
class ComplaintReferralIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

    @Autowired
    ComplaintRegistration registration;

    @Autowired
    Complaints complaints;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    IntakeFixtures f;
    Processes processes;

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
    void aComplaintReferredToMediationIsPublishedOnceForBothDisputeTracksWithoutPersonalData() {
        String name = "王" + IntakeFixtures.unique();
        String idNumber = IntakeFixtures.idNumber();
        Registration r = register("COMPLAINT", name, idNumber);

        refer(r, "MEDIATION");

        for (String listener : List.of(
                ComplaintReferredToDispute.MEDIATION_LISTENER, ComplaintReferredToDispute.ARBITRATION_LISTENER)) {
            List<PublishedEvents.Published> published =
                    new PublishedEvents(jdbc, json).forListener(listener, "complaintId", r.id());
            assertThat(published).singleElement().satisfies(p -> {
                assertThat(p.type()).isEqualTo("ComplaintReferredToDispute");
                assertThat(p.properties())
                        .containsEntry("target", "MEDIATION")
                        .containsEntry("number", r.number())
                        .containsEntry("officeCode", f.office)
                        .containsOnlyKeys("complaintId", "number", "target", "officeCode", "employerId", "occurredAt");
            });
        }
        String stored = String.join(
                "|",
                jdbc.queryForList(
                        "select serialized_event from event_publication where serialized_event like ?",
                        String.class,
                        "%\"complaintId\":" + r.id() + ",%"));
        assertThat(stored).contains(r.number());
        assertThat(stored).doesNotContain(name).doesNotContain(idNumber);

        ReferredComplaint referred = complaints.referredForDispute(r.id()).orElseThrow();
        assertThat(referred.target()).isEqualTo(ReferralTarget.MEDIATION);
        assertThat(referred.report()).isFalse();
        assertThat(referred.complainants()).singleElement().satisfies(c -> assertThat(c.idNumber())
                .isEqualTo(idNumber));
        assertThat(referred.employer().creditCode()).isNotBlank();
        assertThat(referred.amountOwed()).isEqualByComparingTo("8000.00");
        assertThat(referred.claims()).isEqualTo("支付拖欠的工资");
    }

    @Test
    void aReportReferredToArbitrationPassesNoIdentityOfItsReporter() {
        Registration r = register("REPORT", "举报人" + IntakeFixtures.unique(), IntakeFixtures.idNumber());

        refer(r, "ARBITRATION");

        ReferredComplaint referred = complaints.referredForDispute(r.id()).orElseThrow();
        assertThat(referred.report()).isTrue();
        assertThat(referred.complainants()).isEmpty();
        assertThat(new PublishedEvents(jdbc, json)
                        .forListener(ComplaintReferredToDispute.ARBITRATION_LISTENER, "complaintId", r.id()))
                .hasSize(1);
    }

    @Test
    void aReferralToAnotherOfficePublishesNothingForTheDisputeTracks() {
        Registration r = register("COMPLAINT", "李四", IntakeFixtures.idNumber());

        refer(r, "OTHER_DEPARTMENT");

        assertThat(new PublishedEvents(jdbc, json)
                        .forListener(ComplaintReferredToDispute.MEDIATION_LISTENER, "complaintId", r.id()))
                .isEmpty();
        assertThat(complaints.referredForDispute(r.id())).isEmpty();
    }

    private Registration register(String kind, String name, String idNumber) {
        RegisterComplaintRequest request = new RegisterComplaintRequest(
                kind,
                "COUNTER",
                null,
                List.of(new RegisterComplaintRequest.ComplainantRequest(
                        name, idNumber, IntakeFixtures.mobile(), "测试住址", null)),
                new RegisterComplaintRequest.EmployerRequest(f.employer(), null, null, null, null),
                "DISMISSAL_DISPUTE",
                1,
                new BigDecimal("8000.00"),
                TestClock.get().today().minusMonths(1),
                null,
                false,
                "解除劳动合同未支付经济补偿",
                null,
                "支付拖欠的工资");
        return registration.register(f.clerk, request);
    }

    private void refer(Registration r, String target) {
        CurrentUser inspector = f.inspector;
        String taskId = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(r.id()))
                .taskDefinitionKey(ComplaintIntakeProcess.REVIEW)
                .singleResult()
                .getId();
        Map<String, Object> values = new HashMap<>();
        values.put("decision", "REFER");
        values.put("referralTarget", target);
        if (target.equals("OTHER_DEPARTMENT")) {
            values.put("referralDepartment", "示范市住房和城乡建设局");
        }
        processes.complete(inspector, taskId, null, values);
    }
}
