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
import cn.laborcase.hearing.RoomView;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 延期申请与开庭结果 in a real browser: the hearing clerk records a party's 延期开庭申请, the arbitrator refuses it with
 * reasons (the 不予延期开庭通知书 opens as a PDF), and after the hearing records it as held and uploads the signed
 * 庭审笔录.
 */
class HearingOutcomesBrowserIT extends BrowserTestBase {

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
    void aRequestIsRefusedWithItsNoticeThenTheHearingIsHeldAndItsRecordUploaded() throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator1);
        RoomView room = f.room("第二仲裁庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 18), 10);
        HearingView h = bookings.book(
                f.a.hearingClerk,
                new BookHearingRequest(
                        caseId, room.id(), "2026-10-16T09:00:00+08:00", "2026-10-16T10:00:00+08:00", null));
        HearingFixtures.at(LocalDate.of(2026, 9, 22), 10);
        String page = "/hearings/cases/" + caseId;

        Browser b = browser();
        b.resize(1366, 1300);
        b.login(f.a.hearingClerk.username(), ArbitrationFixtures.PASSWORD);
        b.waitForHome();
        b.get(page);
        b.waitForText("h1", "延期申请与开庭结果");
        // nothing filled: every wrong field named
        b.find("#postpone-" + h.id() + " button[type='submit']").click();
        b.waitForText("#problems", "请填写申请理由");
        assertThat(b.text("#problems")).contains("请填写申请人（当事人）");
        b.get(page);
        b.find("#postpone-" + h.id() + " input[name='party']").sendKeys("申请人甲");
        b.find("#postpone-" + h.id() + " textarea[name='reasons']").sendKeys("法定代理人出差，无法到庭");
        b.find("#postpone-" + h.id() + " button[type='submit']").click();
        b.waitForText("#hearing-" + h.id() + " table", "待仲裁庭决定");
        b.logout();

        // the tribunal decides: refused, with reasons; the hearing stands
        b.login(f.a.arbitrator1.username(), ArbitrationFixtures.PASSWORD);
        b.waitForHome();
        b.get(page);
        new Select(b.find("#hearing-" + h.id() + " select[name='decision']")).selectByValue("REFUSE");
        b.find("#hearing-" + h.id() + " input[name='note']").sendKeys("可委托代理人出庭，所述理由不构成正当理由");
        b.find("#hearing-" + h.id() + " td form button[type='submit']").click();
        b.waitForText("#hearing-" + h.id() + " table", "不准予延期：可委托代理人出庭");
        assertThat(b.text("#hearing-" + h.id() + " h2")).contains("已安排");
        String href = b.find("#hearing-" + h.id() + " a.decision-document").getAttribute("href");
        assertThat(b.text("#hearing-" + h.id() + " a.decision-document")).isEqualTo("不予延期开庭通知书 PDF");
        UserAgent session = UserAgent.browser(port);
        session.setSessionCookie(
                b.driver().manage().getCookieNamed("JSESSIONID").getValue());
        HttpResponse<byte[]> pdf = session.getBytes(href.substring(href.indexOf('/', href.indexOf("//") + 2)));
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(doc).replaceAll("\\s+", ""))
                    .contains("不予延期开庭通知书")
                    .contains("申请人甲：")
                    .contains("决定不予延期开庭");
        }

        // after the start: held, then the signed 庭审笔录
        HearingFixtures.at(LocalDate.of(2026, 10, 16), 11);
        b.get(page);
        new Select(b.find("#outcome-" + h.id() + " select[name='outcome']")).selectByValue("HELD");
        b.find("#outcome-" + h.id() + " textarea[name='note']").sendKeys("双方到庭，庭审结束");
        b.find("#outcome-" + h.id() + " button[type='submit']").click();
        b.waitForText("#hearing-" + h.id() + " .outcome", "开庭结果：已开庭审理");
        Path record = Files.createTempFile("tingshen-bilu", ".pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(record.toFile());
        }
        b.find("#record-" + h.id() + " input[type='file']")
                .sendKeys(record.toAbsolutePath().toString());
        b.find("#record-" + h.id() + " button[type='submit']").click();
        b.waitForText("#hearing-" + h.id() + " .outcome", "庭审笔录已上传");
        assertThat(b.text("#hearing-" + h.id())).contains("不予延期开庭通知书 PDF").contains("已登记开庭结果");
        b.screenshot("hearing-outcomes");
        b.logout();
    }
}
