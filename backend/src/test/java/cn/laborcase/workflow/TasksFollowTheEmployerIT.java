package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.employer.EmployerChanges;
import cn.laborcase.employer.EmployerDirectory;
import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.inspection.InspectionFixtures;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.organization.Role;
import cn.laborcase.patrol.ChecklistTopic;
import cn.laborcase.patrol.PatrolFixtures;
import cn.laborcase.patrol.PatrolItemView;
import cn.laborcase.patrol.PatrolPlans;
import cn.laborcase.patrol.PatrolRecordRequest;
import cn.laborcase.patrol.PatrolRecords;
import cn.laborcase.patrol.RoutineFindingReported;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator moves an employer to another grid: its open inspection-case tasks and its drawn patrols follow.
 * End to end through the employer registry's move, the event registry and the task inbox: the new grid's inspectors
 * list, open and act on the tasks, the old grid's get 404 (also the one who had claimed a task).
 */
@IntegrationTest
class TasksFollowTheEmployerIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline timeline;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    InspectionCases cases;

    @Autowired
    EmployerChanges changes;

    @Autowired
    EmployerDirectory directory;

    @Autowired
    PatrolPlans plans;

    @Autowired
    PatrolRecords records;

    Processes processes;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, timeline).start();
        admin = users.findActive("admin").orElseThrow();
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    @Test
    void anOpenCasesTasksGoToTheNewGridsInspectorsAndTheOldGridGets404() {
        InspectionFixtures x = new InspectionFixtures(jdbc, users);
        IntakeFixtures f = x.f;
        RoutineFindingReported finding = x.finding();
        long caseId = cases.openFromFinding(finding);
        String pid = cases.get(caseId).processInstanceId();
        processes.complete(f.leader, openTask(pid).id(), null, new HashMap<>(Map.of("filingDecision", "APPROVE")));
        processes.runAsyncSteps(pid);
        TaskView assign = openTask(pid);
        assertThat(assign.gridCode()).isEqualTo(f.grid);
        // the old grid's inspector holds it: the move releases it, he is not of the new grid
        inbox.claim(f.inspector, assign.id());

        String newGrid = "G" + IntakeFixtures.unique().substring(0, 7);
        jdbc.update(
                "insert into grid (code, name, office_id, area_description) "
                        + "values (?, ?, (select id from office where code = ?), '新片区')",
                newGrid,
                "新网格" + newGrid,
                f.office);
        CurrentUser newcomer = f.staff("新网格监察员", Role.INSPECTOR, newGrid);
        move(finding.employerId(), newGrid);

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> newGrid.equals(inbox.openTasks(pid).get(0).gridCode()));
        TaskView moved = inbox.get(newcomer, assign.id());
        assertThat(moved.assignee()).isNull();
        assertThat(inbox.canWork(newcomer, moved)).isTrue();
        assertThat(inboxOf(newcomer)).extracting(TaskView::id).contains(assign.id());
        for (CurrentUser old : List.of(f.inspector, f.partner)) {
            assertThatThrownBy(() -> inbox.get(old, assign.id())).isInstanceOf(NotFoundException.class);
            assertThat(inboxOf(old)).extracting(TaskView::id).doesNotContain(assign.id());
        }
        assertThatThrownBy(() -> inbox.claim(f.inspector, assign.id())).isInstanceOf(NotFoundException.class);
        inbox.claim(newcomer, assign.id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'TASK_MOVED_GRID' and target_id = ?",
                        Integer.class,
                        assign.id()))
                .isOne();
    }

    @Test
    void anEmployerWithAnOpenCaseCannotMoveToAnotherOfficesGrid() {
        InspectionFixtures x = new InspectionFixtures(jdbc, users);
        RoutineFindingReported finding = x.finding();
        long caseId = cases.openFromFinding(finding);
        IntakeFixtures elsewhere = new IntakeFixtures(jdbc, users);
        String code = jdbc.queryForObject(
                "select credit_code from employer where id = ?", String.class, finding.employerId());
        int version = directory.detail(admin, code).version();

        assertThatThrownBy(() -> changes.move(admin, code, elsewhere.grid, version))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("gridCode");
                            assertThat(p.message()).contains("在办监察案件").contains("原机构立案管辖");
                        }));
        // nothing moved
        assertThat(directory.detail(admin, code).version()).isEqualTo(version);
        assertThat(cases.get(caseId).gridCode()).isEqualTo(x.f.grid);
    }

    @Test
    void aDrawnPatrolGoesToTheNewGridsInspectorsAndTheDrawnPairGets404() {
        PatrolFixtures p = new PatrolFixtures(jdbc, users);
        String grid = p.newGrid();
        CurrentUser wang = p.newStaff("王巡视", Role.INSPECTOR, grid);
        CurrentUser li = p.newStaff("李巡视", Role.INSPECTOR, grid);
        CurrentUser leader = p.newStaff("巡视大队长", Role.SECTION_LEADER, null);
        long employer = p.newEmployer(grid, "随网格调整测试有限公司", "C", true);
        PatrolItemView item = plans.start(leader, grid, plans.currentMonth()).items().stream()
                .filter(i -> i.employerId() == employer)
                .findFirst()
                .orElseThrow();
        String pid = jdbc.queryForObject(
                "select process_instance_id from patrol_plan_item where id = ?", String.class, item.id());
        String taskId = openTask(pid).id();
        assertThat(inbox.get(wang, taskId)).isNotNull();

        String newGrid = p.newGrid();
        CurrentUser zhou = p.newStaff("周巡视", Role.INSPECTOR, newGrid);
        move(employer, newGrid);

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> newGrid.equals(inbox.openTasks(pid).get(0).gridCode()));
        assertThat(inbox.canWork(zhou, inbox.get(zhou, taskId))).isTrue();
        assertThat(inboxOf(zhou)).extracting(TaskView::id).contains(taskId);
        for (CurrentUser pair : List.of(wang, li)) {
            assertThatThrownBy(() -> inbox.get(pair, taskId)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> records.get(pair, item.id())).isInstanceOf(NotFoundException.class);
            assertThat(records.openOf(pair)).extracting(PatrolItemView::id).doesNotContain(item.id());
        }
        // the draw's record is unchanged: the re-run still matches
        var rerun = plans.rerun(leader, grid, plans.currentMonth());
        assertThat(rerun.matches())
                .as(rerun.lines() + " / " + rerun.plan().items())
                .isTrue();

        assertThat(records.get(zhou, item.id()).mayRecord()).isTrue();
        records.record(zhou, item.id(), allCompliant());
        assertThat(inbox.openTasks(pid)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'PATROL_MOVED_GRID' and target_id = ?",
                        Integer.class,
                        String.valueOf(item.id())))
                .isOne();
    }

    private void move(long employerId, String gridCode) {
        String code = jdbc.queryForObject("select credit_code from employer where id = ?", String.class, employerId);
        changes.move(admin, code, gridCode, directory.detail(admin, code).version());
    }

    private TaskView openTask(String pid) {
        List<TaskView> open = inbox.openTasks(pid);
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private List<TaskView> inboxOf(CurrentUser user) {
        return inbox.page(user, new InboxQuery(InboxQuery.Filter.ALL, null, null, 0, 100))
                .tasks();
    }

    private static PatrolRecordRequest allCompliant() {
        Map<String, String> checks = new HashMap<>();
        for (ChecklistTopic t : ChecklistTopic.values()) {
            checks.put(t.name(), "COMPLIANT");
        }
        return new PatrolRecordRequest(
                checks,
                "NO_VIOLATION",
                BeijingTime.today(TestClock.get()).toString(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
