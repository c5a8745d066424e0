package cn.laborcase.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationFixtures;
import cn.laborcase.arbitration.ArbitrationQueries;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.arbitration.process.ArbitrationProcess;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking hearings against the real database and engine: the notice window across the 2026 National Day block, the
 * award deadline's cut-off, leave, a three-member tribunal, 20 bookings of one slot at once, access and hostile input.
 */
@IntegrationTest
class HearingBookingIT {

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
    ArbitrationQueries queries;

    @Autowired
    HearingRooms rooms;

    @Autowired
    StaffAvailability availability;

    @Autowired
    HearingBookings bookings;

    @Autowired
    SlotSearch search;

    @Autowired
    Documents documents;

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

    private String body(long caseId, long roomId, String start, String end) {
        return "{\"caseId\":" + caseId + ",\"roomId\":" + roomId + ",\"start\":\"" + start + "\",\"end\":\"" + end
                + "\"}";
    }

    private UserAgent agent(CurrentUser user) {
        return UserAgent.basic(port, user.username(), ArbitrationFixtures.PASSWORD);
    }

    private static List<String> codes(InvalidInputException e) {
        return e.problems().stream().map(FieldProblem::code).toList();
    }

    @Test
    void theNoticeMustBeServedFiveWorkingDaysAheadAcrossTheNationalDayBlock() throws Exception {
        long caseId = f.composedCase(processes, true, f.a.arbitrator1, f.a.arbitrator2, f.a.arbitrator3);
        String pid = f.processInstance(caseId);
        RoomView room = f.room("第一仲裁庭", 12);
        UserAgent clerk = agent(f.a.hearingClerk);

        // on the docket before the booking
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        HttpResponse<String> docket = clerk.get("/api/arbitration/cases?awaitingHearing=true");
        assertThat(docket.statusCode()).as(docket.body()).isEqualTo(200);
        JsonNode waiting = find(json.readTree(docket.body()), caseId);
        assertThat(waiting).as("the case waits for its hearing").isNotNull();
        assertThat(waiting.get("awardDueDate").asText()).isEqualTo("2026-10-26");
        assertThat(waiting.get("tribunal")).hasSize(3);

        // booked on 09-25 (a holiday), served by post 3 days later, on 09-28: 5 working days 09-29, 09-30, 10-08,
        // 10-09, 10-10 (a make-up working Saturday) lie before Monday 10-12
        HttpResponse<String> booked = clerk.postJson(
                "/api/hearings", body(caseId, room.id(), at("2026-10-12", "09:00"), at("2026-10-12", "11:00")));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        JsonNode hearing = json.readTree(booked.body());
        assertThat(hearing.get("noticeServedBy").asText()).isEqualTo("2026-09-28");
        assertThat(hearing.get("tribunal")).hasSize(3);
        assertThat(hearing.get("clerk").get("username").asText()).isNotBlank();

        // the 开庭通知书 to every party with a recipient each, and 安排开庭 done through the engine
        var notice = documents.get(hearing.get("noticeDocumentId").asLong());
        assertThat(notice.typeName()).isEqualTo("开庭通知书");
        assertThat(notice.recipients()).extracting(r -> r.role()).contains("申请人", "被申请人");
        String text = new String(documents.pdf(notice.id()).content(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pid)
                        .taskDefinitionKey(ArbitrationProcess.TASK_SCHEDULE_HEARING)
                        .count())
                .as("安排开庭 completed")
                .isZero();
        assertThat(queries.get(f.a.director, caseId).hearings()).hasSize(1);
        assertThat(find(
                        json.readTree(clerk.get("/api/arbitration/cases?awaitingHearing=true")
                                .body()),
                        caseId))
                .as("off the docket once booked")
                .isNull();

        // cancelled with a reason: the slots are free again
        HearingView cancelled = bookings.cancel(
                f.a.hearingClerk,
                hearing.get("id").asLong(),
                new CancelRequest(hearing.get("version").asInt(), "申请人住院"));
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from hearing_slot where hearing_id = ?", Integer.class, cancelled.id()))
                .isZero();

        // a day later the notice would be served on 09-29: 10-12 refused, 10-13 the earliest
        HearingFixtures.at(LocalDate.of(2026, 9, 26), 10);
        HttpResponse<String> late = clerk.postJson(
                "/api/hearings", body(caseId, room.id(), at("2026-10-12", "09:00"), at("2026-10-12", "11:00")));
        assertThat(late.statusCode()).as(late.body()).isEqualTo(400);
        assertThat(late.body()).contains("NoticeWindow").contains("2026-09-28").contains("最早可安排于 2026-10-13");
        List<SlotView> slots = search.search(f.a.hearingClerk, caseId, 120, "2026-10-01", "2026-10-20");
        assertThat(slots).isNotEmpty();
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-10-13T00:30:00Z"));
        HttpResponse<String> ok = clerk.postJson(
                "/api/hearings", body(caseId, room.id(), at("2026-10-13", "09:00"), at("2026-10-13", "11:00")));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    }

