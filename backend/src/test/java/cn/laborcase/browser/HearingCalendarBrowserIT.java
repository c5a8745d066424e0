package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationFixtures;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.hearing.BookHearingRequest;
import cn.laborcase.hearing.HearingBookings;
import cn.laborcase.hearing.HearingFixtures;
import cn.laborcase.hearing.HearingRooms;
import cn.laborcase.hearing.HearingView;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * 开庭排期 in a real browser: the hearing clerk opens the calendar (FullCalendar from its WebJar), picks a case waiting
 * for a hearing, asks for suggested slots, clicks one, and sees the hearing on the calendar and its 开庭通知书.
 */
class HearingCalendarBrowserIT extends BrowserTestBase {

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

    @Autowired
    HearingBookings bookings;

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
    void theHearingClerkBooksASuggestedSlotAndSeesTheHearingAndItsNotice() throws Exception {
        long caseId = f.composedCase(processes, true, f.a.arbitrator1);
        String number =
                jdbc.queryForObject("select case_number from arbitration_case where id = ?", String.class, caseId);
        f.room("第一仲裁庭", 20);
        HearingFixtures.at(LocalDate.of(2026, 9, 21), 9);

        Browser b = browser();
        b.login(f.a.hearingClerk.username(), ArbitrationFixtures.PASSWORD);
        b.waitForHome();
        b.find("a[href='/hearings/calendar']").click();
        b.waitForPath("/hearings/calendar");
        b.waitForText("h1", "开庭排期");
        // FullCalendar rendered from the WebJar, in Chinese, on the week of the server's today (Beijing time)
        b.find(".fc-timegrid");
        assertThat(b.text(".fc-toolbar-title")).contains("2026年9月");
        assertThat(b.find(".fc-today-button").getText()).isEqualTo("今天");

        b.waitForText("#booking-case", number);
        new Select(b.find("#booking-case")).selectByValue(String.valueOf(caseId));
        b.find("#find-slots").click();
        b.find("#slot-dialog .slot-option");
        List<WebElement> slots = b.driver().findElements(By.cssSelector("#slot-dialog .slot-option"));
        assertThat(slots).isNotEmpty();
        String first = slots.get(0).getText();
        assertThat(first).contains("2026年").contains("仲裁庭").contains("书记员");
        b.screenshot("hearings-booking-dialog");
        slots.get(0).click();

        b.waitForText("#booking-result", "已安排开庭：" + number);
        WebElement link = b.find("#notice-link");
        assertThat(link.getText()).isEqualTo("查看开庭通知书（PDF）");
        // the calendar moved to the hearing's week and shows it with case number, parties and room
        b.find(".fc-event[data-case-number='" + number + "']");
        String event = b.find(".fc-event[data-case-number='" + number + "']").getText();
        assertThat(event).contains(number).contains("申请人").contains("被申请人");
        b.screenshot("hearings-calendar");

        b.find(".fc-event[data-case-number='" + number + "']").click();
        b.waitForText("#event-detail", "开庭通知书（PDF）");
        assertThat(b.text("#event-detail")).contains(number).contains("独任仲裁员");

        String href = link.getAttribute("href");
        UserAgent session = UserAgent.browser(port);
        session.setSessionCookie(
                b.driver().manage().getCookieNamed("JSESSIONID").getValue());
        HttpResponse<byte[]> pdf = session.getBytes(href.substring(href.indexOf('/', href.indexOf("//") + 2)));
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("开庭通知书").contains(number.replaceAll("\\s+", ""));
        }

