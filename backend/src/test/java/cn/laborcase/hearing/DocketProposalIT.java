package cn.laborcase.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationFixtures;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The weekly docket over HTTP: a proposal from the solver, its confirmation, and a booking made meanwhile (409). */
@IntegrationTest
class DocketProposalIT {

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
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

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

    @Test
    void proposesBookableHearingsAndConfirmsThemReportingAConflictingBookingMadeMeanwhile() throws Exception {
        long first = f.composedCase(processes, true, f.a.arbitrator1);
        long second = f.composedCase(processes, true, f.a.arbitrator2);
        long other = f.composedCase(processes, true, f.a.arbitrator3);
        f.room("排期庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        UserAgent clerk = UserAgent.basic(port, f.a.hearingClerk.username(), ArbitrationFixtures.PASSWORD);

        // bad input: every wrong field named
        HttpResponse<String> bad =
                clerk.postJson("/api/hearings/docket/proposals", "{\"caseIds\":[],\"weeks\":9,\"durationMinutes\":45}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("caseIds").contains("weeks").contains("durationMinutes");

        HttpResponse<String> proposed = clerk.postJson(
                "/api/hearings/docket/proposals",
                "{\"caseIds\":[" + first + "," + second
                        + "],\"from\":\"2026-10-12\",\"weeks\":2,\"durationMinutes\":120}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        JsonNode proposal = json.readTree(proposed.body());
        assertThat(proposal.get("hearings")).as(proposed.body()).hasSize(2);
        assertThat(proposal.get("unplaced")).isEmpty();
        JsonNode firstItem = null;
        for (JsonNode item : proposal.get("hearings")) {
            // before the award deadline's margin (10-26 − 5 days) and after the notice window (10-12 the earliest)
            String day = item.get("start").asText().substring(0, 10);
            assertThat(day).isBetween("2026-10-11", "2026-10-21");
            assertThat(item.get("clerk").get("username").asText()).isNotBlank();
            if (item.get("caseId").asLong() == first) {
                firstItem = item;
            }
        }
        assertThat(firstItem).isNotNull();

        // meanwhile someone books another case into the first case's proposed room, time and clerk
        HttpResponse<String> meanwhile = clerk.postJson(
                "/api/hearings",
                "{\"caseId\":" + other + ",\"roomId\":"
                        + firstItem.get("roomId").asLong() + ",\"start\":\""
                        + firstItem.get("start").asText() + "\",\"end\":\""
                        + firstItem.get("end").asText()
                        + "\",\"clerk\":\""
                        + firstItem.get("clerk").get("username").asText() + "\"}");
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(201);

        StringBuilder items = new StringBuilder();
        for (JsonNode item : proposal.get("hearings")) {
            items.append(items.length() == 0 ? "" : ",")
                    .append("{\"caseId\":")
                    .append(item.get("caseId").asLong())
                    .append(",\"roomId\":")
                    .append(item.get("roomId").asLong())
                    .append(",\"start\":\"")
                    .append(item.get("start").asText())
                    .append("\",\"end\":\"")
                    .append(item.get("end").asText())
                    .append("\",\"clerk\":\"")
                    .append(item.get("clerk").get("username").asText())
                    .append("\"}");
        }
        HttpResponse<String> confirmed =
                clerk.postJson("/api/hearings/docket/proposals/confirm", "{\"hearings\":[" + items + "]}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        JsonNode report = json.readTree(confirmed.body());
        assertThat(report.get("booked").asInt()).as(confirmed.body()).isEqualTo(1);
        for (JsonNode r : report.get("results")) {
            if (r.get("caseId").asLong() == first) {
                assertThat(r.get("status").asInt()).isEqualTo(409);
                assertThat(r.get("code").asText()).isEqualTo("HEARING_CONFLICT");
            } else {
                assertThat(r.get("status").asInt()).isEqualTo(201);
                assertThat(r.get("hearingId").asLong()).isPositive();
            }
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from hearing where case_id = ? and status = 'SCHEDULED'",
                        Integer.class,
                        second))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from hearing where case_id = ? and status = 'SCHEDULED'",
                        Integer.class,
                        first))
                .isZero();

        // proposing again: the booked case is listed as already scheduled, the other placed around the bookings
        HttpResponse<String> again = clerk.postJson(
                "/api/hearings/docket/proposals",
                "{\"caseIds\":[" + first + "," + second + "],\"from\":\"2026-10-12\",\"weeks\":2}");
        JsonNode next = json.readTree(again.body());
        assertThat(next.get("unplaced")).hasSize(1);
        assertThat(next.get("unplaced").get(0).get("reason").asText()).contains("已安排开庭");
        assertThat(next.get("hearings")).hasSize(1);
    }
}
