package cn.laborcase.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.arbitration.ArbitrationFixtures;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calendar feed for a busy month: 200 hearings of 200 cases of A1 (written straight into the tables, in March 2031,
 * a month no other test books), read as the hearing clerk (all, each movable by him) and as an arbitrator who sits on
 * half of them (only those). Prints the feed's time (a figure for docs/hearings.md, not an assertion).
 */
@IntegrationTest
class HearingCalendarFeedIT {

    static final int CASES = 200;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    cn.laborcase.security.UserLookup users;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Test
    void aBusyMonthIsReadWithEveryHearingsPartiesAndTribunalAndOnlyTheArbitratorsOwn() throws Exception {
        ArbitrationFixtures a = new ArbitrationFixtures(jdbc, users);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String roomName = "忙月仲裁庭-" + tag;
        jdbc.update(
                "insert into hearing_room (office_code, name, capacity, video, recording, opens_minute, closes_minute,"
                        + " active, created_at, version) values ('A1', ?, 20, false, false, 510, 1050, true,"
                        + " current_timestamp, 0)",
                roomName);
        long room = jdbc.queryForObject("select id from hearing_room where name = ?", Long.class, roomName);
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String number = "忙月仲案〔2031〕" + tag + "-" + i + "号";
            jdbc.update(
                    "insert into arbitration_case (office_code, receipt_number, case_number, status, channel,"
                            + " received_at, locality, collective, registered_by, tribunal_mode, created_at)"
                            + " values ('A1', ?, ?, 'TRIBUNAL_COMPOSED', 'IN_PERSON', current_timestamp, '示范市', false,"
                            + " ?, 'SOLE', current_timestamp)",
                    "收" + number,
                    number,
                    a.clerk.username());
            long caseId =
                    jdbc.queryForObject("select id from arbitration_case where case_number = ?", Long.class, number);
            String arbitrator = i % 2 == 0 ? a.arbitrator1.username() : a.arbitrator2.username();
            if (i % 2 == 0) {
                mine.add(caseId);
            }
            jdbc.update(
                    "insert into arbitration_tribunal_member (case_id, username, member_role, position)"
                            + " values (?, ?, 'SOLE', 1)",
                    caseId,
                    arbitrator);
            jdbc.update(
                    "insert into arbitration_party (case_id, kind, position, name, representative)"
                            + " values (?, 'APPLICANT', 1, ?, false)",
                    caseId,
                    "申请人" + i);
            jdbc.update(
                    "insert into arbitration_party (case_id, kind, position, name, representative)"
                            + " values (?, 'RESPONDENT', 1, ?, false)",
                    caseId,
                    "被申请公司" + i);
            // 20 working days × 10 hearings: 08:30 + 30 min steps, two hours each (rooms may overlap: no slot rows)
            LocalDate day = LocalDate.of(2031, 3, 3).plusDays((i / 10) / 5 * 7 + (i / 10) % 5);
            OffsetDateTime start = day.atTime(8, 30).plusMinutes(30L * (i % 10)).atOffset(ZoneOffset.ofHours(8));
            jdbc.update(
                    "insert into hearing (case_id, case_number, office_code, room_id, starts_at, ends_at, clerk,"
                            + " status, notice_served_by, booked_by, booked_at, version) values (?, ?, 'A1', ?, ?, ?, ?,"
                            + " 'SCHEDULED', ?, ?, current_timestamp, 0)",
                    caseId,
                    number,
                    room,
                    start,
                    start.plusHours(2),
                    a.hearingClerk.username(),
                    day.minusDays(7),
                    a.hearingClerk.username());
            long hearing = jdbc.queryForObject("select id from hearing where case_id = ?", Long.class, caseId);
            jdbc.update(
                    "insert into hearing_participant (hearing_id, username, role) values (?, ?, 'SOLE')",
                    hearing,
                    arbitrator);
            jdbc.update(
                    "insert into hearing_participant (hearing_id, username, role) values (?, ?, 'CLERK')",
                    hearing,
                    a.hearingClerk.username());
        }
        String feed = "/api/hearings/calendar?start=2031-02-24T00:00:00&end=2031-04-07T00:00:00&roomId=" + room;
        UserAgent clerk = UserAgent.basic(port, a.hearingClerk.username(), ArbitrationFixtures.PASSWORD);
        UserAgent arbitrator = UserAgent.basic(port, a.arbitrator1.username(), ArbitrationFixtures.PASSWORD);

        JsonNode all = read(clerk, feed);
        assertThat(all).hasSize(CASES);
        long[] millis = new long[7];
        for (int i = 0; i < millis.length; i++) {
            long t0 = System.nanoTime();
            assertThat(read(clerk, feed)).hasSize(CASES);
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        System.out.printf(
                "CALENDAR FEED %d hearings of %d cases in one month: median %d ms, min %d ms, max %d ms (7 reads)%n",
                CASES, CASES, millis[3], millis[0], millis[6]);

        JsonNode first = all.get(0);
        assertThat(first.get("parties").asText()).contains("申请人 申请人").contains("被申请人 被申请公司");
        assertThat(first.get("tribunal").get(0).asText()).contains("独任仲裁员");
        assertThat(first.get("room").asText()).isEqualTo(roomName);
        assertThat(first.get("editable").asBoolean()).isTrue();
        assertThat(first.get("version").asInt()).isZero();

        JsonNode own = read(arbitrator, feed);
        List<Long> seen = new ArrayList<>();
        own.forEach(e -> seen.add(e.get("caseId").asLong()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(mine);
        own.forEach(e -> assertThat(e.get("editable").asBoolean()).isTrue());
    }

    JsonNode read(UserAgent agent, String path) throws Exception {
        HttpResponse<String> response = agent.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
