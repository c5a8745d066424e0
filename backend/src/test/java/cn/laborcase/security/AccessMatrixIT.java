package cn.laborcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix, generated from the application's own route list: every route that names a record (a case, a
 * task, a document, a service record, a notice) × every role × a record of another office → 403 or 404, for reads
 * and writes alike, and nothing written by any of the writes. Every {@code /admin} route × every role but the
 * administrator → 403.
 *
 * <p>A new route whose path variables this test cannot place fails it ({@link #everyRouteIsPlaced}): routes are added
 * to the matrix, not forgotten by it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    /** People of D1, the arbitration committee A1 and the city bureau's administrator; none may touch the record. */
    static final List<String> OUTSIDERS = List.of(
            "clerk1",
            "inspector1",
            "assistant1",
            "leader1",
            "mediator",
            "arbitrator1",
            "hearingclerk",
            "director",
            "admin");

    /** The administrator sees every case by design (DataScope); he acts on none. */
    static final String ADMIN = "admin";

    static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Routes open to everyone or with no record of an office: not part of the matrix. */
    static final List<String> PUBLIC_OR_OWN =
            List.of("/verify", "/public/", "/login", "/error", "/api/calendar/", "/api/test/");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    cn.laborcase.security.UserLookup users;

    @LocalServerPort
    int port;

    /** The other office's records, by the kind of record a path variable names. */
    final Map<String, String> foreign = new LinkedHashMap<>();

    @BeforeAll
    void anotherOfficeHasACase() {
        IntakeFixtures office = new IntakeFixtures(jdbc, users);
        String creditCode = office.employer();
        HttpResponse<String> created = UserAgent.basic(port, office.clerk.username(), IntakeFixtures.PASSWORD)
                .postJson(
                        "/api/complaints",
                        IntakeFixtures.json(
                                "COMPLAINT",
                                creditCode,
                                "WAGE_ARREARS",
                                3,
                                false,
                                List.<String[]>of(IntakeFixtures.person("外局投诉人"))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();
        String complaint = id.group(1);
        foreign.put("complaint", complaint);
        foreign.put("employer", creditCode);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !documentsOf(complaint)
                .isEmpty());
        foreign.put("document", documentsOf(complaint).get(0));
        foreign.put(
                "task",
                jdbc.queryForObject(
                        "select min(t.id) from wf_task t where t.office_code = ? and t.status = 'OPEN'",
                        String.class,
                        office.office));
        foreign.put("notice", String.valueOf(anotherUsersNotice(office)));
        Long record = jdbc.queryForObject(
                "select min(r.id) from service_record r join document d on d.id = r.document_id"
                        + " where d.case_type = 'COMPLAINT' and d.case_id = ?",
                Long.class,
                complaint);
        foreign.put("serviceRecord", String.valueOf(record == null ? Long.MAX_VALUE / 2 : record));
        foreign.put("inspectionCase", String.valueOf(inspectionCaseOf(office, creditCode)));
        foreign.put("wageIncident", String.valueOf(wageIncidentOf(office, creditCode)));
        long arbitrationCase = arbitrationCaseOf(office);
        foreign.put("arbitrationCase", String.valueOf(arbitrationCase));
        hearingOf(office, arbitrationCase);
        foreign.put("mediationCase", String.valueOf(mediationCaseOf(office)));
        anotherOfficeHasAPatrolAndAWrittenReview(office.office);
    }

    /** An inspection case of the other office against its employer, written straight into its table. */
    long inspectionCaseOf(IntakeFixtures office, String creditCode) {
        String number = "外局监察〔2026〕" + IntakeFixtures.unique() + "号";
        jdbc.update(
                "insert into inspection_case (case_number, office_code, grid_code, employer_id, origin, status, facts,"
                        + " proposed_by, opened_at) values (?, ?, ?, (select id from employer where credit_code = ?),"
                        + " 'INSTRUCTION', 'INVESTIGATING', '外局案件', ?, current_timestamp)",
                number,
                office.office,
                office.grid,
                creditCode,
                office.inspector.username());
        long id = jdbc.queryForObject("select id from inspection_case where case_number = ?", Long.class, number);
        jdbc.update(
                "insert into inspection_case_inspector (case_id, username, lead, assigned_at, assigned_by)"
                        + " values (?, ?, true, current_timestamp, ?)",
                id,
                office.inspector.username(),
                office.leader.username());
        return id;
    }

    /** A wage-arrears incident of the other office awaiting approval, written straight into its table. */
    long wageIncidentOf(IntakeFixtures office, String creditCode) {
        String number = "外局欠薪应急〔2026〕" + IntakeFixtures.unique() + "号";
        jdbc.update(
                "insert into wage_incident (incident_number, office_code, grid_code, employer_id, workers_affected,"
                        + " amount_owed, employer_absconded, group_petition, reported_at, reporter, description, grade,"
                        + " grade_rule, status, approval_due_at, created_at) values (?, ?, ?,"
                        + " (select id from employer where credit_code = ?), 40, 80000, false, false, current_timestamp,"
                        + " ?, '外局事件', 'IV', '涉及 40 人', 'AWAITING_APPROVAL', current_timestamp, current_timestamp)",
                number,
                office.office,
                office.grid,
                creditCode,
                office.inspector.username());
        return jdbc.queryForObject("select id from wage_incident where incident_number = ?", Long.class, number);
    }

    /** An arbitration case registered by the other office, awaiting review, written straight into its table. */
    long arbitrationCaseOf(IntakeFixtures office) {
        String number = "外局仲收〔2026〕" + IntakeFixtures.unique() + "号";
        jdbc.update(
                "insert into arbitration_case (office_code, receipt_number, status, channel, received_at, locality,"
                        + " collective, registered_by, created_at) values (?, ?, 'RECEIVED', 'IN_PERSON',"
                        + " current_timestamp, '示范市', false, ?, current_timestamp)",
                office.office,
                number,
                office.clerk.username());
        return jdbc.queryForObject("select id from arbitration_case where receipt_number = ?", Long.class, number);
    }

    /** A hearing room of the other office and a hearing of its case in it, written straight into their tables. */
    void hearingOf(IntakeFixtures office, long caseId) {
        String name = "外局仲裁庭" + IntakeFixtures.unique();
        jdbc.update(
                "insert into hearing_room (office_code, name, capacity, video, recording, opens_minute, closes_minute,"
                        + " active, created_at, version) values (?, ?, 10, false, false, 510, 1050, true,"
                        + " current_timestamp, 0)",
                office.office,
                name);
        long room = jdbc.queryForObject("select id from hearing_room where name = ?", Long.class, name);
        foreign.put("hearingRoom", String.valueOf(room));
        jdbc.update(
                "insert into hearing (case_id, case_number, office_code, room_id, starts_at, ends_at, clerk, status,"
                        + " notice_served_by, booked_by, booked_at, version) values (?, ?, ?, ?, current_timestamp,"
                        + " current_timestamp + interval '1' hour, ?, 'SCHEDULED', current_date, ?, current_timestamp, 0)",
                caseId,
                name,
                office.office,
                room,
                office.clerk.username(),
                office.clerk.username());
        foreign.put(
                "hearing",
                String.valueOf(jdbc.queryForObject("select id from hearing where room_id = ?", Long.class, room)));
    }

    /** A mediation case of the other office under mediation by one of its people, written straight into its table. */
    long mediationCaseOf(IntakeFixtures office) {
        String number = "外局劳人调字〔2026〕" + IntakeFixtures.unique() + "号";
        jdbc.update(
                "insert into mediation_case (case_number, office_code, status, applied_on, mediator, facts, created_at)"
                        + " values (?, ?, 'REGISTERED', current_date, ?, '外局调解', current_timestamp)",
                number,
                office.office,
                office.inspector.username());
        return jdbc.queryForObject("select id from mediation_case where case_number = ?", Long.class, number);
    }

    @Autowired
    cn.laborcase.patrol.PatrolPlans patrolPlans;

    @Autowired
    cn.laborcase.patrol.WrittenReviews writtenReviews;

    /** A grid of the other office with this month's patrol plan, and a written-review campaign over it. */
    void anotherOfficeHasAPatrolAndAWrittenReview(String officeCode) {
        String grid =
                "Q" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update(
                "insert into grid (code, name, office_id, area_description) "
                        + "values (?, ?, (select id from office where code = ?), '外局片区')",
                grid,
                "外局网格" + grid.substring(1, 5),
                officeCode);
        List<String> inspectors = new ArrayList<>();
        for (String name : List.of("外局监察员甲", "外局监察员乙")) {
            String username = "q" + java.util.UUID.randomUUID().toString().substring(0, 8);
            inspectors.add(username);
            jdbc.update(
                    "insert into staff (username, display_name, password_hash, office_id, title, active, demo, created_at)"
                            + " values (?, ?, (select password_hash from staff where username = 'admin'),"
                            + " (select id from office where code = ?), '监察员', true, true, current_timestamp)",
                    username,
                    name,
                    officeCode);
            jdbc.update(
                    "insert into staff_role (staff_id, role) values ((select id from staff where username = ?), 'INSPECTOR')",
                    username);
            jdbc.update(
                    "insert into grid_member (grid_id, staff_id, kind) values ((select id from grid where code = ?),"
                            + " (select id from staff where username = ?), 'INSPECTOR')",
                    grid,
                    username);
        }
        String body = "91330199MD"
                + String.format(
                        "%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        jdbc.update(
                "insert into employer (credit_code, name, grid_id, address, employee_count, watch_list) "
                        + "values (?, '外局重点监控有限公司', (select id from grid where code = ?), '外局路1号', 20, true)",
                body + cn.laborcase.employer.CreditCode.checkCharacter(body),
                grid);
        CurrentUser admin = users.findActive(ADMIN).orElseThrow();
        cn.laborcase.patrol.PatrolPlanView plan = patrolPlans.start(admin, grid, patrolPlans.currentMonth());
        foreign.put("grid", grid);
        foreign.put("patrol", String.valueOf(plan.items().get(0).id()));
        cn.laborcase.patrol.WrittenReviews.CampaignView campaign = writtenReviews.open(
                admin, String.valueOf(patrolPlans.currentMonth().getYear()), List.of(grid));
        foreign.put("writtenReviewCampaign", String.valueOf(campaign.campaign().id()));
        foreign.put("writtenReview", String.valueOf(campaign.reviews().get(0).id()));
        CurrentUser inspector = users.findActive(inspectors.get(0)).orElseThrow();
        foreign.put(
                "patrolConflict",
                String.valueOf(patrolConflicts
                        .declare(inspector, plan.items().get(0).employerId(), null, "系该单位法定代表人近亲属")
                        .id()));
    }

    @Autowired
    cn.laborcase.patrol.PatrolConflicts patrolConflicts;

    @Test
    void everyRouteIsPlaced() {
        List<String> unplaced = new ArrayList<>();
        for (Route route : routes()) {
            if (route.variables().isEmpty() || route.isAdmin() || route.isPublicOrOwn()) {
                continue;
            }
            if (kindOf(route) == null) {
                unplaced.add(route.toString());
            }
        }
        assertThat(unplaced)
                .as("routes with record variables the access matrix does not know: add them to kindOf()")
                .isEmpty();
    }

    @Test
    void noOutsiderReadsOrWritesAnotherOfficesRecord() {
        Map<String, Long> before = tableCounts();
        List<String> leaks = new ArrayList<>();
        for (String username : OUTSIDERS) {
            UserAgent page = UserAgent.loggedIn(port, username, UserAgent.DEMO_PASSWORD);
            UserAgent api = UserAgent.basic(port, username, UserAgent.DEMO_PASSWORD);
            String csrf = page.csrfToken("/notifications");
            for (Route route : routes()) {
                String kind = route.variables().isEmpty() || route.isPublicOrOwn() ? null : kindOf(route);
                if (kind == null || route.isAdmin()) {
                    continue;
                }
                // the administrator may read every case (DataScope.canSee), but not reveal its parties' personal
                // data (DataScope.canSeePersonalData: case staff only), so a reveal is refused like a write
                if (username.equals(ADMIN) && route.method() == RequestMethod.GET && !kind.equals("notice")) {
                    continue;
                }
                // the administrator keeps the employer registry of every office (edits, moves between grids) and the
                // hearing rooms of every committee
                if (username.equals(ADMIN) && (kind.equals("employer") || kind.equals("hearingRoom"))) {
                    continue;
                }
                String path = route.fill(foreign.get(kind));
                UserAgent agent = route.isApi() ? api : page;
                HttpResponse<String> response = route.method() == RequestMethod.GET
                        ? agent.get(path)
                        : route.isApi()
                                ? agent.postJson(path, "{}")
                                : agent.postForm(path, Map.of("_csrf", csrf, "version", "0"));
                int status = response.statusCode();
                // the administrator, who may see the task, is told it is someone else's (409): he still acts on none
                boolean refused = status == 403 || status == 404 || (username.equals(ADMIN) && status == 409);
                if (!refused) {
                    leaks.add(username + " " + route.method() + " " + path + " → " + status);
                }
            }
        }
        assertThat(leaks).as("another office's records reached").isEmpty();
        assertThat(tableCounts()).as("rows written by refused requests").isEqualTo(before);
    }

    /**
     * Routes that name records in their parameters, not their path (bulk claim and transfer of ticked tasks): each
     * outsider posts another office's task; every task is refused on its own and nothing is written. The lists of a
     * person (home, 已办, 我发起的) show none of it.
     */
    @Test
    void noOutsiderActsOnAnotherOfficesTaskInBulkOrSeesItInHisLists() {
        String task = foreign.get("task");
        String caseTitle = jdbc.queryForObject("select case_title from wf_task where id = ?", String.class, task);
        Map<String, Long> before = tableCounts();
        Map<String, Object> row = jdbc.queryForMap("select assignee, version from wf_task where id = ?", task);
        List<String> leaks = new ArrayList<>();
        for (String username : OUTSIDERS) {
            UserAgent page = UserAgent.loggedIn(port, username, UserAgent.DEMO_PASSWORD);
            String csrf = page.csrfToken("/notifications");
            HttpResponse<String> claim = page.postForm("/inbox/bulk-claim", Map.of("_csrf", csrf, "taskIds", task));
            HttpResponse<String> transfer = page.postForm(
                    "/inbox/bulk-transfer",
                    Map.of("_csrf", csrf, "taskIds", task, "assignee", "inspector2", "reason", "越权转办"));
            for (HttpResponse<String> response : List.of(claim, transfer)) {
                boolean refused = response.statusCode() == 302
                                && response.headers()
                                        .firstValue("Location")
                                        .orElse("")
                                        .endsWith("/inbox")
                        || response.statusCode() == 403;
                if (!refused) {
                    leaks.add(username + " " + response.request().uri() + " → " + response.statusCode());
                }
            }
            if (!username.equals(ADMIN)) {
                for (String list : List.of("/", "/inbox", "/inbox/done", "/inbox/started")) {
                    HttpResponse<String> shown = page.get(list);
                    if (shown.statusCode() == 200
                            && caseTitle != null
                            && shown.body().contains(caseTitle)) {
                        leaks.add(username + " GET " + list + " shows " + caseTitle);
                    }
                }
            }
        }
        assertThat(leaks).as("another office's task reached in bulk or listed").isEmpty();
        assertThat(jdbc.queryForMap("select assignee, version from wf_task where id = ?", task))
                .isEqualTo(row);
        assertThat(tableCounts()).as("rows written by refused bulk actions").isEqualTo(before);
    }

    @Test
    void onlyTheAdministratorOpensTheAdministration() {
        List<String> leaks = new ArrayList<>();
        for (String username : OUTSIDERS) {
            if (username.equals(ADMIN)) {
                continue;
            }
            UserAgent page = UserAgent.loggedIn(port, username, UserAgent.DEMO_PASSWORD);
            String csrf = page.csrfToken("/notifications");
            for (Route route : routes()) {
                if (!route.isAdmin()) {
                    continue;
                }
                String path = route.fill("1");
                HttpResponse<String> response = route.method() == RequestMethod.GET
                        ? page.get(path)
                        : page.postForm(path, Map.of("_csrf", csrf));
                if (response.statusCode() != 403) {
                    leaks.add(username + " " + route.method() + " " + path + " → " + response.statusCode());
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /**
     * The routes of the user's own account (个人中心, the session ping) name no record: they act on the caller only.
     * Without a login they are refused; every role opens only his own profile; and every such route of the
     * application is listed here, so that a new one (or one that grows a variable) is looked at.
     */
    static final List<String> OWN_ACCOUNT = List.of("/profile", "/profile/password", "/session/ping");

    @Test
    void theOwnAccountRoutesNeedALoginAndShowOnlyTheCallersOwnAccount() {
        assertThat(routes().stream()
                        .map(Route::pattern)
                        .filter(p -> p.startsWith("/profile") || p.startsWith("/session")))
                .containsExactlyInAnyOrderElementsOf(OWN_ACCOUNT);
        UserAgent stranger = UserAgent.browser(port);
        String loginCsrf = stranger.csrfToken("/login");
        assertThat(UserAgent.location(stranger.get("/profile"))).endsWith("/login");
        assertThat(stranger.postForm("/profile/password", Map.of("_csrf", loginCsrf, "currentPassword", "x"))
                        .statusCode())
                .isIn(302, 403);
        assertThat(stranger.postForm("/session/ping", Map.of("_csrf", loginCsrf))
                        .statusCode())
                .isIn(302, 403);
        for (String username : OUTSIDERS) {
            UserAgent page = UserAgent.loggedIn(port, username, UserAgent.DEMO_PASSWORD);
            String own = users.findActive(username).orElseThrow().displayName();
            String body = page.get("/profile").body();
            assertThat(body).as(username).contains("id=\"profile-name\">" + own + "<");
            for (String other : OUTSIDERS) {
                String name = users.findActive(other).orElseThrow().displayName();
                if (!other.equals(username) && !name.equals(own)) {
                    assertThat(body).as(username + " sees nothing of " + other).doesNotContain(">" + name + "<");
                }
            }
        }
    }

    /**
     * Every export of a list (a route ending in {@code /export}, outside {@code /admin}) × every outsider: the other
     * office's case is never among the rows, and the export answers (it is not simply broken). Admin exports are
     * covered by {@link #onlyTheAdministratorOpensTheAdministration}.
     */
    @Test
    void noExportHoldsAnotherOfficesRecord() {
        String number = jdbc.queryForObject(
                "select number from complaint where id = ?", String.class, Long.valueOf(foreign.get("complaint")));
        List<String> exports = routes().stream()
                .filter(r -> r.method() == RequestMethod.GET && r.pattern().endsWith("/export") && !r.isAdmin())
                .map(Route::pattern)
                .toList();
        String inspectionNumber = jdbc.queryForObject(
                "select case_number from inspection_case where id = ?",
                String.class,
                Long.valueOf(foreign.get("inspectionCase")));
        assertThat(exports).contains("/complaints/export", "/inspection-cases/export");
        List<String> leaks = new ArrayList<>();
        for (String username : OUTSIDERS) {
            if (username.equals(ADMIN)) {
                continue;
            }
            UserAgent page = UserAgent.loggedIn(port, username, UserAgent.DEMO_PASSWORD);
            for (String path : exports) {
                HttpResponse<byte[]> response = page.getBytes(path);
                if (response.statusCode() == 403) {
                    continue;
                }
                assertThat(response.statusCode()).as(username + " " + path).isEqualTo(200);
                String rows =
                        cn.laborcase.support.Workbooks.rows(response.body()).toString();
                for (String n : List.of(number, inspectionNumber)) {
                    if (rows.contains(n)) {
                        leaks.add(username + " " + path + " holds " + n);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    // ---- 开庭排期: the calendar page, its feed and the /api/hearings routes that name no record in their path ----

    /**
     * The hearing routes without a record in the path: they name a case, a room or a person in their parameters or
     * body, or list the user's own committee. Every such route of the application is listed here, so that a new one
     * is looked at ({@link #theHearingCalendarAndTheHearingRoutesWithoutAPathRecordShowNothingOfAnotherOffice}).
     */
    static final List<String> HEARING_ROUTES_WITHOUT_PATH_RECORD = List.of(
            "GET /hearings/calendar",
            "GET /hearings/docket",
            "GET /api/hearings/calendar",
            "POST /api/hearings",
            "GET /api/hearings",
            "GET /api/hearings/slots",
            "POST /api/hearings/docket/proposals",
            "POST /api/hearings/docket/proposals/confirm",
            "GET /api/hearings/rooms",
            "POST /api/hearings/rooms",
            "POST /api/hearings/rooms/csv",
            "GET /api/hearings/unavailability",
            "POST /api/hearings/unavailability",
            "POST /api/hearings/unavailability/csv");

    /**
     * Every role × the calendar page, its feed (the other office's hearing's days, its room, its clerk as the
     * arbitrator filter) and every hearing route that names the other office's case, room or people in its parameters
     * or body: the page and feed open only for the committee's hearing clerks, arbitrators and director and never show
     * the other office's hearing or room; everything else is refused (403/404) or lists nothing of it, and nothing is
     * written. The administrator keeps the rooms and the staff calendars of every committee by design (skipped there).
     */
    @Test
    void theHearingCalendarAndTheHearingRoutesWithoutAPathRecordShowNothingOfAnotherOffice() {
        assertThat(routes().stream()
                        .filter(r -> (r.pattern().startsWith("/api/hearings")
                                        || r.pattern().startsWith("/hearings/"))
                                && r.variables().isEmpty())
                        .map(Route::toString))
                .containsExactlyInAnyOrderElementsOf(HEARING_ROUTES_WITHOUT_PATH_RECORD);
        String hearing = foreign.get("hearing");
        String room = foreign.get("hearingRoom");
        Map<String, Object> row = jdbc.queryForMap(
                "select h.case_id, h.clerk, r.name from hearing h"
                        + " join hearing_room r on r.id = h.room_id where h.id = ?",
                Long.valueOf(hearing));
        String caseId = String.valueOf(row.get("case_id"));
        String roomName = (String) row.get("name");
        String clerk = (String) row.get("clerk");
        String caseNumber = jdbc.queryForObject(
                "select case_number from arbitration_case where id = ?", String.class, row.get("case_id"));
        // read as a Timestamp: IvorySQL's Oracle mode answers timestamptz as oratimestamptz, which JDBC maps to no
        // OffsetDateTime
        java.time.LocalDate day = jdbc.queryForObject(
                        "select starts_at from hearing where id = ?", java.sql.Timestamp.class, Long.valueOf(hearing))
                .toInstant()
                .atZone(cn.laborcase.shared.BeijingTime.ZONE)
                .toLocalDate();
        String range = "start=" + day.minusDays(1) + "&end=" + day.plusDays(2);
        String start = day.plusDays(14) + "T09:00";
        String end = day.plusDays(14) + "T11:00";
        Set<String> mayOpen = Set.of("arbitrator1", "hearingclerk", "director");
        Map<String, Long> before = tableCounts();
        List<String> leaks = new ArrayList<>();
        for (String username : OUTSIDERS) {
            UserAgent page = UserAgent.loggedIn(port, username, UserAgent.DEMO_PASSWORD);
            UserAgent api = UserAgent.basic(port, username, UserAgent.DEMO_PASSWORD);
            boolean admin = username.equals(ADMIN);

            HttpResponse<String> calendar = page.get("/hearings/calendar");
            int expected = mayOpen.contains(username) ? 200 : 403;
            if (calendar.statusCode() != expected || calendar.body().contains(roomName)) {
                leaks.add(username + " GET /hearings/calendar → " + calendar.statusCode());
            }
            // the docket page (周排期建议): the committee's hearing clerks and arbitrators only (not the director), and
            // never the other office's awaiting case
            HttpResponse<String> docket = page.get("/hearings/docket");
            int docketExpected = Set.of("arbitrator1", "hearingclerk").contains(username) ? 200 : 403;
            if (docket.statusCode() != docketExpected
                    || (caseNumber != null && docket.body().contains(caseNumber))
                    || docket.body().contains(roomName)) {
                leaks.add(username + " GET /hearings/docket → " + docket.statusCode());
            }
            for (String query : List.of(range, range + "&roomId=" + room, range + "&arbitrator=" + clerk)) {
                HttpResponse<String> feed = api.get("/api/hearings/calendar?" + query);
                if (feed.statusCode() != expected
                        || feed.body().contains("\"id\":" + hearing + ",")
                        || feed.body().contains(roomName)) {
                    leaks.add(username + " GET /api/hearings/calendar?" + query + " → " + feed.statusCode());
                }
            }

            Map<String, HttpResponse<String>> refused = new LinkedHashMap<>();
            if (!admin) {
                // the administrator may read every case (DataScope.canSee), its hearings too; he books none
                refused.put("GET /api/hearings?caseId", api.get("/api/hearings?caseId=" + caseId));
            }
            refused.put("GET /api/hearings/slots", api.get("/api/hearings/slots?durationMinutes=120&caseId=" + caseId));
            refused.put(
                    "POST /api/hearings",
                    api.postJson(
                            "/api/hearings",
                            "{\"caseId\":" + caseId + ",\"roomId\":" + room + ",\"start\":\"" + start + "\",\"end\":\""
                                    + end + "\"}"));
            refused.put(
                    "POST /api/hearings/docket/proposals",
                    api.postJson("/api/hearings/docket/proposals", "{\"caseIds\":[" + caseId + "]}"));
            if (!admin) {
                refused.put(
                        "POST /api/hearings/rooms",
                        api.postJson(
                                "/api/hearings/rooms",
                                "{\"officeCode\":\""
                                        + jdbc.queryForObject(
                                                "select office_code from hearing where id = ?",
                                                String.class,
                                                Long.valueOf(hearing))
                                        + "\",\"name\":\"越权审理室\",\"capacity\":10,\"opensAt\":\"08:30\","
                                        + "\"closesAt\":\"17:30\"}"));
                refused.put(
                        "POST /api/hearings/rooms/csv",
                        api.post(
                                "/api/hearings/rooms/csv",
                                "text/csv",
                                "office,name,capacity,video,recording,opens,closes,outOfService\n"
                                        + "Q1,越权审理室,10,否,否,08:30,17:30,\n"));
                refused.put(
                        "POST /api/hearings/unavailability",
                        api.postJson(
                                "/api/hearings/unavailability",
                                "{\"username\":\"" + clerk + "\",\"from\":\"" + day.plusDays(14) + "\",\"to\":\""
                                        + day.plusDays(14) + "\",\"kind\":\"LEAVE\"}"));
                refused.put(
                        "POST /api/hearings/unavailability/csv",
                        api.post(
                                "/api/hearings/unavailability/csv",
                                "text/csv",
                                "username,from,to,kind,note\n" + clerk + "," + day.plusDays(14) + "," + day.plusDays(14)
                                        + ",LEAVE,越权\n"));
            }
            refused.forEach((route, response) -> {
                if (response.statusCode() != 403 && response.statusCode() != 404) {
                    leaks.add(username + " " + route + " → " + response.statusCode() + " " + response.body());
                }
            });

            // confirming a proposal books each item on its own: the other office's case is refused item by item
            HttpResponse<String> confirm = api.postJson(
                    "/api/hearings/docket/proposals/confirm",
                    "{\"hearings\":[{\"caseId\":" + caseId + ",\"roomId\":" + room + ",\"start\":\"" + start
                            + "\",\"end\":\"" + end + "\"}]}");
            boolean confirmRefused = confirm.statusCode() == 403
                    || confirm.statusCode() == 404
                    || (confirm.statusCode() == 200
                            && confirm.body().contains("\"booked\":0")
                            && confirm.body().matches("(?s).*\"status\":40[34].*"));
            if (!confirmRefused) {
                leaks.add(username + " POST /api/hearings/docket/proposals/confirm → " + confirm.statusCode() + " "
                        + confirm.body());
            }

            // lists of the user's own committee (rooms) and of his own days away (unavailability)
            if (!admin) {
                HttpResponse<String> rooms = api.get("/api/hearings/rooms");
                if (rooms.statusCode() == 200 ? rooms.body().contains(roomName) : rooms.statusCode() != 403) {
                    leaks.add(username + " GET /api/hearings/rooms → " + rooms.statusCode());
                }
                HttpResponse<String> away = api.get("/api/hearings/unavailability?username=" + clerk);
                if (away.statusCode() == 200 ? away.body().contains(clerk) : away.statusCode() != 403) {
                    leaks.add(username + " GET /api/hearings/unavailability → " + away.statusCode());
                }
            }
        }
        assertThat(leaks).as("another office's hearing, room or people reached").isEmpty();
        assertThat(tableCounts()).as("rows written by refused hearing requests").isEqualTo(before);
    }

    /** Which record a route's path variables name, by where the route lives; null for an unknown route. */
    static String kindOf(Route route) {
        String p = route.pattern();
        if (p.startsWith("/complaints/") || p.startsWith("/api/complaints/")) {
            return "complaint";
        }
        if (p.startsWith("/tasks/") || p.startsWith("/api/tasks/")) {
            return "task";
        }
        if (p.startsWith("/documents/service/")) {
            return "serviceRecord";
        }
        if (p.startsWith("/documents/")) {
            return "document";
        }
        if (p.startsWith("/employers/") || p.startsWith("/api/employers/")) {
            return "employer";
        }
        if (p.startsWith("/notifications/")) {
            return "notice";
        }
        if (p.startsWith("/inspection-cases/") || p.startsWith("/api/inspection-cases/")) {
            return "inspectionCase";
        }
        if (p.startsWith("/patrols/") || p.startsWith("/api/patrols/")) {
            return "patrol";
        }
        if (p.startsWith("/patrol-conflicts/") || p.startsWith("/api/patrol-conflicts/")) {
            return "patrolConflict";
        }
        if (p.startsWith("/wage-incidents/") || p.startsWith("/api/wage-incidents/")) {
            return "wageIncident";
        }
        if (p.startsWith("/arbitration/cases/") || p.startsWith("/api/arbitration/cases/")) {
            return "arbitrationCase";
        }
        if (p.startsWith("/hearings/cases/")) {
            // the page of a case's hearings; its forms name a hearing (or a postponement request) of that case
            return "arbitrationCase";
        }
        if (p.startsWith("/api/hearings/rooms/")) {
            return "hearingRoom";
        }
        if (p.startsWith("/api/hearings/")) {
            return "hearing";
        }
        if (p.startsWith("/mediation/cases/") || p.startsWith("/api/mediation/cases/")) {
            return "mediationCase";
        }
        if (p.startsWith("/api/grids/")) {
            return "grid";
        }
        if (p.startsWith("/written-reviews/reviews/")) {
            return "writtenReview";
        }
        if (p.startsWith("/written-reviews/")) {
            return "writtenReviewCampaign";
        }
        return null;
    }

    List<Route> routes() {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (method == RequestMethod.GET || method == RequestMethod.POST) {
                        routes.add(new Route(method, pattern));
                    }
                }
            }
        }
        return List.copyOf(routes);
    }

    List<String> documentsOf(String complaint) {
        return jdbc.queryForList(
                "select cast(id as varchar(20)) from document where case_type = 'COMPLAINT' and case_id = ? order by id",
                String.class,
                complaint);
    }

    long anotherUsersNotice(IntakeFixtures office) {
        jdbc.update(
                "insert into staff_notice (username, title, link, created_at) values (?, '测试通知', '/inbox', current_timestamp)",
                office.clerk.username());
        return jdbc.queryForObject(
                "select max(id) from staff_notice where username = ?", Long.class, office.clerk.username());
    }

    /** Rows of every table of ours (the engine's and the journals' aside: refused requests are journaled). */
    Map<String, Long> tableCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_type = 'BASE TABLE' order by table_name",
                String.class)) {
            String t = table.toLowerCase();
            if (t.startsWith("act_")
                    || t.startsWith("audit")
                    || t.startsWith("flyway")
                    || t.contains("login")
                    || t.startsWith("event_publication")
                    || t.startsWith("spring_session")) {
                continue;
            }
            counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class));
        }
        return counts;
    }

    record Route(RequestMethod method, String pattern) implements Comparable<Route> {

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher m = VARIABLE.matcher(pattern);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        boolean isAdmin() {
            return pattern.startsWith("/admin");
        }

        boolean isApi() {
            return pattern.startsWith("/api/");
        }

        boolean isPublicOrOwn() {
            return PUBLIC_OR_OWN.stream().anyMatch(pattern::startsWith) || pattern.startsWith("${");
        }

        /** The path with every variable set to the record's id (a second variable, e.g. a position, to 1). */
        String fill(String id) {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            boolean first = true;
            while (m.find()) {
                m.appendReplacement(path, first ? id : "1");
                first = false;
            }
            m.appendTail(path);
            return path.toString();
        }

        @Override
        public int compareTo(Route other) {
            return (pattern + method).compareTo(other.pattern + other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }
}
