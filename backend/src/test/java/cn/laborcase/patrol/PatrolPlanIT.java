package cn.laborcase.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.organization.Role;
import cn.laborcase.patrol.process.PatrolPlanProcess;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.PublishedEvents;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.InboxQuery;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Patrol plans on the real engine and database: the monthly timer draws each grid once and gives each drawn employer a
 * task in both drawn inspectors' inboxes; the draw re-runs to the same result; the plan is read within data scope;
 * recording a patrol checks its input, who records, and publishes the finding once.
 */
@IntegrationTest
class PatrolPlanIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ManagementService management;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline timeline;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    PatrolPlans plans;

    @Autowired
    PatrolRecords records;

    @Autowired
    PatrolConflicts conflicts;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    Processes processes;
    PatrolFixtures fixtures;
    String grid;
    CurrentUser wang;
    CurrentUser li;
    CurrentUser zhao;
    CurrentUser leader;
    long watched;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, timeline).start();
        fixtures = new PatrolFixtures(jdbc, users);
        grid = fixtures.newGrid();
        wang = fixtures.newStaff("王巡视", Role.INSPECTOR, grid);
        li = fixtures.newStaff("李巡视", Role.INSPECTOR, grid);
        zhao = fixtures.newStaff("赵巡视", Role.INSPECTOR, grid);
        leader = fixtures.newStaff("巡视大队长", Role.SECTION_LEADER, null);
        watched = fixtures.newEmployer(grid, "重点监控测试有限公司", "C", true);
        for (int i = 0; i < 6; i++) {
            fixtures.newEmployer(grid, "巡视测试单位" + i + "有限公司", i % 3 == 0 ? "A" : "B", false);
        }
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    @Test
    void theMonthlyTimerDrawsEachGridOnceAndPutsEachPatrolInBothDrawnInspectorsInboxes() {
        Job timer = management
                .createJobQuery()
                .processDefinitionKey(PatrolPlanProcess.KEY)
                .timers()
                .singleResult();
        assertThat(timer).as("the monthly timer start event").isNotNull();
        TestClock.get().set(timer.getDuedate().toInstant().plusSeconds(1));
        management.executeJob(timer.getId());
        YearMonth month = YearMonth.from(BeijingTime.today(TestClock.get()));

        PatrolPlanView plan = plans.plan(leader, grid, month);
        assertThat(plan.startedBy()).isEqualTo(PatrolPlans.SYSTEM);
        assertThat(plan.pool()).containsExactlyInAnyOrder(wang.username(), li.username(), zhao.username());
        assertThat(plan.items())
                .filteredOn(i -> i.employerId() == watched)
                .singleElement()
                .satisfies(i -> assertThat(i.reasonLabel()).isEqualTo("重点监控"));
        assertThat(plan.items()).allSatisfy(i -> {
            assertThat(i.inspectors()).hasSize(2);
            assertThat(i.dueOn()).isEqualTo(month.atEndOfMonth());
        });

        PatrolItemView first = plan.items().get(0);
        String pi = jdbc.queryForObject(
                "select process_instance_id from patrol_plan_item where id = ?", String.class, first.id());
        List<String> candidates = jdbc.queryForList(
                "select c.group_id from wf_task_candidate c join wf_task t on t.id = c.task_id"
                        + " where t.process_instance_id = ? order by c.group_id",
                String.class,
                pi);
        assertThat(candidates)
                .containsExactlyInAnyOrderElementsOf(
                        first.inspectors().stream().map(u -> "staff:" + u).toList());
        for (String username : first.inspectors()) {
            CurrentUser drawn = users.findActive(username).orElseThrow();
            assertThat(inboxOf(drawn)).extracting(TaskView::processInstanceId).contains(pi);
        }
        String notDrawn = plan.pool().stream()
                .filter(u -> !first.inspectors().contains(u))
                .findFirst()
                .orElseThrow();
        assertThat(inboxOf(users.findActive(notDrawn).orElseThrow()))
                .extracting(TaskView::processInstanceId)
                .doesNotContain(pi);

        // the task is not ended by hand from the task page: the record on the patrol page ends it
        String taskId = jdbc.queryForObject(
                "select id from wf_task where process_instance_id = ? and status = 'OPEN'", String.class, pi);
        CurrentUser drawnOne = users.findActive(first.inspectors().get(0)).orElseThrow();
        assertThatThrownBy(() -> inbox.complete(drawnOne, taskId, null, Map.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("variables.patrol"));

        // a retried job, or the timer again in the same month: the same plan, no second task
        assertThat(plans.drawMonth(month)).contains(plan.id());
        assertThat(plans.plan(leader, grid, month).items()).hasSameSizeAs(plan.items());
        assertThat(jdbc.queryForObject(
                        "select count(*) from patrol_plan where grid_code = ? and plan_month = ?",
                        Long.class,
                        grid,
                        month.toString()))
                .isEqualTo(1L);
        assertThatThrownBy(() -> plans.start(leader, grid, month)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRecordedDrawReRunsToTheSameResultEvenAfterTheRegistryChanged() {
        YearMonth month = plans.currentMonth();
        PatrolPlanView plan = plans.start(leader, grid, month);
        jdbc.update("update employer set watch_list = true where grid_id = (select id from grid where code = ?)", grid);

        PatrolPlans.DrawAudit audit = plans.rerun(leader, grid, month);

        assertThat(audit.matches()).isTrue();
        assertThat(audit.lines()).hasSameSizeAs(plan.items()).allMatch(PatrolPlans.DrawAudit.Line::sameAsRecorded);
        assertThat(audit.registrySize()).isEqualTo(7);
    }

    @Test
    void thePlanIsReadWithinDataScope() throws Exception {
        YearMonth month = plans.currentMonth();
        HttpResponse<String> started = UserAgent.basic(port, leader.username(), UserAgent.DEMO_PASSWORD)
                .postJson("/api/patrol-plans", "{\"gridCode\":\"" + grid + "\",\"month\":\"" + month + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        HttpResponse<String> again = UserAgent.basic(port, leader.username(), UserAgent.DEMO_PASSWORD)
                .postJson("/api/patrol-plans", "{\"gridCode\":\"" + grid + "\",\"month\":\"" + month + "\"}");
        assertThat(again.statusCode()).isEqualTo(409);

        String path = "/api/grids/" + grid + "/patrol-plan?month=" + month;
        HttpResponse<String> own =
                UserAgent.basic(port, wang.username(), UserAgent.DEMO_PASSWORD).get(path);
        assertThat(own.statusCode()).isEqualTo(200);
        Map<?, ?> body = json.readValue(own.body(), Map.class);
        assertThat(body.get("seed")).isNotNull();
        assertThat((List<?>) body.get("items")).isNotEmpty();

        for (String outsider : List.of("inspector1", "leader1", "assistant1")) {
            assertThat(UserAgent.basic(port, outsider, UserAgent.DEMO_PASSWORD)
                            .get(path)
                            .statusCode())
                    .as(outsider)
                    .isEqualTo(404);
        }
        assertThat(UserAgent.basic(port, "leader1", UserAgent.DEMO_PASSWORD)
                        .postJson(
                                "/api/patrol-plans",
                                "{\"gridCode\":\"" + grid + "\",\"month\":\"" + month.plusMonths(1) + "\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(UserAgent.basic(port, wang.username(), UserAgent.DEMO_PASSWORD)
                        .get("/api/grids/" + grid + "/patrol-plan?month=2026-13")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void openingACaseFromAPatrolPublishesTheFindingOnceAndEndsTheTask() {
        PatrolPlanView plan = plans.start(leader, grid, plans.currentMonth());
        PatrolItemView item = plan.items().stream()
                .filter(i -> i.employerId() == watched)
                .findFirst()
                .orElseThrow();
        CurrentUser drawn = users.findActive(item.inspectors().get(0)).orElseThrow();
        Map<String, String> checks = allCompliant();
        checks.put("WAGE_PAYMENT", "VIOLATION");
        checks.put("MIGRANT_WAGES", "NOT_APPLICABLE");

        records.record(drawn, item.id(), request(checks, "CASE_OPENED", "拖欠12名工人两个月工资，未建立工资台账"));

        // a written review may have the same id as the patrol: its finding is told apart by its source
        List<PublishedEvents.Published> events = patrolFindings(item.id());
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("RoutineFindingReported");
            assertThat(e.properties().get("source")).isEqualTo("PATROL");
            assertThat(e.properties().get("gridCode")).isEqualTo(grid);
            assertThat(String.valueOf(e.properties().get("checklistItems")))
                    .isEqualTo(List.of(ChecklistTopic.WAGE_PAYMENT.violation()).toString());
            assertThat(String.valueOf(e.properties().get("inspectors")))
                    .contains(item.inspectors().get(0), item.inspectors().get(1));
        });
        assertThat(jdbc.queryForObject(
                        "select status from wf_task where process_instance_id = (select process_instance_id"
                                + " from patrol_plan_item where id = ?)",
                        String.class,
                        item.id()))
                .isEqualTo("COMPLETED");
        assertThat(records.get(drawn, item.id()).item().resultLabel()).isEqualTo("立案查处");

        assertThatThrownBy(() -> records.record(drawn, item.id(), request(checks, "CASE_OPENED", "再次登记")))
                .isInstanceOf(ConflictException.class);
        assertThat(patrolFindings(item.id())).hasSize(1);
    }

    private List<PublishedEvents.Published> patrolFindings(long itemId) {
        return new PublishedEvents(jdbc, json)
                .forListener(RoutineFindingReported.INSPECTION_LISTENER, "sourceId", itemId).stream()
                        .filter(e -> RoutineFindingReported.PATROL.equals(
                                e.properties().get("source")))
                        .toList();
    }

    @Test
    void onlyTheDrawnPairOrTheOfficesLeaderRecordsAndBadInputIsRefusedFieldByField() {
        PatrolPlanView plan = plans.start(leader, grid, plans.currentMonth());
        PatrolItemView item = plan.items().get(0);
        String other = plan.pool().stream()
                .filter(u -> !item.inspectors().contains(u))
                .findFirst()
                .orElseThrow();
        CurrentUser notDrawn = users.findActive(other).orElseThrow();
        CurrentUser drawn = users.findActive(item.inspectors().get(1)).orElseThrow();
        CurrentUser foreign = users.findActive("inspector1").orElseThrow();

        assertThatThrownBy(() -> records.record(foreign, item.id(), request(allCompliant(), "NO_VIOLATION", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> records.record(notDrawn, item.id(), request(allCompliant(), "NO_VIOLATION", null)))
                .isInstanceOf(ForbiddenException.class);

        Map<String, String> missing = allCompliant();
        missing.remove("LABOR_CONTRACT");
        missing.put("WORKING_HOURS", "MAYBE");
        assertThatThrownBy(() -> records.record(drawn, item.id(), request(missing, "CORRECTED", "含\u0000空字符")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .contains(
                                "check.LABOR_CONTRACT",
                                "check.WORKING_HOURS",
                                "notes",
                                "sitePlace",
                                "sitePresent",
                                "siteFindings"));
        Map<String, String> violated = allCompliant();
        violated.put("SOCIAL_INSURANCE", "VIOLATION");
        assertThatThrownBy(() -> records.record(drawn, item.id(), request(violated, "NO_VIOLATION", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("result"));
        assertThat(records.get(drawn, item.id()).item().recorded()).isFalse();

        records.record(leader, item.id(), request(allCompliant(), "NO_VIOLATION", "资料齐全"));
        assertThat(records.get(drawn, item.id()).item().resultLabel()).isEqualTo("未发现违法");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'PATROL_RECORDED' and target_id = ?",
                        Long.class,
                        String.valueOf(item.id())))
                .isEqualTo(1L);
    }

    @Test
    void theRecordFormAnswersAnEmptySubmissionWithEachMissingFieldNamed() {
        PatrolPlanView plan = plans.start(leader, grid, plans.currentMonth());
        PatrolItemView item = plan.items().get(0);
        UserAgent page = UserAgent.loggedIn(port, item.inspectors().get(0), UserAgent.DEMO_PASSWORD);
        String csrf = page.csrfToken("/patrols/" + item.id());

        HttpResponse<String> empty = page.postForm("/patrols/" + item.id(), Map.of("_csrf", csrf, "version", "0"));

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("请选择“劳动合同”的检查结论", "请选择检查结果", "请填写检查日期");
        assertThat(records.get(leader, item.id()).item().recorded()).isFalse();
    }

    @Test
    void aPhotoIsStoredWithItsChecksumForTheDrawnPairOnlyAndReadBackWithinScope() throws Exception {
        PatrolPlanView plan = plans.start(leader, grid, plans.currentMonth());
        PatrolItemView item = plan.items().get(0);
        CurrentUser drawn = users.findActive(item.inspectors().get(0)).orElseThrow();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);

        var stored = records.addPhoto(drawn, item.id(), "现场.png", "image/png", png.toByteArray());

        assertThat(stored.sha256()).hasSize(64);
        assertThat(records.get(leader, item.id()).photos())
                .extracting(a -> a.fileName())
                .containsExactly("现场.png");
        assertThat(records.photo(drawn, item.id(), stored.id()).content()).isEqualTo(png.toByteArray());
        assertThatThrownBy(() -> records.photo(users.findActive("inspector1").orElseThrow(), item.id(), stored.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> records.addPhoto(drawn, item.id(), "假.png", "image/png", "不是图片".getBytes()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("file"));
        String other = plan.pool().stream()
                .filter(u -> !item.inspectors().contains(u))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> records.addPhoto(
                        users.findActive(other).orElseThrow(), item.id(), "x.png", "image/png", png.toByteArray()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aConflictOfInterestKeepsAnInspectorOffThatEmployer() {
        conflicts.declare(leader, watched, wang.username(), "系该单位法定代表人近亲属");
        PatrolPlanView plan = plans.start(leader, grid, plans.currentMonth());
        assertThat(plan.items())
                .filteredOn(i -> i.employerId() == watched)
                .singleElement()
                .satisfies(i -> assertThat(i.inspectors()).doesNotContain(wang.username()));
    }

    private List<TaskView> inboxOf(CurrentUser user) {
        return inbox.page(user, new InboxQuery(InboxQuery.Filter.ALL, null, null, 0, 100))
                .tasks();
    }

    private static Map<String, String> allCompliant() {
        Map<String, String> checks = new HashMap<>();
        for (ChecklistTopic t : ChecklistTopic.values()) {
            checks.put(t.name(), "COMPLIANT");
        }
        return checks;
    }

    private static PatrolRecordRequest request(Map<String, String> checks, String result, String notes) {
        return new PatrolRecordRequest(
                checks,
                result,
                BeijingTime.today(TestClock.get()).toString(),
                notes,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
