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
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 周排期建议 ({@code /hearings/docket}) by role: the committee's hearing clerks and arbitrators open it, everyone else
 * is refused (403); an arbitrator sees his own tribunals' cases only; a hearing clerk of another office sees none of
 * the committee's cases and may neither propose nor confirm them (404, nothing written); the director is refused (403).
 */
@IntegrationTest
class DocketPageIT {

    /** Demo users by role: who opens the page (200) and who is refused (403). */
    static final Map<String, Integer> DEMO_ROLES = Map.of(
            "hearingclerk", 200,
            "arbitrator1", 200,
            "director", 403,
            "clerk1", 403,
            "inspector1", 403,
            "assistant1", 403,
            "leader1", 403,
            "mediator", 403,
            "admin", 403);

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
    void onlyTheCommitteesHearingClerksAndArbitratorsOpenTheDocketPage() {
        List<String> wrong = new ArrayList<>();
        DEMO_ROLES.forEach((username, expected) -> {
            HttpResponse<String> page =
                    UserAgent.loggedIn(port, username, UserAgent.DEMO_PASSWORD).get("/hearings/docket");
            if (page.statusCode() != expected) {
                wrong.add(username + " → " + page.statusCode() + " (expected " + expected + ")");
            } else if (expected == 200 && !page.body().contains("生成排期建议")) {
                wrong.add(username + " → 200 without the proposal button");
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(UserAgent.location(UserAgent.browser(port).get("/hearings/docket")))
                .endsWith("/login");
    }

    @Test
    void theListShowsOnlyCasesTheUserMaySchedule() throws Exception {
        long sole = f.composedCase(processes, true, f.a.arbitrator1);
        String number =
                jdbc.queryForObject("select case_number from arbitration_case where id = ?", String.class, sole);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        CurrentUser outsiderClerk = f.user("hcx-t", "D1", "HEARING_CLERK");

        assertThat(page(f.a.hearingClerk).body()).contains(number).contains("2026年10月26日");
        assertThat(page(f.a.arbitrator1).body()).contains(number);
        assertThat(page(f.a.arbitrator2).body()).doesNotContain(number);
        HttpResponse<String> other = page(outsiderClerk);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).doesNotContain(number);

        // the API behind the page: another office's clerk and an arbitrator not on the tribunal → 404, the director
        // → 403; confirming is refused case by case and books nothing
        String proposal = "{\"caseIds\":[" + sole + "],\"from\":\"2026-10-12\",\"weeks\":1,\"seconds\":1}";
        assertThat(api(outsiderClerk)
                        .postJson("/api/hearings/docket/proposals", proposal)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api(f.a.arbitrator2)
                        .postJson("/api/hearings/docket/proposals", proposal)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api(f.a.director)
                        .postJson("/api/hearings/docket/proposals", proposal)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> tooLong = api(f.a.hearingClerk)
                .postJson("/api/hearings/docket/proposals", proposal.replace("\"seconds\":1", "\"seconds\":600"));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("seconds").contains("计算时间");
        RoomView room = f.room("权限庭", 12);
        HttpResponse<String> confirm = api(outsiderClerk)
                .postJson(
                        "/api/hearings/docket/proposals/confirm",
                        "{\"hearings\":[{\"caseId\":" + sole + ",\"roomId\":" + room.id()
                                + ",\"start\":\"2026-10-12T09:00\",\"end\":\"2026-10-12T11:00\"}]}");
        assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(200);
        assertThat(json.readTree(confirm.body())
                        .get("results")
                        .get(0)
                        .get("status")
                        .asInt())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from hearing where case_id = ?", Integer.class, sole))
                .isZero();
    }

    private HttpResponse<String> page(CurrentUser user) {
        return UserAgent.loggedIn(port, user.username(), ArbitrationFixtures.PASSWORD)
                .get("/hearings/docket");
    }

    private UserAgent api(CurrentUser user) {
        return UserAgent.basic(port, user.username(), ArbitrationFixtures.PASSWORD);
    }
}