    @Test
    void aHearingMustLeaveTheConfiguredDaysBeforeTheAwardDeadline() throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator1);
        RoomView room = f.room("第二仲裁庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        // award due 2026-10-26, 5 days' margin: 10-21 the last day
        assertThatThrownBy(() -> bookings.book(
                        f.a.hearingClerk,
                        new BookHearingRequest(
                                caseId, room.id(), at("2026-10-22", "09:00"), at("2026-10-22", "10:00"), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(codes(e)).containsExactly("AwardDeadline");
                    assertThat(e.problems().get(0).message())
                            .contains("2026-10-26")
                            .contains("第四十三条")
                            .contains("2026-10-21");
                });
        assertThat(search.search(f.a.hearingClerk, caseId, 60, "2026-10-22", "2026-10-30"))
                .isEmpty();
        HearingView h = bookings.book(
                f.a.hearingClerk,
                new BookHearingRequest(caseId, room.id(), at("2026-10-21", "16:00"), at("2026-10-21", "17:00"), null));
        assertThat(h.tribunal()).extracting(HearingView.Person::role).containsExactly("独任仲裁员");
    }

    @Test
    void reschedulingFreesTheOldSlotsTakesNewOnesAndIssuesANewNotice() throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator1, f.a.arbitrator2, f.a.arbitrator3);
        RoomView room = f.room("第十仲裁庭", 12);
        RoomView other = f.room("第十一仲裁庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        HearingView first = bookings.book(
                f.a.hearingClerk,
                new BookHearingRequest(caseId, room.id(), at("2026-10-14", "09:00"), at("2026-10-14", "10:00"), null));
        HearingView moved = bookings.reschedule(
                f.a.arbitrator1,
                first.id(),
                new RescheduleRequest(
                        first.version(), other.id(), at("2026-10-16", "14:00"), at("2026-10-16", "15:30")));
        assertThat(moved.room()).isEqualTo(other.name());
        assertThat(moved.noticeDocumentId()).isNotEqualTo(first.noticeDocumentId());
        assertThat(documents.get(moved.noticeDocumentId()).typeName()).isEqualTo("开庭通知书");
        assertThat(jdbc.queryForList(
                        "select resource_id from hearing_slot where hearing_id = ? and resource_kind = 'ROOM'",
                        String.class,
                        first.id()))
                .as("three half-hour slots of the new room only")
                .containsOnly(String.valueOf(other.id()))
                .hasSize(3);
        assertThat(queries.get(f.a.director, caseId).hearings()).singleElement().satisfies(h -> assertThat(h.room())
                .isEqualTo(other.name()));
        // the old room is free again for anyone; a stale version is refused
        assertThat(jdbc.queryForObject(
                        "select count(*) from hearing_slot where resource_kind = 'ROOM' and resource_id = ?",
                        Integer.class,
                        String.valueOf(room.id())))
                .isZero();
        assertThatThrownBy(() -> bookings.reschedule(
                        f.a.hearingClerk,
                        first.id(),
                        new RescheduleRequest(
                                first.version(), room.id(), at("2026-10-19", "09:00"), at("2026-10-19", "10:00"))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void leaveBlocksASlotAndTheSearchGoesAroundIt() throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator1, f.a.arbitrator2, f.a.arbitrator3);
        RoomView room = f.room("第三仲裁庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        availability.add(
                f.admin,
                new UnavailabilityRequest(f.a.arbitrator2.username(), "2026-10-14", "2026-10-14", "LEAVE", "年休假"));
        assertThatThrownBy(() -> bookings.book(
                        f.a.hearingClerk,
                        new BookHearingRequest(
                                caseId, room.id(), at("2026-10-14", "09:00"), at("2026-10-14", "10:00"), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(codes(e)).containsExactly("Unavailable");
                    assertThat(e.problems().get(0).message()).contains("仲裁员").contains("休假");
                });
        List<SlotView> slots = search.search(f.a.hearingClerk, caseId, 60, "2026-10-14", "2026-10-16");
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-10-15T00:30:00Z"));
        // the proposed slot books as proposed
        SlotView s = slots.get(0);
        HearingView h = bookings.book(
                f.a.hearingClerk,
                new BookHearingRequest(
                        caseId,
                        s.roomId(),
                        s.start().toString(),
                        s.end().toString(),
                        s.clerk().username()));
        assertThat(h.start()).isEqualTo(s.start());
    }

    @Test
    void aThreeMemberTribunalNeedsAllThreeFree() throws Exception {
        CurrentUser other1 = f.user("arb4-t", "A1", "ARBITRATOR");
        CurrentUser other2 = f.user("arb5-t", "A1", "ARBITRATOR");
        long first = f.composedCase(processes, false, f.a.arbitrator1, f.a.arbitrator2, f.a.arbitrator3);
        long second = f.composedCase(processes, false, other1, other2, f.a.arbitrator3);
        RoomView roomA = f.room("第四仲裁庭", 12);
        RoomView roomB = f.room("第五仲裁庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        HearingView a = bookings.book(
                f.a.hearingClerk,
                new BookHearingRequest(first, roomA.id(), at("2026-10-13", "09:00"), at("2026-10-13", "11:00"), null));
        // another room, another clerk, two free members: the third sits in the first hearing
        assertThatThrownBy(() -> bookings.book(
                        f.a.hearingClerk,
                        new BookHearingRequest(
                                second, roomB.id(), at("2026-10-13", "10:00"), at("2026-10-13", "12:00"), null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(a.caseNumber())
                .hasMessageContaining("仲裁员");
        List<SlotView> slots = search.search(f.a.hearingClerk, second, 120, "2026-10-13", "2026-10-13");
        assertThat(slots.get(0).start())
                .as("after the shared member's hearing")
                .isEqualTo(Instant.parse("2026-10-13T03:00:00Z"));
        assertThat(slots)
                .allSatisfy(s -> assertThat(s.start()).isAfterOrEqualTo(Instant.parse("2026-10-13T03:00:00Z")));
    }

    @Test
    void twentyConcurrentBookingsOfOneSlotGiveOneHearingAndNineteenConflicts() throws Exception {
        long caseId = f.composedCase(processes, true, f.a.arbitrator1, f.a.arbitrator2, f.a.arbitrator3);
        RoomView room = f.room("第六仲裁庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        String request = body(caseId, room.id(), at("2026-10-16", "14:00"), at("2026-10-16", "16:00"));
        int n = 20;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                UserAgent clerk = agent(f.a.hearingClerk);
                Callable<HttpResponse<String>> call = () -> {
                    go.await();
                    return clerk.postJson("/api/hearings", request);
                };
                answers.add(pool.submit(call));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> a : answers) {
                HttpResponse<String> r = a.get();
                statuses.add(r.statusCode());
                if (r.statusCode() == 409) {
                    assertThat(r.body()).containsAnyOf("已有开庭", "已安排开庭");
                }
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(n - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from hearing where case_id = ?", Integer.class, caseId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from hearing_slot where resource_kind = 'ROOM' and resource_id = ?",
                        Integer.class,
                        String.valueOf(room.id())))
                .as("four half-hour slots of the room")
                .isEqualTo(4);
    }

    /**
     * The check before the insert cannot see a booking that is not committed yet: the slot rows' primary key is what
     * refuses the second one. A transaction here holds a room's slot, uncommitted, while a booking of another case (its
     * own tribunal and clerk) passes every check and inserts; it waits on the row, and once the holder commits the
     * database refuses it: 409 naming the holder's hearing, nothing of the booking kept.
     */
    @Test
    void theDatabaseRefusesASlotTakenByATransactionTheCheckCouldNotSee() throws Exception {
        CurrentUser b1 = f.user("arb7-t", "A1", "ARBITRATOR");
        CurrentUser b2 = f.user("arb8-t", "A1", "ARBITRATOR");
        CurrentUser b3 = f.user("arb9-t", "A1", "ARBITRATOR");
        long holderCase = f.composedCase(processes, false, f.a.arbitrator1, f.a.arbitrator2, f.a.arbitrator3);
        long caseId = f.composedCase(processes, false, b1, b2, b3);
        RoomView room = f.room("第九仲裁庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        Instant slot = Instant.parse("2026-10-15T01:00:00Z"); // 09:00 Beijing
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                Long hearingId = jdbc.queryForObject(
                        "insert into hearing (case_id, case_number, office_code, room_id, starts_at, ends_at, clerk,"
                                + " status, notice_served_by, booked_by, booked_at, version)"
                                + " values (?, 'HOLDER-案号', 'A1', ?, ?, ?, ?, 'SCHEDULED', ?, 'test', ?, 0) returning id",
                        Long.class,
                        holderCase,
                        room.id(),
                        java.sql.Timestamp.from(slot),
                        java.sql.Timestamp.from(slot.plusSeconds(1800)),
                        f.a.hearingClerk.username(),
                        java.sql.Date.valueOf("2026-10-01"),
                        java.sql.Timestamp.from(slot));
                jdbc.update(
                        "insert into hearing_slot (resource_kind, resource_id, slot_start, hearing_id) values ('ROOM', ?, ?, ?)",
                        String.valueOf(room.id()),
                        java.sql.Timestamp.from(slot),
                        hearingId);
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
                    "/api/hearings", body(caseId, room.id(), at("2026-10-15", "09:00"), at("2026-10-15", "10:00"))));
            // the booking passed its checks and waits on the held row
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from pg_stat_activity where datname = current_database()"
                                            + " and wait_event_type = 'Lock'",
                                    Integer.class)
                            > 0);
            release.countDown();
            holder.get();
            HttpResponse<String> refused = booking.get();
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(refused.body()).contains("HOLDER-案号").contains("审理室");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from hearing where case_id = ?", Integer.class, caseId))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from arbitration_hearing where case_id = ?", Integer.class, caseId))
                .isZero();
    }

    @Test
    void onlyTheCommitteesClerksAndTheTribunalBookAndOnlyAdministratorsManageRooms() throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator1, f.a.arbitrator2, f.a.arbitrator3);
        RoomView room = f.room("第七仲裁庭", 12);
        RoomView elsewhere = rooms.create(
                f.admin, new RoomRequest("D1", "监察询问室-" + room.id(), 10, false, false, "08:30", "17:30", List.of()));
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        String request = body(caseId, room.id(), at("2026-10-19", "09:00"), at("2026-10-19", "10:00"));
        CurrentUser strangerArbitrator = f.user("arb6-t", "A1", "ARBITRATOR");

        assertThat(agent(f.a.outsider).postJson("/api/hearings", request).statusCode())
                .isEqualTo(404);
        assertThat(agent(strangerArbitrator).postJson("/api/hearings", request).statusCode())
                .isEqualTo(404);
        assertThat(agent(f.a.director).postJson("/api/hearings", request).statusCode())
                .isEqualTo(403);
        assertThat(agent(f.admin).postJson("/api/hearings", request).statusCode())
                .isEqualTo(403);
        HttpResponse<String> foreignRoom = agent(f.a.hearingClerk)
                .postJson(
                        "/api/hearings",
                        body(caseId, elsewhere.id(), at("2026-10-19", "09:00"), at("2026-10-19", "10:00")));
        assertThat(foreignRoom.statusCode()).as(foreignRoom.body()).isEqualTo(404);
        // an arbitrator of the tribunal books
        HttpResponse<String> byArbitrator = agent(f.a.arbitrator2).postJson("/api/hearings", request);
        assertThat(byArbitrator.statusCode()).as(byArbitrator.body()).isEqualTo(201);

        String roomJson = "{\"officeCode\":\"A1\",\"name\":\"新审理室-" + room.id()
                + "\",\"capacity\":8,\"opensAt\":\"08:30\",\"closesAt\":\"17:30\"}";
        assertThat(agent(f.a.hearingClerk)
                        .postJson("/api/hearings/rooms", roomJson)
                        .statusCode())
                .isEqualTo(403);
        assertThat(agent(f.admin).postJson("/api/hearings/rooms", roomJson).statusCode())
                .isEqualTo(201);
        assertThat(agent(f.a.hearingClerk)
                        .get("/api/hearings/rooms/" + elsewhere.id())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void hostileInputIsRefusedNamingEveryFieldAndEveryRow() throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator1);
        RoomView room = f.room("第八仲裁庭", 2);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        UserAgent clerk = agent(f.a.hearingClerk);

        HttpResponse<String> empty = clerk.postJson("/api/hearings", "{\"start\":\"明天\",\"end\":\"2026-13-45T25:00\"}");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(empty.body())
                .contains("caseId")
                .contains("roomId")
                .contains("start")
                .contains("end");
        assertThat(clerk.postJson("/api/hearings", "not json").statusCode()).isEqualTo(400);

        // a rest day, before opening, off the grid; a room too small for applicant, respondent and agent
        assertThatThrownBy(() -> bookings.book(
                        f.a.hearingClerk,
                        new BookHearingRequest(
                                caseId, room.id(), at("2026-10-03", "07:10"), at("2026-10-03", "08:00"), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e))
                        .contains("RestDay", "OpeningHours", "Grid", "Capacity"));
        assertThatThrownBy(() -> bookings.book(
                        f.a.hearingClerk,
                        new BookHearingRequest(
                                caseId,
                                room.id(),
                                at("2026-10-19", "09:00"),
                                at("2026-10-19", "10:00"),
                                "nobody\u0000")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("clerk"));

        String csv = "office,name,capacity,video,recording,opens,closes,outOfService\n"
                + "A1,好的审理室-" + room.id() + ",10,是,否,08:30,17:30,\n"
                + "A1,,abc,也许,否,8点,17:30,\n"
                + "ZZ,坏的审理室,10,是,否,17:30,08:30,2026-12-25~2026-12-24\n";
        HttpResponse<String> upload = agent(f.admin).post("/api/hearings/rooms/csv", "text/csv", csv);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(400);
        assertThat(upload.body())
                .contains("第3行")
                .contains("rows[3].name")
                .contains("rows[3].capacity")
                .contains("rows[3].video")
                .contains("rows[3].opensAt")
                .contains("第4行")
                .contains("rows[4].officeCode")
                .contains("rows[4].closesAt")
                .doesNotContain("第2行");
        assertThat(jdbc.queryForObject(
                        "select count(*) from hearing_room where name = ?", Integer.class, "好的审理室-" + room.id()))
                .as("nothing loaded")
                .isZero();
        HttpResponse<String> leave = agent(f.admin)
                .post(
                        "/api/hearings/unavailability/csv",
                        "text/csv",
                        "username,from,to,kind,note\nnobody-x,2026-10-12,2026-10-11,度假,\n");
        assertThat(leave.statusCode()).as(leave.body()).isEqualTo(400);
        assertThat(leave.body())
                .contains("rows[2].username")
                .contains("rows[2].to")
                .contains("rows[2].kind");
    }

    @Test
    void theAdminPageListsTheRoomsAndNamesEveryWrongField() {
        UserAgent admin = UserAgent.loggedIn(port, f.admin.username(), ArbitrationFixtures.PASSWORD);
        HttpResponse<String> page = admin.get("/admin/hearing-rooms");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("审理室与人员安排").contains("第一仲裁庭").contains("仲裁员业务培训");
        String token = admin.csrfToken("/admin/hearing-rooms");
        HttpResponse<String> bad = admin.postForm(
                "/admin/hearing-rooms/rooms",
                java.util.Map.of(
                        "_csrf",
                        token,
                        "officeCode",
                        "A1",
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
                "/admin/hearing-rooms/rooms",
                java.util.Map.of(
                        "_csrf",
                        token,
                        "officeCode",
                        "A1",
                        "name",
                        "页面新增庭-" + f.admin.username(),
                        "capacity",
                        "9",
                        "opensAt",
                        "08:30",
                        "closesAt",
                        "17:30",
                        "recording",
                        "true"));
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/hearing-rooms").body()).contains("页面新增庭-" + f.admin.username());
        assertThat(UserAgent.loggedIn(port, f.a.hearingClerk.username(), ArbitrationFixtures.PASSWORD)
                        .get("/admin/hearing-rooms")
                        .statusCode())
                .isEqualTo(403);
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode n : list) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        return null;
    }
}
