package cn.laborcase.hearing;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sweep of hostile input over every write of the hearing API, through HTTP: for each field of each request a NUL,
 * control characters, 10,000 characters, negative and zero numbers, year 1 and 9999, values of the wrong JSON type;
 * a missing, empty or non-object body; a double submit. Each must be a 400 naming the field in Chinese (or a 409),
 * never a 500, and nothing may be written. Failures are collected, so one run lists every hole.
 */
@IntegrationTest
class HearingHostileInputIT {

    static final String NUL = "a\u0000b";
    static final String CONTROL = "a\u0007\u001b\u007fb";
    static final String LONG = "长".repeat(10_000);
    static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    /** Raw JSON values for a text field. */
    static final List<String> TEXTS = List.of(q(NUL), q(CONTROL), q(LONG), "{}", "[]", "[\"x\"]");

    /** Raw JSON values for a time or day field. */
    static final List<String> TIMES = List.of(
            q("0001-01-01T09:00"),
            q("9999-12-31T09:00"),
            q("0001-01-01"),
            q("9999-12-31"),
            q("+999999999-12-31T09:00"),
            q("-0001-01-01T09:00"),
            q("2026-02-30T09:00"),
            q(NUL),
            q(CONTROL),
            q(LONG),
            "{}",
            "[]",
            "true");

    /** Raw JSON values for a number field (an id, a count, a version). */
    static final List<String> NUMBERS = List.of(
            "-1",
            "0",
            "-9223372036854775808",
            "9223372036854775808",
            "99999999999999999999999999",
            "1e400",
            q("abc"),
            q(NUL),
            "{}",
            "[]",
            "true");

    /** Raw JSON values for a version: as {@link #NUMBERS} but 0, the version of a record never changed. */
    static final List<String> VERSIONS =
            NUMBERS.stream().filter(v -> !v.equals("0")).toList();

    /** Raw JSON values for a yes/no field. */
    static final List<String> BOOLEANS = List.of(q("abc"), q(NUL), "2", "{}", "[]");

    /** Bodies that are no request object at all. */
    static final List<String> BODIES = List.of("", "null", "[]", "\"x\"", "42", "{", "{\"a\":", q(NUL), "{}");

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
    HearingBookings bookings;

    @Autowired
    HearingOutcomes outcomes;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

    HearingFixtures f;
    Processes processes;
    final List<String> failures = new ArrayList<>();

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

