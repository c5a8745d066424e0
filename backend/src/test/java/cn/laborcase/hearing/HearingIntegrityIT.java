package cn.laborcase.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationFixtures;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's own guards of the hearing module (V72): one scheduled hearing per case by a unique key, kept right by
 * booking, moving, cancelling and outcomes; rooms edited at a version and deactivated only when nothing is booked in
 * them; unavailability withdrawn. Every new route × role, and hostile input on the new fields.
 */
@IntegrationTest
class HearingIntegrityIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    @Autowired
    ArbitrationRegistration registration;

    @Autowired
    ApplicationReview review;

    @Autowired
    CasePreparation preparation;

    @Autowired
    HearingRooms rooms;

    @Autowired
    StaffAvailability availability;

    @Autowired
    HearingBookings bookings;

    @Autowired
    HearingOutcomes outcomes;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

    @Autowired
    PlatformTransactionManager transactions;

    HearingFixtures f;
    Processes processes;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, caseTimeline).start();
        f = new HearingFixtures(jdbc, users, json, registration, review, preparation, rooms);
    }

    @AfterEach
    void tearDown() {
        processes.close();
        TestClock.get().reset();
    }

    private static String at(String day, String time) {
        return day + "T" + time + ":00+08:00";
    }

    private static String body(long caseId, long roomId, String start, String end) {
        return "{\"caseId\":" + caseId + ",\"roomId\":" + roomId + ",\"start\":\"" + start + "\",\"end\":\"" + end
                + "\"}";
    }

    private UserAgent agent(CurrentUser user) {
        return UserAgent.basic(port, user.username(), ArbitrationFixtures.PASSWORD);
    }

    private Long key(long hearingId) {
        return jdbc.queryForObject("select scheduled_case_id from hearing where id = ?", Long.class, hearingId);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** Two bookings of one case in two rooms at two times, fired together: one hearing, the other 409 naming it. */
    @Test
    void twoBookingsOfOneCaseAtDifferentRoomsAndTimesAtOnceGiveOneHearing() throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator1);
        RoomView first = f.room("一案一庭甲", 12);
        RoomView second = f.room("一案一庭乙", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        List<String> requests = List.of(
                body(caseId, first.id(), at("2026-10-14", "09:00"), at("2026-10-14", "10:00")),
                body(caseId, second.id(), at("2026-10-15", "14:00"), at("2026-10-15", "15:00")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (String request : requests) {
                UserAgent clerk = agent(f.a.hearingClerk);
                Callable<HttpResponse<String>> call = () -> {
                    go.await();
                    return clerk.postJson("/api/hearings", request);
                };
                futures.add(pool.submit(call));
            }
            go.countDown();
            for (Future<HttpResponse<String>> a : futures) {
                answers.add(a.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses)
                .as(answers.stream().map(HttpResponse::body).toList().toString())
                .containsExactlyInAnyOrder(201, 409);
        HttpResponse<String> won =
                answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow();
        HttpResponse<String> lost =
                answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        long hearingId = json.readTree(won.body()).get("id").asLong();
        assertThat(lost.body()).contains("HEARING_EXISTS").contains("已安排开庭").contains("开庭编号 " + hearingId);
        // nothing half-written: one hearing, its participants and slots only, one record on the case
        assertThat(count("select count(*) from hearing where case_id = ?", caseId))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from hearing_slot s join hearing h on h.id = s.hearing_id where h.case_id = ?"
                                + " and s.hearing_id <> ?",
                        caseId,
                        hearingId))
                .isZero();
        assertThat(count("select count(*) from arbitration_hearing where case_id = ?", caseId))
                .isEqualTo(1);
        assertThat(key(hearingId)).isEqualTo(caseId);
    }

    /**
     * The proof that the key, not the check before it, refuses the second: a transaction holds a scheduled hearing of
     * the case uncommitted; a booking of the same case in another room at another time passes every check (it cannot
     * see the holder), waits on the key, and is refused once the holder commits — 409 naming the holder.
     */
    @Test
    void theDatabaseRefusesASecondScheduledHearingOfTheCaseTheCheckCouldNotSee() throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator2);
        RoomView holderRoom = f.room("持有庭", 12);
        RoomView room = f.room("后到庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        Instant start = Instant.parse("2026-10-14T06:00:00Z"); // 14:00 Beijing
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Long[] holderId = new Long[1];
        try {
            Future<?> holder = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                holderId[0] = jdbc.queryForObject(
                        "insert into hearing (case_id, scheduled_case_id, case_number, office_code, room_id, starts_at,"
                                + " ends_at, clerk, status, notice_served_by, booked_by, booked_at, version)"
                                + " values (?, ?, 'HOLDER-同案', 'A1', ?, ?, ?, ?, 'SCHEDULED', ?, 'test', ?, 0)"
                                + " returning id",
                        Long.class,
                        caseId,
                        caseId,
                        holderRoom.id(),
                        java.sql.Timestamp.from(start),
                        java.sql.Timestamp.from(start.plusSeconds(3600)),
                        f.a.hearingClerk.username(),
                        java.sql.Date.valueOf("2026-10-01"),
                        java.sql.Timestamp.from(start));
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            holding.await();
            UserAgent clerk = agent(f.a.hearingClerk);
            Future<HttpResponse<String>> booking = pool.submit(() -> clerk.postJson(
                    "/api/hearings", body(caseId, room.id(), at("2026-10-16", "09:00"), at("2026-10-16", "10:00"))));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> count("select count(*) from pg_stat_activity where datname = current_database()"
                                    + " and wait_event_type = 'Lock'")
                            > 0);
            release.countDown();
            holder.get();
            HttpResponse<String> refused = booking.get();
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(refused.body()).contains("HEARING_EXISTS").contains("开庭编号 " + holderId[0]);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from hearing where case_id = ?", caseId))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from hearing_slot where resource_kind = 'ROOM' and resource_id = ?",
                        String.valueOf(room.id())))
                .isZero();
        assertThat(count("select count(*) from arbitration_hearing where case_id = ?", caseId))
                .isZero();
    }

    @Test
    void movingKeepsTheKeyCancellingAndAnOutcomeReleaseIt() throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator3);
        RoomView room = f.room("键庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        HearingView h = bookings.book(
                f.a.hearingClerk,
                new BookHearingRequest(caseId, room.id(), at("2026-10-13", "09:00"), at("2026-10-13", "10:00"), null));
        assertThat(key(h.id())).isEqualTo(caseId);
        HearingView moved = bookings.reschedule(
                f.a.hearingClerk,
                h.id(),
                new RescheduleRequest(h.version(), room.id(), at("2026-10-14", "09:00"), at("2026-10-14", "10:00")));
        assertThat(key(moved.id()))
                .as("moved, still the case's one scheduled hearing")
                .isEqualTo(caseId);
        // a second scheduled row of the case cannot exist, whoever writes it
        assertThatThrownBy(() -> jdbc.update(
                        "insert into hearing (case_id, scheduled_case_id, case_number, office_code, room_id,"
                                + " starts_at, ends_at, clerk, status, notice_served_by, booked_by, booked_at, version)"
                                + " values (?, ?, 'X', 'A1', ?, current_timestamp, current_timestamp + interval '1' hour,"
                                + " 'x', 'SCHEDULED', current_date, 'x', current_timestamp, 0)",
                        caseId,
                        caseId,
                        room.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
        // nor may a hearing that is no longer scheduled keep the key
        assertThatThrownBy(() -> jdbc.update("update hearing set status = 'CANCELLED' where id = ?", moved.id()))
                .isInstanceOf(DataIntegrityViolationException.class);

        HearingView cancelled =
                bookings.cancel(f.a.hearingClerk, moved.id(), new CancelRequest(moved.version(), "当事人和解"));
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(key(moved.id())).isNull();
        HearingView again = bookings.book(
                f.a.hearingClerk,
                new BookHearingRequest(caseId, room.id(), at("2026-10-15", "09:00"), at("2026-10-15", "10:00"), null));
        assertThat(key(again.id())).isEqualTo(caseId);

        HearingFixtures.at(LocalDate.of(2026, 10, 15), 11);
        outcomes.recordOutcome(f.a.hearingClerk, again.id(), new OutcomeRequest(again.version(), "HELD", null));
        assertThat(key(again.id()))
                .as("held: the case has no scheduled hearing any more")
                .isNull();
        assertThat(count("select count(*) from hearing where scheduled_case_id = ?", caseId))
                .isZero();
    }

    @Test
    void roomsAreEditedAtTheirVersionAndTwoEditsAtOnceGiveOneConflict() throws Exception {
        RoomView room = f.room("可改庭", 12);
        UserAgent admin = agent(f.admin);
        String edit = "{\"version\":" + room.version() + ",\"name\":\"" + room.name() + "-改\",\"capacity\":16,"
                + "\"video\":false,\"recording\":true,\"opensAt\":\"09:00\",\"closesAt\":\"17:00\"}";
        HttpResponse<String> ok = admin.postJson("/api/hearings/rooms/" + room.id(), edit);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode changed = json.readTree(ok.body());
        assertThat(changed.get("name").asText()).isEqualTo(room.name() + "-改");
        assertThat(changed.get("capacity").asInt()).isEqualTo(16);
        assertThat(changed.get("opensAt").asText()).isEqualTo("09:00");
        assertThat(changed.get("video").asBoolean()).isFalse();
        assertThat(changed.get("version").asInt()).isEqualTo(room.version() + 1);
        // the same stale version again → 409
        HttpResponse<String> stale = admin.postJson("/api/hearings/rooms/" + room.id(), edit);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

        // two administrators at once with the version they both saw: one saved, one told to reload
        int version = changed.get("version").asInt();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int capacity : new int[] {20, 30}) {
                UserAgent a = agent(f.admin);
                String body = "{\"version\":" + version + ",\"name\":\"" + room.name() + "-改\",\"capacity\":" + capacity
                        + ",\"opensAt\":\"09:00\",\"closesAt\":\"17:00\"}";
                futures.add(pool.submit(() -> {
                    go.await();
                    return a.postJson("/api/hearings/rooms/" + room.id(), body);
                }));
            }
            go.countDown();
            for (Future<HttpResponse<String>> fu : futures) {
                statuses.add(fu.get().statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(count("select version from hearing_room where id = ?", room.id()))
                .isEqualTo(version + 1);
        assertThat(count(
                        "select count(*) from audit_entry where action = 'HEARING_ROOM_CHANGED' and target_id = ?",
                        String.valueOf(room.id())))
                .isEqualTo(2);
    }

    @Test
    void aRoomWithScheduledHearingsIsNotDeactivatedUntilTheyAreMoved() throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator1);
        RoomView room = f.room("停用庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        HearingView h = bookings.book(
                f.a.hearingClerk,
                new BookHearingRequest(caseId, room.id(), at("2026-10-19", "09:00"), at("2026-10-19", "10:00"), null));
        UserAgent admin = agent(f.admin);
        HttpResponse<String> refused = admin.postJson(
                "/api/hearings/rooms/" + room.id() + "/activation",
                "{\"version\":" + room.version() + ",\"active\":false}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body())
                .contains("HEARING_ROOM_IN_USE")
                .contains(h.caseNumber())
                .contains("开庭编号 " + h.id());
        assertThat(rooms.get(f.admin, room.id()).active()).isTrue();

        bookings.cancel(f.a.hearingClerk, h.id(), new CancelRequest(h.version(), "改期另行安排"));
        HttpResponse<String> off = admin.postJson(
                "/api/hearings/rooms/" + room.id() + "/activation",
                "{\"version\":" + room.version() + ",\"active\":false}");
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(json.readTree(off.body()).get("active").asBoolean()).isFalse();
        // the one checker refuses an inactive room
        HttpResponse<String> booking = agent(f.a.hearingClerk)
                .postJson(
                        "/api/hearings", body(caseId, room.id(), at("2026-10-20", "09:00"), at("2026-10-20", "10:00")));
        assertThat(booking.statusCode()).as(booking.body()).isEqualTo(400);
        assertThat(booking.body()).contains("已停用");
        HttpResponse<String> on = admin.postJson(
                "/api/hearings/rooms/" + room.id() + "/activation",
                "{\"version\":" + (room.version() + 1) + ",\"active\":true}");
        assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
        assertThat(json.readTree(on.body()).get("active").asBoolean()).isTrue();
        assertThat(count(
                        "select count(*) from audit_entry where target_type = 'hearingRoom' and target_id = ?"
                                + " and action in ('HEARING_ROOM_DEACTIVATED', 'HEARING_ROOM_ACTIVATED')",
                        String.valueOf(room.id())))
                .isEqualTo(2);
    }

    @Test
    void theCsvUpdatesARoomOfTheSameName() throws Exception {
        RoomView room = f.room("导入庭", 12);
        String csv = "office,name,capacity,video,recording,opens,closes,outOfService\n" + "A1," + room.name()
                + ",25,否,是,09:00,16:30,2026-12-24~2026-12-25\n";
        HttpResponse<String> upload = agent(f.admin).post("/api/hearings/rooms/csv", "text/csv", csv);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        RoomView after = rooms.get(f.admin, room.id());
        assertThat(after.capacity()).isEqualTo(25);
        assertThat(after.video()).isFalse();
        assertThat(after.opensAt()).isEqualTo("09:00");
        assertThat(after.closesAt()).isEqualTo("16:30");
        assertThat(after.outOfService()).hasSize(1);
        assertThat(count("select count(*) from hearing_room where name = ?", room.name()))
                .isEqualTo(1);
    }

    @Test
    void unavailabilityIsWithdrawnByAnAdministratorOnly() throws Exception {
        CurrentUser arbitrator = f.user("arbw-t", "A1", "ARBITRATOR");
        UnavailabilityView u = availability.add(
                f.admin, new UnavailabilityRequest(arbitrator.username(), "2026-11-02", "2026-11-03", "培训", "业务培训"));
        // the person himself sees it but may not withdraw it; another committee member does not see it
        assertThat(agent(arbitrator)
                        .delete("/api/hearings/unavailability/" + u.id())
                        .statusCode())
                .isEqualTo(403);
        assertThat(agent(f.a.hearingClerk)
                        .delete("/api/hearings/unavailability/" + u.id())
                        .statusCode())
                .isEqualTo(404);
        assertThat(agent(f.a.outsider)
                        .delete("/api/hearings/unavailability/" + u.id())
                        .statusCode())
                .isEqualTo(404);
        assertThat(count("select count(*) from staff_unavailability where id = ?", u.id()))
                .isEqualTo(1);
        assertThat(agent(f.admin)
                        .delete("/api/hearings/unavailability/" + u.id())
                        .statusCode())
                .isEqualTo(204);
        assertThat(count("select count(*) from staff_unavailability where id = ?", u.id()))
                .isZero();
        assertThat(agent(f.admin)
                        .delete("/api/hearings/unavailability/" + u.id())
                        .statusCode())
                .isEqualTo(404);
        assertThat(count(
                        "select count(*) from audit_entry where action = 'STAFF_UNAVAILABILITY_WITHDRAWN' and"
                                + " target_id = ?",
                        arbitrator.username()))
                .isEqualTo(1);
    }

    @Test
    void everyNewRoomRouteAnswersEachRoleAndNothingIsWritten() throws Exception {
        RoomView room = f.room("权限庭", 12);
        RoomView elsewhere = rooms.create(
                f.admin, new RoomRequest("D1", "外局询问室-" + room.id(), 10, false, false, "08:30", "17:30", List.of()));
        String edit = "{\"version\":0,\"name\":\"越权\",\"capacity\":5,\"opensAt\":\"08:30\",\"closesAt\":\"17:30\"}";
        String deactivate = "{\"version\":0,\"active\":false}";
        for (CurrentUser user : List.of(f.a.hearingClerk, f.a.arbitrator1, f.a.director, f.a.clerk)) {
            // his committee's room: seen, not his to manage → 403; another committee's → 404
            assertThat(agent(user)
                            .postJson("/api/hearings/rooms/" + room.id(), edit)
                            .statusCode())
                    .as(user.username())
                    .isEqualTo(403);
            assertThat(agent(user)
                            .postJson("/api/hearings/rooms/" + room.id() + "/activation", deactivate)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(agent(user)
                            .postJson("/api/hearings/rooms/" + elsewhere.id(), edit)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(agent(user)
                            .postJson("/api/hearings/rooms/" + elsewhere.id() + "/activation", deactivate)
                            .statusCode())
                    .isEqualTo(404);
        }
        assertThat(agent(f.a.outsider)
                        .postJson("/api/hearings/rooms/" + room.id(), edit)
                        .statusCode())
                .isEqualTo(404);
        assertThat(agent(f.a.outsider)
                        .postJson("/api/hearings/rooms/" + room.id() + "/activation", deactivate)
                        .statusCode())
                .isEqualTo(404);
        assertThat(agent(f.admin)
                        .postJson("/api/hearings/rooms/999999999", edit)
                        .statusCode())
                .isEqualTo(404);
        assertThat(count("select version from hearing_room where id = ?", room.id()))
                .isZero();
        assertThat(count("select version from hearing_room where id = ?", elsewhere.id()))
                .isZero();
        // the administrator keeps the rooms of every committee
        assertThat(agent(f.admin)
                        .postJson(
                                "/api/hearings/rooms/" + elsewhere.id() + "/activation",
                                "{\"version\":0,\"active\":false}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void hostileInputOnTheNewFieldsIsRefusedNamingEachField() throws Exception {
        RoomView room = f.room("敌意庭", 12);
        UserAgent admin = agent(f.admin);
        String path = "/api/hearings/rooms/" + room.id();
        HttpResponse<String> nul = admin.postJson(
                path,
                "{\"version\":0,\"name\":\"坏\\u0000名\",\"capacity\":-3,\"opensAt\":\"25:00\",\"closesAt\":\"17:30\"}");
        assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
        assertThat(nul.body())
                .contains("\"name\"")
                .contains("审理室名称")
                .contains("\"capacity\"")
                .contains("容纳人数须在1至500之间")
                .contains("\"opensAt\"");
        HttpResponse<String> huge = admin.postJson(
                path,
                "{\"version\":0,\"name\":\"" + "庭".repeat(10_000) + "\",\"capacity\":999999999,"
                        + "\"opensAt\":\"08:30\",\"closesAt\":\"17:30\"}");
        assertThat(huge.statusCode()).as(huge.body()).isEqualTo(400);
        assertThat(huge.body()).contains("\"name\"").contains("审理室名称").contains("\"capacity\"");
        HttpResponse<String> wrongType = admin.postJson(
                path,
                "{\"version\":0,\"name\":\"x\",\"capacity\":\"十二\",\"opensAt\":\"08:30\",\"closesAt\":\"17:30\"}");
        assertThat(wrongType.statusCode()).as(wrongType.body()).isEqualTo(400);
        assertThat(wrongType.body()).contains("capacity").contains("人数为整数");
        HttpResponse<String> noVersion = admin.postJson(path, "{\"name\":\"x\"}");
        assertThat(noVersion.statusCode()).as(noVersion.body()).isEqualTo(400);
        assertThat(noVersion.body()).contains("\"version\"").contains("版本号").contains("\"capacity\"");
        HttpResponse<String> activation = admin.postJson(path + "/activation", "{\"active\":\"也许\"}");
        assertThat(activation.statusCode()).as(activation.body()).isEqualTo(400);
        assertThat(activation.body()).contains("active");
        HttpResponse<String> empty = admin.postJson(path + "/activation", "{}");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(empty.body()).contains("\"version\"").contains("\"active\"").contains("请选择启用或停用");
        assertThat(admin.postJson(path, "not json").statusCode()).isEqualTo(400);
        RoomView after = rooms.get(f.admin, room.id());
        assertThat(after.version()).isZero();
        assertThat(after.name()).isEqualTo(room.name());
    }

    @Test
    void theAdminPageEditsDeactivatesAndWithdraws() {
        RoomView room = f.room("页面庭", 12);
        CurrentUser arbitrator = f.user("arbp-t", "A1", "ARBITRATOR");
        UnavailabilityView u = availability.add(
                f.admin, new UnavailabilityRequest(arbitrator.username(), "2026-11-09", "2026-11-09", "休假", "页面撤销"));
        UserAgent admin = UserAgent.loggedIn(port, f.admin.username(), ArbitrationFixtures.PASSWORD);
        HttpResponse<String> page = admin.get("/admin/hearing-rooms");
        assertThat(page.body())
                .contains("edit-room-" + room.id())
                .contains("撤销")
                .contains("停用");
        String token = admin.csrfToken("/admin/hearing-rooms");
        HttpResponse<String> bad = admin.postForm(
                "/admin/hearing-rooms/rooms/" + room.id(),
                Map.of(
                        "_csrf",
                        token,
                        "version",
                        "0",
                        "name",
                        "",
                        "capacity",
                        "0",
                        "opensAt",
                        "18:00",
                        "closesAt",
                        "08:00"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("请填写审理室名称").contains("容纳人数须在1至500之间").contains("关闭时间须晚于开放时间");
        HttpResponse<String> good = admin.postForm(
                "/admin/hearing-rooms/rooms/" + room.id(),
                Map.of(
                        "_csrf",
                        token,
                        "version",
                        "0",
                        "name",
                        room.name() + "-页改",
                        "capacity",
                        "14",
                        "opensAt",
                        "08:30",
                        "closesAt",
                        "17:30"));
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/hearing-rooms").body()).contains(room.name() + "-页改");
        HttpResponse<String> stale = admin.postForm(
                "/admin/hearing-rooms/rooms/" + room.id(),
                Map.of(
                        "_csrf",
                        token,
                        "version",
                        "0",
                        "name",
                        "再改",
                        "capacity",
                        "14",
                        "opensAt",
                        "08:30",
                        "closesAt",
                        "17:30"));
        assertThat(stale.statusCode()).as("a conflict is a flash message").isEqualTo(302);
        assertThat(rooms.get(f.admin, room.id()).name()).isEqualTo(room.name() + "-页改");
        HttpResponse<String> off = admin.postForm(
                "/admin/hearing-rooms/rooms/" + room.id() + "/activation",
                Map.of("_csrf", token, "version", "1", "active", "false"));
        assertThat(off.statusCode()).isEqualTo(302);
        assertThat(rooms.get(f.admin, room.id()).active()).isFalse();
        HttpResponse<String> withdrawn =
                admin.postForm("/admin/hearing-rooms/unavailability/" + u.id() + "/withdrawal", Map.of("_csrf", token));
        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from staff_unavailability where id = ?", u.id()))
                .isZero();

        UserAgent clerk = UserAgent.loggedIn(port, f.a.hearingClerk.username(), ArbitrationFixtures.PASSWORD);
        String clerkToken = clerk.csrfToken("/notifications");
        assertThat(clerk.postForm(
                                "/admin/hearing-rooms/rooms/" + room.id() + "/activation",
                                Map.of("_csrf", clerkToken, "version", "2", "active", "true"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(rooms.get(f.admin, room.id()).active()).isFalse();
    }
}
