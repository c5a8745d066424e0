package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationFixtures;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.hearing.HearingFixtures;
import cn.laborcase.hearing.HearingRooms;
import cn.laborcase.hearing.RoomView;
import cn.laborcase.hearing.StaffAvailability;
import cn.laborcase.hearing.UnavailabilityRequest;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 周排期建议 in a real browser: the hearing clerk ticks the committee's waiting cases, asks for a proposal (a waiting
 * state while the solver runs), sees it on FullCalendar beside the hearings already booked and in a table with the
 * case the solver could not place and why, unticks one, confirms with a double-click, and sees one booking per case
 * with its 开庭通知书; confirming the same hearings again books nothing.
 */
class HearingDocketBrowserIT extends BrowserTestBase {

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
    void theHearingClerkReviewsAProposalOnTheCalendarAndConfirmsItOnce() throws Exception {
        CurrentUser arbitrator4 = f.user("arb4-t", "A1", "ARBITRATOR");
        long booked = f.composedCase(processes, true, f.a.arbitrator1);
        long first = f.composedCase(processes, true, f.a.arbitrator1);
        long second = f.composedCase(processes, true, f.a.arbitrator2);
        long three = f.composedCase(processes, true, arbitrator4, f.a.arbitrator1, f.a.arbitrator2);
        long onLeave = f.composedCase(processes, true, f.a.arbitrator3);
        RoomView big = f.room("第一仲裁庭", 20);
        f.room("第二仲裁庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 25), 10);
        availability.add(
                f.user("hadm-t", "A1", "ADMIN"),
                new UnavailabilityRequest(f.a.arbitrator3.username(), "2026-09-28", "2026-10-18", "LEAVE", "年休假"));
        UserAgent api = UserAgent.basic(port, f.a.hearingClerk.username(), ArbitrationFixtures.PASSWORD);
        HttpResponse<String> existing = api.postJson(
                "/api/hearings",
                "{\"caseId\":" + booked + ",\"roomId\":" + big.id()
                        + ",\"start\":\"2026-10-12T09:00\",\"end\":\"2026-10-12T11:00\"}");
        assertThat(existing.statusCode()).as(existing.body()).isEqualTo(201);
        Map<Long, String> number = new java.util.HashMap<>();
        for (long id : List.of(booked, first, second, three, onLeave)) {
            number.put(
                    id, jdbc.queryForObject("select case_number from arbitration_case where id = ?", String.class, id));
        }

        Browser b = browser();
        b.login(f.a.hearingClerk.username(), ArbitrationFixtures.PASSWORD);
        b.waitForHome();
        b.find("a[href='/hearings/docket']").click();
        b.waitForPath("/hearings/docket");
        b.waitForText("h1", "周排期建议");
        // the waiting cases with parties, tribunal and award deadline; the booked one is not among them
        String list = b.text(".docket-cases");
        assertThat(list)
                .contains(number.get(first), number.get(three), number.get(onLeave))
                .doesNotContain(number.get(booked))
                .contains("申请人")
                .contains("被申请人")
                .contains("2026年10月26日");
        assertThat(b.find("#case-" + first).isSelected()).isTrue();
        assertThat(new Select(b.find("#docket-from")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("2026-09-28");
        // other tests' cases of the committee wait too: only this test's four
        b.find("#docket-all").click();
        for (long id : List.of(first, second, three, onLeave)) {
            b.find("#case-" + id).click();
        }
        new Select(b.find("#docket-weeks")).selectByValue("3");
        b.find("#docket-propose").click();
        assertThat(b.find("#docket-waiting").getText()).contains("正在计算排期建议");
        assertThat(b.find("#docket-propose").isEnabled()).isFalse();

        b.find("#docket-proposal");
        assertThat(b.driver().findElement(By.id("docket-waiting")).isDisplayed())
                .isFalse();
        List<WebElement> rows = b.driver().findElements(By.cssSelector("#docket-items tr"));
        assertThat(rows).hasSize(3);
        String table = b.text("#docket-items");
        assertThat(table)
                .contains(number.get(first), number.get(second), number.get(three))
                .contains("2026年10月")
                .contains("首席仲裁员");
        String unplaced = b.text("#docket-unplaced");
        assertThat(unplaced).contains(number.get(onLeave));
        assertThat(b.text("#docket-summary")).contains("共 4 件案件，建议安排 3 件").contains("简单排法");
        // the calendar: the proposal and, greyed, the hearing booked before
        b.find(".fc-event[data-kind='proposed'][data-case-number='" + number.get(first) + "']");
        b.find(".fc-event[data-kind='existing'][data-case-number='" + number.get(booked) + "']");

        // the clerk leaves one case out
        b.find("#docket-items tr[data-case-id='" + second + "'] .docket-item").click();
        b.find(".fc-event.docket-dropped[data-case-number='" + number.get(second) + "']");
        assertThat(b.text("#docket-confirm")).isEqualTo("确认排期（2 件）");
        b.resize(1366, 2000);
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, 0)");
        b.screenshot("hearing-docket");
        b.resize(1366, 900);

        // a double-click sends one confirmation
        new Actions(b.driver()).doubleClick(b.find("#docket-confirm")).perform();
        b.waitForText("#docket-results-summary", "已安排 2 件");
        assertThat(b.driver().findElements(By.cssSelector("#docket-result-list li[data-status='201']")))
                .hasSize(2);
        assertThat(b.driver().findElements(By.cssSelector("#docket-result-list .notice-link")))
                .hasSize(2);
        assertThat(b.text("#docket-result-list"))
                .contains(number.get(first) + " 已安排开庭")
                .contains(number.get(three) + " 已安排开庭")
                .doesNotContain(number.get(second));
        // the page sent one confirmation (the browser's resource timing lists every fetch)
        Object requests = ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("return performance.getEntriesByType('resource').filter(function (e) {"
                        + " return e.name.indexOf('/api/hearings/docket/proposals/confirm') >= 0; }).length;");
        assertThat(((Number) requests).intValue()).isEqualTo(1);
        assertThat(scheduled(first)).isEqualTo(1);
        assertThat(scheduled(three)).isEqualTo(1);
        assertThat(scheduled(second)).isZero();
        // the booked hearings are now the committee's, on the calendar
        b.find(".fc-event[data-kind='existing'][data-case-number='" + number.get(first) + "']");

        // the same confirmation again (a second request): refused case by case, nothing booked twice
        StringBuilder items = new StringBuilder();
        for (long id : List.of(first, three)) {
            Map<String, Object> h = jdbc.queryForMap(
                    "select room_id, starts_at, ends_at, clerk from hearing where case_id = ? and status = 'SCHEDULED'",
                    id);
            items.append(items.length() == 0 ? "" : ",")
                    .append("{\"caseId\":")
                    .append(id)
                    .append(",\"roomId\":")
                    .append(h.get("room_id"))
                    .append(",\"start\":\"")
                    .append(instant(h.get("starts_at")))
                    .append("\",\"end\":\"")
                    .append(instant(h.get("ends_at")))
                    .append("\",\"clerk\":\"")
                    .append(h.get("clerk"))
                    .append("\"}");
        }
        HttpResponse<String> again =
                api.postJson("/api/hearings/docket/proposals/confirm", "{\"hearings\":[" + items + "]}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode report = json.readTree(again.body());
        assertThat(report.get("booked").asInt()).isZero();
        for (JsonNode r : report.get("results")) {
            assertThat(r.get("status").asInt()).as(again.body()).isEqualTo(409);
            assertThat(r.get("message").asText()).contains("已安排开庭");
        }
        assertThat(scheduled(first)).isEqualTo(1);
        assertThat(scheduled(three)).isEqualTo(1);

        // the notice of a booked hearing opens with the browser's session
        String href = b.find("#docket-result-list .notice-link").getAttribute("href");
        UserAgent session = UserAgent.browser(port);
        session.setSessionCookie(
                b.driver().manage().getCookieNamed("JSESSIONID").getValue());
        assertThat(session.getBytes(href.substring(href.indexOf('/', href.indexOf("//") + 2)))
                        .statusCode())
                .isEqualTo(200);
        b.logout();
    }

    private int scheduled(long caseId) {
        return jdbc.queryForObject(
                "select count(*) from hearing where case_id = ? and status = 'SCHEDULED'", Integer.class, caseId);
    }

    private static String instant(Object value) {
        return value instanceof Timestamp t
                ? t.toInstant().toString()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant().toString() : String.valueOf(value);
    }
}
