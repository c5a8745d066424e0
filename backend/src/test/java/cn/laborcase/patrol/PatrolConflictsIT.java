package cn.laborcase.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.organization.Role;
import cn.laborcase.patrol.PatrolConflicts.ConflictView;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Conflicts of interest (巡视回避): an inspector declares one for an employer of his grid, the office's leader confirms
 * or withdraws it, the draw never pairs a declared conflict and records what it read; hostile input, other offices,
 * stale versions; the API and the page.
 */
@IntegrationTest
class PatrolConflictsIT {

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
    PatrolPlans plans;

    @Autowired
    PatrolConflicts conflicts;

    @LocalServerPort
    int port;

    Processes processes;
    PatrolFixtures fixtures;
    String grid;
    CurrentUser wang;
    CurrentUser li;
    CurrentUser leader;
    long relative;
    long other;

    @Autowired
    OrganizationNames names;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, timeline).start();
        fixtures = new PatrolFixtures(jdbc, users);
        grid = fixtures.newGrid();
        wang = fixtures.newStaff("王回避", Role.INSPECTOR, grid);
        li = fixtures.newStaff("李回避", Role.INSPECTOR, grid);
        leader = fixtures.newStaff("回避大队长", Role.SECTION_LEADER, null);
        // watch-listed: both are drawn every month
        relative = fixtures.newEmployer(grid, "回避亲属测试有限公司", "B", true);
        other = fixtures.newEmployer(grid, "回避无关测试有限公司", "B", true);
        // the staff were written behind the directory's back: names held from an earlier test would not have them
        names.forget();
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    @Test
    void aDeclaredConflictIsNeverDrawnAndTheDrawRecordsIt() {
        ConflictView declared = conflicts.declare(wang, relative, null, "系该单位法定代表人近亲属");
        assertThat(declared.stateLabel()).isEqualTo("已申请");

        PatrolPlanView plan = plans.start(leader, grid, plans.currentMonth());
        assertThat(item(plan, relative).inspectors()).containsExactly(li.username());
        assertThat(item(plan, other).inspectors()).containsExactlyInAnyOrder(wang.username(), li.username());
        assertThat(jdbc.queryForList(
                        "select inspector from patrol_plan_conflict where plan_id = ? and employer_id = ?",
                        String.class,
                        plan.id(),
                        relative))
                .containsExactly(wang.username());
        assertThat(plans.rerun(leader, grid, plans.currentMonth()).matches()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'PATROL_CONFLICT_DECLARED' and target_id = ?",
                        Integer.class,
                        String.valueOf(relative)))
                .isOne();

        // withdrawn: the next month's draw may pair them again
        ConflictView withdrawn = conflicts.withdraw(leader, declared.id(), declared.version(), "经核实不存在亲属关系");
        assertThat(withdrawn.stateLabel()).isEqualTo("已撤回");
        PatrolPlanView next = plans.start(leader, grid, plans.currentMonth().plusMonths(1));
        assertThat(item(next, relative).inspectors()).containsExactlyInAnyOrder(wang.username(), li.username());
        // and declared again
        assertThat(conflicts.declare(wang, relative, null, "再次申请回避").stateLabel())
                .isEqualTo("已申请");
    }

    @Test
    void theLeaderOfTheOfficeConfirmsOthersAreRefused() {
        ConflictView declared = conflicts.declare(wang, relative, null, "曾在该单位任职");
        assertThat(conflicts.list(leader)).extracting(ConflictView::id).contains(declared.id());
        assertThat(conflicts.list(wang)).extracting(ConflictView::id).contains(declared.id());
        assertThat(conflicts.list(li)).extracting(ConflictView::id).doesNotContain(declared.id());

        assertThatThrownBy(() -> conflicts.confirm(wang, declared.id(), declared.version()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> conflicts.confirm(li, declared.id(), declared.version()))
                .isInstanceOf(NotFoundException.class);
        CurrentUser admin = users.findActive("admin").orElseThrow();
        assertThatThrownBy(() -> conflicts.confirm(admin, declared.id(), declared.version()))
                .isInstanceOf(NotFoundException.class);
        ConflictView confirmed = conflicts.confirm(leader, declared.id(), declared.version());
        assertThat(confirmed.stateLabel()).isEqualTo("已确认");
        assertThat(confirmed.decidedByName()).isEqualTo("回避大队长");
        // the stale version and the second decision
        assertThatThrownBy(() -> conflicts.confirm(leader, declared.id(), confirmed.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> conflicts.withdraw(leader, declared.id(), declared.version(), "理由"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> conflicts.withdraw(leader, declared.id(), confirmed.version(), " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("note"));
        // declared twice
        assertThatThrownBy(() -> conflicts.declare(wang, relative, null, "重复")).isInstanceOf(ConflictException.class);
        // a leader records one for an inspector of his office; an inspector not for a colleague
        assertThat(conflicts.declare(leader, other, li.username(), "配偶在该单位任财务").inspectorName())
                .isEqualTo("李回避");
        assertThatThrownBy(() -> conflicts.declare(wang, other, li.username(), "代为申请"))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void hostileInputAndAnotherOfficesEmployerAreRefused() {
        assertThatThrownBy(() -> conflicts.declare(wang, relative, null, "亲属\u0000关系"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("reason"));
        assertThatThrownBy(() -> conflicts.declare(wang, relative, null, "长".repeat(201)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> conflicts.declare(leader, relative, "nobody-here", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder("inspector", "reason"));
        String elsewhere = fixtures.newGrid();
        CurrentUser stranger = fixtures.newStaff("外网格监察员", Role.INSPECTOR, elsewhere);
        assertThatThrownBy(() -> conflicts.declare(stranger, relative, null, "亲属"))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from patrol_conflict where employer_id = ?", Integer.class, relative))
                .isZero();
    }

    @Test
    void theApiAndThePageDeclareAndList() {
        String code = jdbc.queryForObject("select credit_code from employer where id = ?", String.class, relative);
        UserAgent api = UserAgent.basic(port, wang.username(), UserAgent.DEMO_PASSWORD);
        HttpResponse<String> bad = api.postJson("/api/patrol-conflicts", "{\"creditCode\":\"" + code + "\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("reason").contains("请填写回避事由");
        HttpResponse<String> created =
                api.postJson("/api/patrol-conflicts", "{\"creditCode\":\"" + code + "\",\"reason\":\"系该单位股东\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.postJson("/api/patrol-conflicts", "{\"creditCode\":\"" + code + "\",\"reason\":\"系该单位股东\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(api.get("/api/patrol-conflicts").body()).contains("系该单位股东").contains("已申请");

        // from the employer's page, the employer is chosen on the form; another office's employer: 404
        UserAgent own = UserAgent.loggedIn(port, wang.username(), UserAgent.DEMO_PASSWORD);
        assertThat(own.get("/employers/" + code).body()).contains("申请巡视回避");
        HttpResponse<String> prefilled = own.get("/patrol-conflicts?creditCode=" + code);
        assertThat(prefilled.statusCode()).isEqualTo(200);
        assertThat(prefilled.body()).containsPattern("<option value=\"" + code + "\" selected=\"selected\">");
        String foreign = jdbc.queryForObject(
                "select credit_code from employer where id = ?",
                String.class,
                fixtures.newEmployer(fixtures.newGrid(), "外网格回避测试有限公司", "B", false));
        assertThat(own.get("/patrol-conflicts?creditCode=" + foreign).statusCode())
                .isEqualTo(404);

        UserAgent page = UserAgent.loggedIn(port, leader.username(), UserAgent.DEMO_PASSWORD);
        HttpResponse<String> list = page.get("/patrol-conflicts");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("巡视回避")
                .contains("王回避")
                .contains("回避亲属测试有限公司")
                .contains("确认");
        String csrf = page.csrfToken("/patrol-conflicts");
        long id = jdbc.queryForObject(
                "select id from patrol_conflict where employer_id = ? and inspector = ?",
                Long.class,
                relative,
                wang.username());
        HttpResponse<String> confirmed =
                page.postForm("/patrol-conflicts/" + id + "/confirm", Map.of("_csrf", csrf, "version", "0"));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select state from patrol_conflict where id = ?", String.class, id))
                .isEqualTo("CONFIRMED");
    }

    private static PatrolItemView item(PatrolPlanView plan, long employerId) {
        return plan.items().stream()
                .filter(i -> i.employerId() == employerId)
                .findFirst()
                .orElseThrow();
    }
}
