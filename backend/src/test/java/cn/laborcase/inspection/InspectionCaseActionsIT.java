package cn.laborcase.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.OpenDeadline;
import cn.laborcase.cases.Attachments.Attachment;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.TestStaff;
import cn.laborcase.support.UserAgent;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case page's own actions: an inspector of the case adds evidence (others: 403, another office: 404, a closed
 * case: 409, nothing written), and only the case's inspector asks for the extension.
 */
@IntegrationTest
class InspectionCaseActionsIT {

    static final String PASSWORD = "Test-Passwort1";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InspectionCaseActions actions;

    @Autowired
    Deadlines deadlines;

    @Autowired
    UserLookup users;

    record Office(long caseId, CurrentUser inspector, CurrentUser other, CurrentUser sectionLeader, String head) {}

    Office office() {
        InspectionReadFixtures f = new InspectionReadFixtures(jdbc);
        String inspector = TestStaff.uniqueUsername("ci");
        String other = TestStaff.uniqueUsername("co");
        String section = TestStaff.uniqueUsername("cs");
        String head = TestStaff.uniqueUsername("ch");
        TestStaff.insert(jdbc, inspector, PASSWORD, "D1", "INSPECTOR");
        TestStaff.insert(jdbc, other, PASSWORD, "D1", "INSPECTOR");
        TestStaff.insert(jdbc, section, PASSWORD, "D1", "SECTION_LEADER");
        TestStaff.insert(jdbc, head, PASSWORD, "D1", "BUREAU_LEADER");
        long employer = f.employer("G01", "证据测试有限公司" + InspectionReadFixtures.unique());
        LocalDate today = TestClock.get().today();
        long id = f.inspectionCase(
                "东湖劳监案〔2026〕" + InspectionReadFixtures.unique() + "号",
                "D1",
                "G01",
                employer,
                "INSTRUCTION",
                "INVESTIGATING",
                today,
                null,
                false);
        f.inspector(id, inspector, true, true);
        DeadlineView d = deadlines.open(new OpenDeadline(
                InspectionCases.DEADLINE_RULE, today, new DeadlineOwner(CaseRef.of(CaseType.INSPECTION_CASE, id))));
        jdbc.update(
                "update inspection_case set deadline_id = ?, due_date = ? where id = ?",
                d.id().value(),
                Date.valueOf(d.dueDate()),
                id);
        return new Office(
                id,
                users.findActive(inspector).orElseThrow(),
                users.findActive(other).orElseThrow(),
                users.findActive(section).orElseThrow(),
                head);
    }

    long evidenceOf(long caseId) {
        return jdbc.queryForObject(
                "select count(*) from attachment where owner_kind = 'INSPECTION_CASE' and owner_id = ?",
                Long.class,
                caseId);
    }

    @Test
    void anInspectorOfTheCaseAddsEvidenceAndNobodyElseDoes() {
        Office o = office();
        Attachment a = actions.addEvidence(o.inspector(), o.caseId(), "车间.png", "image/png", PNG, "车间入口");
        assertThat(a.sha256()).hasSize(64);
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_timeline where case_type = 'INSPECTION_CASE' and case_id = ?"
                                + " and step = 'EVIDENCE_ADDED'",
                        Long.class,
                        o.caseId()))
                .isEqualTo(1);

        // in scope (an inspector of the grid's office) but not one of the case's inspectors
        CurrentUser g04 = users.findActive("inspector4").orElseThrow();
        assertThatThrownBy(() -> actions.addEvidence(g04, o.caseId(), "a.png", "image/png", PNG, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actions.addEvidence(o.sectionLeader(), o.caseId(), "a.png", "image/png", PNG, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() ->
                        actions.addEvidence(o.inspector(), o.caseId(), "a.html", "text/html", "<p>".getBytes(), null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(evidenceOf(o.caseId())).isEqualTo(1);

        jdbc.update("update inspection_case set status = 'CLOSED' where id = ?", o.caseId());
        assertThatThrownBy(() -> actions.addEvidence(o.inspector(), o.caseId(), "b.png", "image/png", PNG, null))
                .isInstanceOf(ConflictException.class);
        assertThat(evidenceOf(o.caseId())).isEqualTo(1);
    }

    /**
     * The request's refusals through the API, before anything reaches the process (the request itself, the 局长's
     * approval and refusal: InspectionCaseProcessTest): not the case's inspector 403, no reason 400, an expired period
     * 409 with the reason; nothing is written.
     */
    @Test
    void onlyTheCasesInspectorAsksForTheExtensionWithAReasonWithinThePeriod() {
        Office o = office();
        assertThat(actions.optionsFor(o.inspector(), o.caseId()))
                .isEqualTo(new InspectionCaseActions.Options(true, true, false));
        assertThat(actions.optionsFor(o.sectionLeader(), o.caseId()))
                .isEqualTo(new InspectionCaseActions.Options(false, false, false));
        UserAgent section = UserAgent.basic(port, o.sectionLeader().username(), PASSWORD);
        HttpResponse<String> refused =
                section.postJson("/api/inspection-cases/" + o.caseId() + "/extension", "{\"reason\":\"案情复杂\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        UserAgent head = UserAgent.basic(port, o.head(), PASSWORD);
        assertThat(head.postJson("/api/inspection-cases/" + o.caseId() + "/extension", "{\"reason\":\"案情复杂\"}")
                        .statusCode())
                .as("the 局长 decides the request, he does not make it")
                .isEqualTo(403);

        UserAgent inspector = UserAgent.basic(port, o.inspector().username(), PASSWORD);
        HttpResponse<String> blank =
                inspector.postJson("/api/inspection-cases/" + o.caseId() + "/extension", "{\"reason\":\"  \"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("reason", "延期理由");

        jdbc.update(
                "update inspection_case set due_date = ? where id = ?",
                Date.valueOf(TestClock.get().today().minusDays(1)),
                o.caseId());
        HttpResponse<String> expired = inspector.postJson(
                "/api/inspection-cases/" + o.caseId() + "/extension", "{\"reason\":\"涉及人数众多，需调取银行流水\"}");
        assertThat(expired.statusCode()).isEqualTo(409);
        assertThat(expired.body()).contains("期限届满后不能延长");
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_timeline where case_type = 'INSPECTION_CASE' and case_id = ?"
                                + " and step = 'EXTENSION_REQUESTED'",
                        Long.class,
                        o.caseId()))
                .isZero();
        assertThat(jdbc.queryForObject("select extended from inspection_case where id = ?", Boolean.class, o.caseId()))
                .isFalse();
    }
}