    static String q(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String at(String day, String time) {
        return day + "T" + time + ":00+08:00";
    }

    private UserAgent agent(CurrentUser user) {
        return UserAgent.basic(port, user.username(), ArbitrationFixtures.PASSWORD);
    }

    /** A request body: the base fields (raw JSON values) with one replaced. */
    private static String body(Map<String, String> base, String field, String raw) {
        Map<String, String> fields = new LinkedHashMap<>(base);
        fields.put(field, raw);
        StringBuilder b = new StringBuilder("{");
        fields.forEach((k, v) ->
                b.append(b.length() > 1 ? "," : "").append(q(k)).append(':').append(v));
        return b.append('}').toString();
    }

    private static String shown(String s) {
        String t = s.length() > 80 ? s.substring(0, 80) + "…(" + s.length() + ")" : s;
        return t.replace("\u0000", "\\0");
    }

    /** 400 naming {@code field} (or a field under it) with a Chinese message; 409 where {@code conflictOk}. */
    private void expectRefused(
            UserAgent agent, String path, String body, String field, boolean conflictOk, boolean notFoundOk) {
        HttpResponse<String> r = agent.postJson(path, body);
        check(r, "POST " + path + " " + shown(body), field, conflictOk, notFoundOk);
    }

    private void check(HttpResponse<String> r, String what, String field, boolean conflictOk, boolean notFoundOk) {
        int s = r.statusCode();
        if ((s == 409 && conflictOk) || (s == 404 && notFoundOk)) {
            return;
        }
        if (s != 400) {
            failures.add(what + " → " + s + " " + shown(r.body()));
            return;
        }
        if (field == null) {
            return;
        }
        try {
            JsonNode errors = json.readTree(r.body()).path("errors");
            boolean named = false;
            for (JsonNode e : errors) {
                String f = e.path("field").asText();
                if ((f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["))
                        && CHINESE.matcher(e.path("message").asText()).find()) {
                    named = true;
                }
            }
            if (!named) {
                failures.add(what + " → 400 without the field " + field + ": " + shown(r.body()));
            }
        } catch (Exception e) {
            failures.add(what + " → 400 not JSON: " + shown(r.body()));
        }
    }

    private void sweep(
            UserAgent agent,
            String path,
            Map<String, String> base,
            Map<String, List<String>> kinds,
            boolean conflictOk,
            List<String> notFoundOkFor) {
        kinds.forEach((field, values) -> {
            for (String v : values) {
                boolean notFoundOk = notFoundOkFor.contains(field) && v.matches("\\d+") && !v.equals("0");
                expectRefused(agent, path, body(base, field, v), field, conflictOk, notFoundOk);
            }
        });
        for (String b : BODIES) {
            expectRefused(agent, path, b, null, conflictOk, false);
        }
    }

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** A count that must hold, collected with the other failures so that one run shows them all. */
    private void expectCount(String what, int expected, int actual) {
        if (expected != actual) {
            failures.add(what + ": expected " + expected + " but was " + actual);
        }
    }

    private void noFailures() {
        assertThat(failures)
                .as(failures.size() + " holes:\n" + String.join("\n", failures))
                .isEmpty();
    }

    @Test
    void everyFieldOfABookingAMoveAPostponementAnOutcomeAndACancellationIsRefusedByName() throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator1);
        RoomView room = f.room("敌意庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 18), 10);
        HearingView h = bookings.book(
                f.a.hearingClerk,
                new BookHearingRequest(caseId, room.id(), at("2026-10-16", "09:00"), at("2026-10-16", "10:00"), null));
        long other = f.composedCase(processes, false, f.a.arbitrator2);
        HearingFixtures.at(LocalDate.of(2026, 9, 18), 10);
        UserAgent clerk = agent(f.a.hearingClerk);

        // a booking of the second case: valid but for the one field
        sweep(
                clerk,
                "/api/hearings",
                fields(
                        "caseId", Long.toString(other),
                        "roomId", Long.toString(room.id()),
                        "start", q(at("2026-10-19", "09:00")),
                        "end", q(at("2026-10-19", "10:00")),
                        "clerk", q(f.a.hearingClerk.username())),
                Map.of("caseId", NUMBERS, "roomId", NUMBERS, "start", TIMES, "end", TIMES, "clerk", TEXTS),
                false,
                List.of("caseId", "roomId"));
        expectCount("nothing booked", 0, count("select count(*) from hearing where case_id = ?", other));

        // a move of the booked hearing
        Map<String, String> move = fields(
                "version", Integer.toString(h.version()),
                "roomId", Long.toString(room.id()),
                "start", q(at("2026-10-20", "09:00")),
                "end", q(at("2026-10-20", "10:00")));
        sweep(
                clerk,
                "/api/hearings/" + h.id() + "/reschedule",
                move,
                Map.of("version", VERSIONS, "roomId", NUMBERS, "start", TIMES, "end", TIMES),
                true,
                List.of("roomId"));

        // a party's postponement request
        sweep(
                clerk,
                "/api/hearings/" + h.id() + "/postponements",
                fields("party", q("申请人甲"), "requestedOn", q("2026-09-18"), "reasons", q("需出差")),
                Map.of("party", TEXTS, "requestedOn", TIMES, "reasons", TEXTS),
                false,
                List.of());
        expectCount(
                "no postponement request written",
                0,
                count("select count(*) from hearing_postponement where hearing_id = ?", h.id()));

        // the tribunal's decision on one
        PostponementView asked = outcomes.requestPostponement(
                f.a.hearingClerk, h.id(), new PostponementRequest("申请人甲", "2026-09-18", "需出差"));
        sweep(
                agent(f.a.arbitrator1),
                "/api/hearings/postponements/" + asked.id() + "/decision",
                fields("version", Integer.toString(asked.version()), "decision", q("REFUSE"), "note", q("理由不足")),
                Map.of("version", VERSIONS, "decision", TEXTS, "note", TEXTS),
                true,
                List.of());

        // a cancellation
        sweep(
                clerk,
                "/api/hearings/" + h.id() + "/cancellation",
                fields("version", Integer.toString(h.version()), "reason", q("申请人住院")),
                Map.of("version", VERSIONS, "reason", TEXTS),
                true,
                List.of());

        // the outcome, after the start
        HearingFixtures.at(LocalDate.of(2026, 10, 16), 10);
        sweep(
                clerk,
                "/api/hearings/" + h.id() + "/outcome",
                fields("version", Integer.toString(h.version()), "outcome", q("POSTPONED"), "note", q("代理人突发疾病")),
                Map.of("version", VERSIONS, "outcome", TEXTS, "note", TEXTS),
                true,
                List.of());

        // the slot search's parameters
        for (String p : List.of(
                "caseId=-1",
                "caseId=0",
                "caseId=abc",
                "caseId=99999999999999999999",
                "caseId=" + other + "&durationMinutes=-30",
                "caseId=" + other + "&durationMinutes=0",
                "caseId=" + other + "&durationMinutes=2147483647",
                "caseId=" + other + "&durationMinutes=99999999999",
                "caseId=" + other + "&from=0001-01-01",
                "caseId=" + other + "&to=9999-12-31",
                "caseId=" + other + "&from=" + enc(NUL),
                "caseId=" + other + "&from=" + enc("长".repeat(500)))) {
            HttpResponse<String> r = clerk.get("/api/hearings/slots?" + p);
            String field = p.contains("&") ? p.substring(p.indexOf('&') + 1, p.indexOf('=', p.indexOf('&'))) : "caseId";
            check(r, "GET slots?" + shown(p), field, false, p.equals("caseId=99999999999999999999"));
        }

        HearingView after = bookings.get(f.a.hearingClerk, h.id());
        if (!after.status().equals("SCHEDULED")
                || after.version() != h.version()
                || !after.start().equals(h.start())) {
            failures.add("the hearing changed: " + after);
        }
        expectCount(
                "select count(*) from hearing_postponement where hearing_id =",
                1,
                count("select count(*) from hearing_postponement where hearing_id = ?", h.id()));
        noFailures();
    }

    @Test
    void everyFieldOfARoomAClosureAnUnavailabilityAndADocketIsRefusedByName() throws Exception {
        UserAgent admin = agent(f.admin);
        RoomView room = f.room("敌意室", 6);
        int roomsBefore = count("select count(*) from hearing_room");
        int unavailableBefore = count("select count(*) from staff_unavailability");
        int closuresBefore = count("select count(*) from hearing_room_closure");

        sweep(
                admin,
                "/api/hearings/rooms",
                fields(
                        "officeCode",
                        q("A1"),
                        "name",
                        q("敌意-" + room.id()),
                        "capacity",
                        "8",
                        "video",
                        "true",
                        "recording",
                        "false",
                        "opensAt",
                        q("08:30"),
                        "closesAt",
                        q("17:30"),
                        "outOfService",
                        "[]"),
                Map.of(
                        "officeCode",
                        TEXTS,
                        "name",
                        TEXTS,
                        "capacity",
                        NUMBERS,
                        "video",
                        BOOLEANS,
                        "recording",
                        BOOLEANS,
                        "opensAt",
                        TIMES,
                        "closesAt",
                        TIMES,
                        "outOfService",
                        List.of(
                                "[{\"from\":\"0001-01-01\",\"to\":\"2026-12-25\",\"reason\":\"检修\"}]",
                                "[{\"from\":\"2026-12-24\",\"to\":\"9999-12-31\",\"reason\":\"检修\"}]",
                                "[{\"from\":\"2026-12-24\",\"to\":\"2026-12-25\",\"reason\":" + q(NUL) + "}]",
                                "[{\"from\":\"2026-12-24\",\"to\":\"2026-12-25\",\"reason\":" + q(LONG) + "}]",
                                "[null]",
                                "[\"x\"]",
                                "{}",
                                q("x"))),
                false,
                List.of());

        sweep(
                admin,
                "/api/hearings/rooms/" + room.id() + "/closures",
                fields("from", q("2026-12-24"), "to", q("2026-12-25"), "reason", q("设备检修")),
                Map.of("from", TIMES, "to", TIMES, "reason", TEXTS),
                false,
                List.of());

        sweep(
                admin,
                "/api/hearings/unavailability",
                fields(
                        "username", q(f.a.arbitrator1.username()),
                        "from", q("2026-12-24"),
                        "to", q("2026-12-25"),
                        "kind", q("LEAVE"),
                        "note", q("年假")),
                Map.of("username", TEXTS, "from", TIMES, "to", TIMES, "kind", TEXTS, "note", TEXTS),
                false,
                List.of());

        // CSV: a hostile cell in each column names its row and column
        String roomHeader = "office,name,capacity,video,recording,opens,closes,outOfService\n";
        String[] roomRow = {"A1", "敌意CSV-" + room.id(), "10", "是", "否", "08:30", "17:30", ""};
        String[] roomFields = {
            "officeCode", "name", "capacity", "video", "recording", "opensAt", "closesAt", "outOfService"
        };
        for (int i = 0; i < roomRow.length; i++) {
            for (String bad : List.of(NUL, CONTROL, LONG, "-1", "0001-01-01~9999-12-31")) {
                if (i == 1 && (bad.startsWith("0001") || bad.equals("-1"))
                        || i == 7 && (bad.equals(NUL) || bad.equals(CONTROL))) {
                    continue;
                }
                String[] row = roomRow.clone();
                row[i] = bad;
                HttpResponse<String> r =
                        admin.post("/api/hearings/rooms/csv", "text/csv", roomHeader + String.join(",", row) + "\n");
                check(r, "rooms CSV " + roomFields[i] + "=" + shown(bad), "rows[2]." + roomFields[i], false, false);
            }
        }
        String leaveHeader = "username,from,to,kind,note\n";
        String[] leaveRow = {f.a.arbitrator1.username(), "2026-12-24", "2026-12-25", "LEAVE", "年假"};
        String[] leaveFields = {"username", "from", "to", "kind", "note"};
        for (int i = 0; i < leaveRow.length; i++) {
            for (String bad : List.of(NUL, CONTROL, LONG, "0001-01-01", "9999-12-31")) {
                if (i == 4 && bad.matches("[0-9-]+")) {
                    continue;
                }
                String[] row = leaveRow.clone();
                row[i] = bad;
                HttpResponse<String> r = admin.post(
                        "/api/hearings/unavailability/csv", "text/csv", leaveHeader + String.join(",", row) + "\n");
                check(r, "leave CSV " + leaveFields[i] + "=" + shown(bad), "rows[2]." + leaveFields[i], false, false);
            }
        }
        for (String csv : List.of("", "\u0000", "a,b\n1,2\n", roomHeader + "A1\n")) {
            check(
                    admin.post("/api/hearings/rooms/csv", "text/csv", csv),
                    "rooms CSV " + shown(csv),
                    null,
                    false,
                    false);
        }
        StringBuilder many = new StringBuilder(roomHeader);
        for (int i = 0; i < HearingFields.MAX_CSV_ROWS + 1; i++) {
            many.append("A1,多行-").append(room.id()).append('-').append(i).append(",10,是,否,08:30,17:30,\n");
        }
        check(
                admin.post("/api/hearings/rooms/csv", "text/csv", many.toString()),
                "rooms CSV too many rows",
                null,
                false,
                false);

        // a docket proposal
        long caseId = f.composedCase(processes, false, f.a.arbitrator1);
        HearingFixtures.at(LocalDate.of(2026, 9, 18), 10);
        UserAgent clerk = agent(f.a.hearingClerk);
        List<String> ids = new ArrayList<>(NUMBERS);
        ids.replaceAll(v -> "[" + v + "]");
        ids.addAll(List.of("[null]", "[]", q("x"), "{}", "1"));
        sweep(
                clerk,
                "/api/hearings/docket/proposals",
                fields("caseIds", "[" + caseId + "]", "from", q("2026-10-12"), "weeks", "1", "durationMinutes", "60"),
                Map.of("caseIds", ids, "from", TIMES, "weeks", NUMBERS, "durationMinutes", NUMBERS),
                false,
                List.of());
        // its confirmation: a bad item is refused by name, or answered per item; never a 500
        for (String items : List.of(
                "null",
                "[]",
                "[null]",
                "[{}]",
                q("x"),
                "{}",
                "[{\"caseId\":-1}]",
                "[{\"caseId\":" + caseId + ",\"roomId\":" + room.id() + ",\"start\":" + q("0001-01-01T09:00")
                        + ",\"end\":" + q(NUL) + ",\"clerk\":" + q(LONG) + "}]")) {
            HttpResponse<String> r =
                    clerk.postJson("/api/hearings/docket/proposals/confirm", "{\"hearings\":" + items + "}");
            if (r.statusCode() == 200) {
                if (r.body().contains("\"status\":201")) {
                    failures.add("confirm " + shown(items) + " booked: " + shown(r.body()));
                }
            } else {
                check(r, "confirm " + shown(items), "hearings", false, false);
            }
        }
        for (String b : BODIES) {
            expectRefused(clerk, "/api/hearings/docket/proposals/confirm", b, null, false, false);
        }

        expectCount("no room written", roomsBefore, count("select count(*) from hearing_room"));
        expectCount("no unavailability written", unavailableBefore, count("select count(*) from staff_unavailability"));
        expectCount("no closure written", closuresBefore, count("select count(*) from hearing_room_closure"));
        expectCount(
                "select count(*) from hearing where case_id = ?",
                0,
                count("select count(*) from hearing where case_id = ?", caseId));
        noFailures();
    }

    @Test
    void aDoubleSubmitIsAConflictAndWritesOnce() throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator1);
        RoomView room = f.room("重复庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 18), 10);
        UserAgent clerk = agent(f.a.hearingClerk);
        String book = "{\"caseId\":" + caseId + ",\"roomId\":" + room.id() + ",\"start\":"
                + q(at("2026-10-16", "09:00")) + ",\"end\":" + q(at("2026-10-16", "10:00")) + "}";
        HttpResponse<String> first = clerk.postJson("/api/hearings", book);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> second = clerk.postJson("/api/hearings", book);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        JsonNode h = json.readTree(first.body());
        long id = h.get("id").asLong();

        String move = "{\"version\":" + h.get("version").asInt() + ",\"roomId\":" + room.id() + ",\"start\":"
                + q(at("2026-10-19", "09:00")) + ",\"end\":" + q(at("2026-10-19", "10:00")) + "}";
        assertThat(clerk.postJson("/api/hearings/" + id + "/reschedule", move).statusCode())
                .isEqualTo(200);
        HttpResponse<String> again = clerk.postJson("/api/hearings/" + id + "/reschedule", move);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);

        String ask = "{\"party\":\"申请人甲\",\"requestedOn\":\"2026-09-18\",\"reasons\":\"需出差\"}";
        assertThat(clerk.postJson("/api/hearings/" + id + "/postponements", ask).statusCode())
                .isEqualTo(201);
        HttpResponse<String> askAgain = clerk.postJson("/api/hearings/" + id + "/postponements", ask);
        check(askAgain, "the same postponement request twice", null, true, false);
        expectCount(
                "select count(*) from hearing_postponement where hearing_id =",
                1,
                count("select count(*) from hearing_postponement where hearing_id = ?", id));

        UserAgent admin = agent(f.admin);
        String roomBody = "{\"officeCode\":\"A1\",\"name\":" + q("重复室-" + room.id())
                + ",\"capacity\":8,\"opensAt\":\"08:30\",\"closesAt\":\"17:30\"}";
        assertThat(admin.postJson("/api/hearings/rooms", roomBody).statusCode()).isEqualTo(201);
        check(admin.postJson("/api/hearings/rooms", roomBody), "the same room twice", "name", true, false);
        expectCount(
                "select count(*) from hearing_room where name = ?",
                1,
                count("select count(*) from hearing_room where name = ?", "重复室-" + room.id()));

        String leave = "{\"username\":" + q(f.a.arbitrator3.username())
                + ",\"from\":\"2026-12-24\",\"to\":\"2026-12-25\",\"kind\":\"LEAVE\",\"note\":\"年假\"}";
        assertThat(admin.postJson("/api/hearings/unavailability", leave).statusCode())
                .isEqualTo(201);
        check(admin.postJson("/api/hearings/unavailability", leave), "the same leave twice", null, true, false);
        expectCount(
                "select count(*) from staff_unavailability where username = ?",
                1,
                count(
                        "select count(*) from staff_unavailability where username = ? and kind = 'LEAVE'",
                        f.a.arbitrator3.username()));
        noFailures();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
