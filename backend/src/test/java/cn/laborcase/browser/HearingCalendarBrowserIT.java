package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationFixtures;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.hearing.HearingFixtures;
import cn.laborcase.hearing.HearingRooms;
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
}
