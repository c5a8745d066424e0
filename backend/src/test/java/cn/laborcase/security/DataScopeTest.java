package cn.laborcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.organization.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The see/act rules of {@link DataScope}, on users and tasks built by hand. */
class DataScopeTest {

    final DataScope scope = new DataScope();

    static final TaskScope G01_VERIFY = new TaskScope(null, Set.of("grid:G01:assistants"), "D1", "G01");

    static CurrentUser user(
            String username,
            String office,
            List<String> offices,
            Set<Role> roles,
            Set<String> grids,
            Set<String> groups) {
        return new CurrentUser(1, username, username, office, office, offices, roles, grids, groups);
    }

    static final CurrentUser ASSISTANT1 = user(
            "assistant1",
            "D1",
            List.of("D1"),
            Set.of(Role.GRID_ASSISTANT),
            Set.of("G01"),
            Set.of("office:D1:assistants", "grid:G01:assistants"));
    static final CurrentUser ASSISTANT_B = user(
            "assistantB",
            "D1",
            List.of("D1"),
            Set.of(Role.GRID_ASSISTANT),
            Set.of("G01"),
            Set.of("office:D1:assistants", "grid:G01:assistants"));
    static final CurrentUser INSPECTOR1 = user(
            "inspector1",
            "D1",
            List.of("D1"),
            Set.of(Role.INSPECTOR),
            Set.of("G01", "G03"),
            Set.of("office:D1:inspectors", "grid:G01:inspectors", "grid:G03:inspectors"));
    static final CurrentUser INSPECTOR4 = user(
            "inspector4",
            "D2",
            List.of("D2"),
            Set.of(Role.INSPECTOR),
            Set.of("G04", "G06"),
            Set.of("office:D2:inspectors", "grid:G04:inspectors", "grid:G06:inspectors"));
    static final CurrentUser LEADER1 = user(
            "leader1",
            "D1",
            List.of("D1"),
            Set.of(Role.SECTION_LEADER),
            Set.of(),
            Set.of("office:D1:section-leaders", "office:D1:leaders"));
    static final CurrentUser CHIEF = user(
            "chief",
            "C0",
            List.of("C0", "D1", "D2", "A1"),
            Set.of(Role.BUREAU_LEADER),
            Set.of(),
            Set.of("office:C0:bureau-leaders", "office:C0:leaders"));
    static final CurrentUser CLERK1 =
            user("clerk1", "D1", List.of("D1"), Set.of(Role.INTAKE_CLERK), Set.of(), Set.of("office:D1:clerks"));
    static final CurrentUser CLERK2 =
            user("clerk2", "D2", List.of("D2"), Set.of(Role.INTAKE_CLERK), Set.of(), Set.of("office:D2:clerks"));
    static final CurrentUser ADMIN = user(
            "admin", "C0", List.of("C0", "D1", "D2", "A1"), Set.of(Role.ADMIN), Set.of(), Set.of("office:C0:admins"));
    static final CurrentUser ARBITRATOR = user(
            "arbitrator1", "A1", List.of("A1"), Set.of(Role.ARBITRATOR), Set.of(), Set.of("office:A1:arbitrators"));

    @Test
    void candidatesMayWorkAnUnclaimedTask() {
        assertThat(scope.canWork(ASSISTANT1, G01_VERIFY)).isTrue();
        assertThat(scope.canWork(ASSISTANT_B, G01_VERIFY)).isTrue();
        assertThat(scope.canWork(INSPECTOR1, G01_VERIFY)).isFalse();
        assertThat(scope.canWork(LEADER1, G01_VERIFY)).isFalse();
        assertThat(scope.canWork(ADMIN, G01_VERIFY)).isFalse();
    }

    @Test
    void onlyTheAssigneeMayWorkAClaimedTask() {
        TaskScope claimed = new TaskScope("assistant1", Set.of("grid:G01:assistants"), "D1", "G01");

        assertThat(scope.canWork(ASSISTANT1, claimed)).isTrue();
        assertThat(scope.canWork(ASSISTANT_B, claimed)).isFalse();
        assertThat(scope.canWork(CLERK1, new TaskScope("clerk1", Set.of("grid:G01:assistants"), "D1", "G01")))
                .isTrue();
    }

    @Test
    void gridStaffSeeTheTasksOfTheirGridsOnly() {
        assertThat(scope.canSee(INSPECTOR1, G01_VERIFY)).isTrue();
        assertThat(scope.canSee(INSPECTOR4, G01_VERIFY)).isFalse();
        assertThat(scope.canSee(INSPECTOR4, new TaskScope(null, Set.of("grid:G04:assistants"), "D2", "G04")))
                .isTrue();
    }

    @Test
    void leadersSeeTheirOfficeAndTheOfficesBelowIt() {
        assertThat(scope.canSee(LEADER1, G01_VERIFY)).isTrue();
        assertThat(scope.canSee(CHIEF, G01_VERIFY)).isTrue();
        assertThat(scope.canSee(LEADER1, new TaskScope(null, Set.of("grid:G04:assistants"), "D2", "G04")))
                .isFalse();
    }