        // the month view and the room filter show it too
        b.find(".fc-dayGridMonth-button").click();
        b.find(".fc-daygrid .fc-event[data-case-number='" + number + "']");
        b.logout();
    }

    /**
     * Moving and cancelling on the calendar: the hearing clerk drags a hearing onto a time its room is taken (409: it
     * goes back, the message names the other case), then to a free afternoon (confirmed in the dialog, persisted: the
     * reload shows it there, a new notice issued); he cancels the other hearing from its details with a reason (empty
     * reason refused on the page), and it is gone after a reload, its reason on record.
     */
    @Test
    void theHearingClerkDragsAHearingToAnotherTimeAndCancelsAnotherWithAReason() throws Exception {
        long first = f.composedCase(processes, true, f.a.arbitrator1);
        long second = f.composedCase(processes, true, f.a.arbitrator2);
        long room = f.room("第二仲裁庭", 20).id();
        HearingFixtures.at(LocalDate.of(2026, 9, 21), 9);
        HearingView moving = bookings.book(
                f.a.hearingClerk, new BookHearingRequest(first, room, "2026-10-12T09:00", "2026-10-12T11:00", null));
        HearingView other = bookings.book(
                f.a.hearingClerk, new BookHearingRequest(second, room, "2026-10-12T11:30", "2026-10-12T13:30", null));
        long firstNotice = moving.noticeDocumentId();

        Browser b = browser();
        b.login(f.a.hearingClerk.username(), ArbitrationFixtures.PASSWORD);
        b.waitForHome();
        b.get("/hearings/calendar");
        b.find(".fc-timegrid");
        weekOfOctober12(b, room);
        String event = ".fc-event[data-hearing-id='" + moving.id() + "']";
        assertThat(b.find(event).getText()).contains(moving.caseNumber()).contains("09:00");
        b.screenshot("hearings-calendar-week");

        // onto 10:00–12:00: the room is taken from 11:30 by the other case → refused, back at 09:00, the case named
        drag(b, event, 2);
        b.waitForText("#move-text", "改为");
        assertThat(b.text("#move-text")).contains("10:00").contains(moving.caseNumber());
        b.screenshot("hearings-calendar-move");
        b.find("#move-confirm").click();
        b.waitForText("#calendar-error", other.caseNumber());
        assertThat(b.text("#calendar-error")).startsWith("未能改期");
        b.waitForText(event, "09:00");

        // abandoning the dialog puts it back too
        drag(b, event, 10);
        b.waitForText("#move-text", "14:00");
        b.find("#move-abandon").click();
        b.waitForText(event, "09:00");

        // onto 14:00–16:00: confirmed, persisted
        drag(b, event, 10);
        b.waitForText("#move-text", "14:00");
        b.find("#move-confirm").click();
        b.waitForText("#calendar-result", "已改期：" + moving.caseNumber());
        assertThat(jdbc.queryForObject(
                                "select starts_at from hearing where id = ?", java.sql.Timestamp.class, moving.id())
                        .toInstant())
                .isEqualTo(java.time.Instant.parse("2026-10-12T06:00:00Z"));
        assertThat(jdbc.queryForObject("select notice_document_id from hearing where id = ?", Long.class, moving.id()))
                .isNotEqualTo(firstNotice);
        b.driver().navigate().refresh();
        b.find(".fc-timegrid");
        weekOfOctober12(b, room);
        assertThat(b.find(event).getText()).contains("14:00");

        // cancel the other hearing from its details, with a reason
        String otherEvent = ".fc-event[data-hearing-id='" + other.id() + "']";
        b.find(otherEvent).click();
        b.waitForText("#event-detail", other.caseNumber());
        assertThat(b.text("#event-detail"))
                .contains("2026年10月12日")
                .contains("11:30")
                .contains("13:30");
        b.find("#cancel-box summary").click();
        b.find("#cancel-submit").click();
        b.waitForText("#event-error", "请填写取消开庭的原因");
        b.find("#cancel-reason").sendKeys("申请人撤回仲裁申请");
        b.find("#cancel-submit").click();
        b.waitForText("#event-result", "已取消开庭：" + other.caseNumber());
        assertThat(jdbc.queryForMap("select status, cancel_reason from hearing where id = ?", other.id()))
                .containsEntry("status", "CANCELLED")
                .containsEntry("cancel_reason", "申请人撤回仲裁申请");
        b.driver().navigate().refresh();
        b.find(".fc-timegrid");
        weekOfOctober12(b, room);
        b.find(event);
        assertThat(b.driver().findElements(By.cssSelector(otherEvent))).isEmpty();

        // move it again through its details: 改期 to Tuesday 09:00, same room
        b.find(event).click();
        b.waitForText("#event-detail", moving.caseNumber());
        b.find("#move-box summary").click();
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("document.getElementById('move-start').value = '2026-10-13T09:00'");
        b.find("#move-submit").click();
        b.waitForText("#event-result", "已改期：" + moving.caseNumber());
        assertThat(b.text("#event-result")).contains("2026年10月13日").contains("09:00");
        assertThat(jdbc.queryForObject(
                                "select starts_at from hearing where id = ?", java.sql.Timestamp.class, moving.id())
                        .toInstant())
                .isEqualTo(java.time.Instant.parse("2026-10-13T01:00:00Z"));

        // the day view shows the moved hearing's lines in full (the toolbar back from under the sticky top bar)
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, 0)");
        b.find(".fc-timeGridDay-button").click();
        b.find(".fc-timeGridDay-view " + event);
        b.screenshot("hearings-calendar-day");
        b.logout();
    }

    /** From the clock's week (2026-09-21) three weeks on, to the week of Monday 2026-10-12. */
    /**
     * The room's own calendar in the week of 2026-10-12: other tests' hearings of that week (the suite shares one
     * database) would otherwise overlap the test's events and catch the pointer.
     */
    static void weekOfOctober12(Browser b, long room) {
        new org.openqa.selenium.support.ui.Select(b.find("#calendar-scope")).selectByValue("room:" + room);
        weekOfOctober12(b);
    }

    static void weekOfOctober12(Browser b) {
        for (int i = 0; i < 3; i++) {
            b.find(".fc-next-button").click();
        }
        b.waitForText(".fc-toolbar-title", "10月12");
    }

    /** Drags the event down by a number of 30-minute slots, in small steps as a hand would. */
    static void drag(Browser b, String css, int slots) {
        WebElement e = b.find(css);
        int slot = b.find(".fc-timegrid-slot-lane").getSize().getHeight();
        Actions a = new Actions(b.driver())
                .moveToElement(e, 0, -e.getSize().getHeight() / 2 + 8)
                .clickAndHold();
        int total = slot * slots;
        int steps = 6;
        for (int i = 1; i <= steps; i++) {
            a.moveByOffset(0, total / steps + (i == steps ? total % steps : 0));
        }
        a.pause(java.time.Duration.ofMillis(200)).release().perform();
    }
}
