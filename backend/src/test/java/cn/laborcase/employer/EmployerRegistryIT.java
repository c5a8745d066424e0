package cn.laborcase.employer;

import static cn.laborcase.intake.IntakeFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.PublishedEvents;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry as its users work it: a tolerant name search within the user's grids, another office's employer
 * answering 404 to reads and writes, edits with their version (409 when stale) and named problems (400), the API,
 * the move between grids (journalled, event published), grade proposals decided by the right office's leader only,
 * and early-warning signals that put an employer on the watch list and tell its inspectors.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployerRegistryIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    @Autowired
    EmployerDirectory directory;

    @Autowired
    EmployerChanges changes;

    @Autowired
    EmployerGrades grades;

    @Autowired
    EmployerRisk risk;

    IntakeFixtures mine;
    IntakeFixtures other;
    CurrentUser assistant;
    CurrentUser otherAssistant;
    CurrentUser admin;
    String marker;

    @BeforeAll
    void twoOffices() {
        mine = new IntakeFixtures(jdbc, users);
        other = new IntakeFixtures(jdbc, users);
        assistant = mine.staff("网格员", Role.GRID_ASSISTANT, mine.grid);
        otherAssistant = other.staff("外局网格员", Role.GRID_ASSISTANT, other.grid);
        admin = users.findActive("admin").orElseThrow();
        marker = "星" + IntakeFixtures.unique().substring(0, 5);
    }

    /** A new employer of my grid, registered through the API (so it has its search key); its credit code. */
    String created(String name) {
        String code = IntakeFixtures.newCreditCode();
        HttpResponse<String> r = api(mine.inspector).json("POST", "/api/employers", body(code, name, null, mine.grid));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return code;
    }

    static String body(String code, String name, String address, String grid) {
        return """
                {"creditCode":"%s","name":"%s","address":%s,"gridCode":%s,"legalRepresentative":"林法人",
                 "industry":"建筑业","employeeCount":25}"""
                .formatted(
                        code,
                        name,
                        address == null ? "null" : "\"" + address + "\"",
                        grid == null ? "null" : "\"" + grid + "\"");
    }

    EmployerHttp api(CurrentUser user) {
        return new EmployerHttp(port, user.username(), PASSWORD);
    }

    static EmployerFilter byName(String q) {
        return new EmployerFilter(q, null, null, null, null, null, ListRequest.first());
    }

    @Test
    void findsANameWhateverItsCompanyFormAndBracketWidth() {
        String code = created("华" + marker + "（东湖）建筑有限责任公司");
        for (String q : List.of(
                "华" + marker + "(东湖)建筑有限公司", "华" + marker + "（东湖）建筑股份有限公司", marker + "(东湖)", code.toLowerCase())) {
            assertThat(directory.page(mine.inspector, byName(q)).items())
                    .as(q)
                    .extracting(EmployerSummary::creditCode)
                    .containsExactly(code);
        }
        // a row written outside the registry (no search key yet) is still found by its plain name
        String plain = mine.employer();
        String plainName = jdbc.queryForObject("select name from employer where credit_code = ?", String.class, plain);
        assertThat(directory.page(mine.inspector, byName(plainName)).items())
                .extracting(EmployerSummary::creditCode)
                .containsExactly(plain);
        // by legal representative, and by grade filter
        assertThat(directory
                        .page(mine.inspector, new EmployerFilter(null, "林法", mine.grid, Grade.B, false, null, null))
                        .items())
                .extracting(EmployerSummary::creditCode)
                .contains(code)
                .doesNotContain(plain);
    }

    @Test
    void anotherOfficesAssistantNeitherSeesNorEditsTheEmployer() {
        String code = created("华" + marker + "外局不可见有限公司");
        assertThat(directory.page(otherAssistant, byName(code)).items()).isEmpty();
        assertThat(directory.page(otherAssistant, byName("外局不可见")).items()).isEmpty();
        assertThatThrownBy(() -> directory.detail(otherAssistant, code)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> changes.edit(otherAssistant, code, edit(0, "改名有限公司", "10")))
                .isInstanceOf(NotFoundException.class);
        UserAgent page = UserAgent.loggedIn(port, otherAssistant.username(), PASSWORD);
        assertThat(page.get("/employers/" + code).statusCode()).isEqualTo(404);
        assertThat(page.get("/employers/" + code + "/edit").statusCode()).isEqualTo(404);
        String csrf = page.csrfToken("/employers");
        assertThat(page.postForm("/employers/" + code + "/risk-reports", Map.of("_csrf", csrf, "detail", "设备搬离"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(api(otherAssistant).get("/api/employers/" + code).statusCode())
                .isEqualTo(404);
        assertThat(api(otherAssistant)
                        .json("PUT", "/api/employers/" + code, "{\"version\":0,\"name\":\"改名有限公司\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select name from employer where credit_code = ?", String.class, code))
                .isEqualTo("华" + marker + "外局不可见有限公司");
        // the grid's own assistant sees it, its page lists it
        HttpResponse<String> mineList = UserAgent.loggedIn(port, assistant.username(), PASSWORD)
                .get("/employers?q=" + java.net.URLEncoder.encode("外局不可见", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(mineList.statusCode()).isEqualTo(200);
        assertThat(mineList.body()).contains(code);
    }

    static EmployerEdit edit(Integer version, String name, String employees) {
        return new EmployerEdit(
                version, name, "示范市测试路1号", "王法人", "制造业", employees, List.of("示范市测试路1号"), List.of("东湖工地一号"));
    }

    @Test
    void aStaleEditIsAConflictAndEveryBadFieldIsNamed() {
        String code = created("华" + marker + "编辑测试有限公司");
        EmployerDetail before = directory.detail(assistant, code);
        changes.edit(assistant, code, edit(before.version(), "华" + marker + "编辑后有限公司", "30"));
        assertThatThrownBy(() -> changes.edit(mine.inspector, code, edit(before.version(), "并发修改有限公司", "31")))
                .isInstanceOf(ConflictException.class);
        EmployerDetail after = directory.detail(assistant, code);
        assertThat(after.employer().name()).isEqualTo("华" + marker + "编辑后有限公司");
        assertThat(after.sites()).extracting(EmployerDetail.Site::kind).containsExactly("经营场所", "工地");
        Map<String, Object> audit = jdbc.queryForMap(
                "select before_state, after_state from audit_entry where action = 'EMPLOYER_EDITED' and target_id = ?"
                        + " order by id desc fetch first 1 rows only",
                String.valueOf(after.employer().id()));
        assertThat((String) audit.get("before_state")).contains("单位名称：华" + marker + "编辑测试有限公司", "职工人数：25 人");
        assertThat((String) audit.get("after_state")).contains("单位名称：华" + marker + "编辑后有限公司", "工地 东湖工地一号");

        assertThatThrownBy(() -> changes.edit(assistant, code, edit(after.version(), "坏\u0000名", "-3")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("name", "employeeCount"));
        assertThatThrownBy(() -> changes.edit(assistant, code, edit(after.version(), " ", "很多")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::message)
                        .containsExactlyInAnyOrder("单位名称不能为空", "职工人数应为整数"));
        // leaders see the employer but do not edit it
        assertThatThrownBy(() -> changes.edit(mine.leader, code, edit(after.version(), "领导改名有限公司", "1")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theApiChecksTheCreditCodeRefusesDuplicatesPlacesByAddressAndGuardsTheVersion() throws Exception {
        EmployerHttp api = api(mine.inspector);
        HttpResponse<String> bad =
                api.json("POST", "/api/employers", body("91330199MC00000000", "坏代码有限公司", null, mine.grid));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("creditCode", "校验位");

        String road = EmployerImportIT.road();
        jdbc.update("update employer set address = ? where credit_code = ?", "示范市" + road + "3号", mine.employer());
        String code = IntakeFixtures.newCreditCode();
        // no grid given: the employers already registered on the road decide it
        HttpResponse<String> placed =
                api.json("POST", "/api/employers", body(code, "华" + marker + "按地址有限公司", "示范市" + road + "88号", null));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        Map<?, ?> created = json.readValue(placed.body(), Map.class);
        assertThat(created.get("gridCode")).isEqualTo(mine.grid);

        HttpResponse<String> duplicate = api.json("POST", "/api/employers", body(code, "重复有限公司", null, mine.grid));
        assertThat(duplicate.statusCode()).isEqualTo(409);

        HttpResponse<String> nowhere =
                api.json("POST", "/api/employers", body(IntakeFixtures.newCreditCode(), "无处有限公司", "某地", null));
        assertThat(nowhere.statusCode()).isEqualTo(400);
        assertThat(nowhere.body()).contains("gridCode");

        int version = ((Number) created.get("version")).intValue();
        String put = "{\"version\":%d,\"name\":\"华%s改名有限公司\",\"employeeCount\":12}";
        HttpResponse<String> first = api.json("PUT", "/api/employers/" + code, put.formatted(version, marker));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        HttpResponse<String> stale = api.json("PUT", "/api/employers/" + code, put.formatted(version, marker));
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> list = api.get("/api/employers?q=" + code);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("华" + marker + "改名有限公司");
        assertThat(api.get("/api/employers?sort=name;drop").statusCode()).isEqualTo(400);
    }

    @Test
    void anAdministratorMovesTheEmployerJournalledAndPublished() {
        String code = created("华" + marker + "调整网格有限公司");
        EmployerDetail before = directory.detail(admin, code);
        assertThatThrownBy(() -> changes.move(mine.inspector, code, other.grid, before.version()))
                .isInstanceOf(ForbiddenException.class);
        changes.move(admin, code, other.grid, before.version());
        EmployerView moved = directory.detail(admin, code).employer();
        assertThat(moved.gridCode()).isEqualTo(other.grid);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'EMPLOYER_MOVED_GRID' and target_id = ?",
                        Integer.class,
                        String.valueOf(moved.id())))
                .isEqualTo(1);
        List<PublishedEvents.Published> events = new PublishedEvents(jdbc, json)
                .forListener(EmployerMovedGrid.INSPECTION_LISTENER, "employerId", moved.id());
        assertThat(events).hasSize(1);
        assertThat(events.get(0).properties())
                .containsEntry("fromGridCode", mine.grid)
                .containsEntry("toGridCode", other.grid)
                .containsEntry("movedBy", "admin");
        // the old grid's assistant no longer sees it; the stale version is refused
        assertThatThrownBy(() -> directory.detail(assistant, code)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> changes.move(admin, code, mine.grid, before.version()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyALeaderOfTheEmployersOfficeDecidesAGradeProposal() {
        String code = created("华" + marker + "降级有限公司");
        long id = directory.detail(mine.inspector, code).employer().id();
        long proposal = grades.propose(
                id, "C", "拒不支付劳动报酬，已作出行政处罚", CaseRef.of(CaseType.COMPLAINT, 1L), mine.inspector.username(), true);
        assertThat(grades.pending(mine.leader, 100))
                .extracting(GradeProposal::id)
                .contains(proposal);
        assertThat(grades.pending(other.leader, 100))
                .extracting(GradeProposal::id)
                .doesNotContain(proposal);
        assertThatThrownBy(() -> grades.confirm(proposal, other.leader)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> grades.confirm(proposal, mine.inspector)).isInstanceOf(NotFoundException.class);
        UserAgent otherLeader = UserAgent.loggedIn(port, other.leader.username(), PASSWORD);
        assertThat(otherLeader
                        .postForm(
                                "/employers/" + code + "/grades/" + proposal + "/confirm",
                                Map.of("_csrf", otherLeader.csrfToken("/employers")))
                        .statusCode())
                .isEqualTo(404);

        grades.confirm(proposal, mine.leader);
        EmployerDetail after = directory.detail(mine.leader, code);
        assertThat(after.employer().integrityGrade()).isEqualTo("C");
        assertThat(after.grades()).singleElement().satisfies(g -> {
            assertThat(g.state()).isEqualTo("已确认");
            assertThat(g.from()).startsWith("B");
        });
        assertThat(after.blacklist()).singleElement().satisfies(b -> assertThat(b.listedUntil())
                .isEqualTo(TestClock.get().today().plusYears(3)));
        assertThat(after.signals()).extracting(EmployerDetail.Signal::kind).contains(RiskSignal.GRADE_C.label());
        assertThatThrownBy(() -> grades.confirm(proposal, mine.leader)).isInstanceOf(ConflictException.class);
        assertThat(grades.quarter(
                        mine.leader,
                        TestClock.get().today().getYear(),
                        (TestClock.get().today().getMonthValue() + 2) / 3))
                .extracting(BlacklistListing::creditCode)
                .contains(code);
        assertThat(grades.quarter(
                        other.leader,
                        TestClock.get().today().getYear(),
                        (TestClock.get().today().getMonthValue() + 2) / 3))
                .extracting(BlacklistListing::creditCode)
                .doesNotContain(code);
    }

    @Test
    void signalsReachingTheHighThresholdPutTheEmployerOnTheWatchListAndTellItsInspectors() {
        String code = created("华" + marker + "预警有限公司");
        assertThat(risk.report(assistant, code, "设备正在搬离厂房")).isEqualTo(RiskLevel.LOW);
        assertThat(risk.report(assistant, code, "拖欠厂房租金三个月")).isEqualTo(RiskLevel.MEDIUM);
        EmployerDetail medium = directory.detail(assistant, code);
        assertThat(medium.employer().watchList()).isFalse();
        assertThat(risk.report(assistant, code, "工资已推迟发放两周")).isEqualTo(RiskLevel.HIGH);
        EmployerDetail high = directory.detail(assistant, code);
        assertThat(high.employer().watchList()).isTrue();
        assertThat(high.watchReason()).contains("高风险", "网格员风险报告 3 次");
        assertThat(jdbc.queryForList(
                        "select username from staff_notice where link = ?", String.class, "/employers/" + code))
                .containsExactlyInAnyOrder(mine.inspector.username(), mine.partner.username());
        // a leader cannot file an assistant's report; the page shows the reports in words
        assertThatThrownBy(() -> risk.report(mine.leader, code, "x")).isInstanceOf(ForbiddenException.class);
        HttpResponse<String> page =
                UserAgent.loggedIn(port, mine.inspector.username(), PASSWORD).get("/employers/" + code);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("重点监控", "高风险", "设备正在搬离厂房", "投诉举报");
    }

    @Test
    void aThirdComplaintAgainstTheEmployerIsARepeatedComplaintsSignal() {
        String code = mine.employer();
        UserAgent desk = UserAgent.basic(port, mine.clerk.username(), PASSWORD);
        for (String category : List.of("WAGE_ARREARS", "NO_CONTRACT", "SOCIAL_INSURANCE")) {
            HttpResponse<String> r = desk.postJson(
                    "/api/complaints",
                    IntakeFixtures.json(
                            "COMPLAINT", code, category, 2, false, List.<String[]>of(IntakeFixtures.person("周投诉"))));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        assertThat(jdbc.queryForList(
                        "select s.kind from employer_risk_signal s join employer e on e.id = s.employer_id"
                                + " where e.credit_code = ?",
                        String.class,
                        code))
                .containsExactly("REPEATED_COMPLAINTS");
        EmployerDetail d = directory.detail(mine.inspector, code);
        assertThat(d.sections())
                .filteredOn(s -> s.title().equals("投诉举报"))
                .singleElement()
                .satisfies(s -> assertThat(s.lines()).hasSize(3));
    }

    @Test
    void theExportHoldsTheRowsOfTheSearchAndIsJournalled() {
        created("华" + marker + "导出一有限公司");
        created("华" + marker + "导出二有限公司");
        EmployerFilter filter = byName("华" + marker + "导出");
        int before = jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'LIST_EXPORTED' and target_id = '用人单位名录'",
                Integer.class);
        assertThat(directory.export(mine.inspector, filter))
                .extracting(EmployerSummary::name)
                .containsExactlyElementsOf(directory.page(mine.inspector, filter).items().stream()
                        .map(EmployerSummary::name)
                        .toList())
                .hasSize(2);
        assertThat(directory.export(otherAssistant, filter)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'LIST_EXPORTED' and target_id = '用人单位名录'",
                        Integer.class))
                .isEqualTo(before + 2);
        HttpResponse<byte[]> xlsx = UserAgent.loggedIn(port, mine.inspector.username(), PASSWORD)
                .getBytes("/employers/export?q="
                        + java.net.URLEncoder.encode("华" + marker + "导出", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(cn.laborcase.support.Workbooks.rows(xlsx.body()).toString()).contains("华" + marker + "导出一有限公司");
    }
}