    @Test
    void intakeClerksSeeTheirOfficeAndAdministratorsEverything() {
        assertThat(scope.canSee(CLERK1, G01_VERIFY)).isTrue();
        assertThat(scope.canSee(CLERK2, G01_VERIFY)).isFalse();
        assertThat(scope.canSee(ADMIN, G01_VERIFY)).isTrue();
        assertThat(scope.canSee(ARBITRATOR, G01_VERIFY)).isFalse();
    }

    @Test
    void participantsSeeTheCasesTheyWorkOn() {
        ScopeTarget arbitrationCase = new ScopeTarget("A1", null, Set.of("arbitrator1"));

        assertThat(scope.canSee(ARBITRATOR, arbitrationCase)).isTrue();
        assertThat(scope.canSee(
                        user("arbitrator2", "A1", List.of("A1"), Set.of(Role.ARBITRATOR), Set.of(), Set.of()),
                        arbitrationCase))
                .isFalse();
        assertThat(scope.canSee(ARBITRATOR, new TaskScope("arbitrator1", Set.of(), "A1", null)))
                .isTrue();
    }

    @Test
    void aTaskGoesToCandidatesOrToColleaguesOfTheOfficeNeverToOneself() {
        assertThat(scope.canReceiveTransfer(ASSISTANT1, ASSISTANT_B, G01_VERIFY))
                .isTrue();
        assertThat(scope.canReceiveTransfer(ASSISTANT1, CLERK1, G01_VERIFY)).isTrue();
        assertThat(scope.canReceiveTransfer(ASSISTANT1, INSPECTOR4, G01_VERIFY)).isFalse();
        assertThat(scope.canReceiveTransfer(ASSISTANT1, CLERK2, G01_VERIFY)).isFalse();
        assertThat(scope.canReceiveTransfer(ASSISTANT1, ASSISTANT1, G01_VERIFY)).isFalse();
        // a claimed task still goes to its other candidates
        TaskScope claimed = new TaskScope("assistant1", Set.of("grid:G01:assistants"), "D1", "G01");
        assertThat(scope.canReceiveTransfer(ASSISTANT1, ASSISTANT_B, claimed)).isTrue();
    }

    @Test
    void theInboxCriteriaAreTheUsersNameAndGroups() {
        assertThat(scope.inbox(INSPECTOR1)).isEqualTo(new InboxCriteria("inspector1", INSPECTOR1.groups()));
    }

    static final ScopeTarget G01_REPORT = new ScopeTarget("D1", "G01", Set.of("clerk1"));

    @Test
    void aReporterIsSeenOnlyByTheGridsInspectorsAndTheOfficesLeaders() {
        assertThat(scope.canSeeReporter(INSPECTOR1, G01_REPORT)).isTrue();
        assertThat(scope.canSeeReporter(LEADER1, G01_REPORT)).isTrue();
        assertThat(scope.canSeeReporter(CHIEF, G01_REPORT)).isTrue();
        // they may see the report, not who made it
        assertThat(scope.canSee(CLERK1, G01_REPORT)).isTrue();
        assertThat(scope.canSeeReporter(CLERK1, G01_REPORT)).isFalse();
        assertThat(scope.canSeeReporter(ASSISTANT1, G01_REPORT)).isFalse();
        assertThat(scope.canSeeReporter(ADMIN, G01_REPORT)).isFalse();
        assertThat(scope.canSeeReporter(INSPECTOR4, G01_REPORT)).isFalse();
    }

    @Test
    void leadersOfTheTasksOfficeMayReassignIt() {
        TaskScope review = new TaskScope("inspector1", Set.of("grid:G01:inspectors"), "D1", "G01");
        assertThat(scope.canReassign(LEADER1, review)).isTrue();
        assertThat(scope.canReassign(CHIEF, review)).isTrue();
        assertThat(scope.canReassign(INSPECTOR1, review)).isFalse();
        assertThat(scope.canReassign(CLERK1, review)).isFalse();
    }

    @Test
    void onlyIntakeStaffInspectorsAndLeadersRegisterComplaints() {
        assertThat(scope.canRegisterComplaints(CLERK1)).isTrue();
        assertThat(scope.canRegisterComplaints(INSPECTOR1)).isTrue();
        assertThat(scope.canRegisterComplaints(LEADER1)).isTrue();
        assertThat(scope.canRegisterComplaints(ASSISTANT1)).isFalse();
        assertThat(scope.canRegisterComplaints(ARBITRATOR)).isFalse();
        assertThat(scope.canRegisterComplaints(ADMIN)).isFalse();
    }

    @Test
    void theCaseCriteriaFollowTheSameRuleAsCanSee() {
        assertThat(scope.cases(ADMIN).everything()).isTrue();
        assertThat(scope.cases(INSPECTOR1))
                .isEqualTo(new CaseCriteria(false, Set.of(), Set.of("G01", "G03"), "inspector1"));
        assertThat(scope.cases(LEADER1)).isEqualTo(new CaseCriteria(false, Set.of("D1"), Set.of(), "leader1"));
        assertThat(scope.cases(CLERK1)).isEqualTo(new CaseCriteria(false, Set.of("D1"), Set.of(), "clerk1"));
        assertThat(scope.cases(ARBITRATOR).officeCodes()).isEmpty();
    }
}
