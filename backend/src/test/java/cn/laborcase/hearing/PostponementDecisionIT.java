package cn.laborcase.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.RecipientView;
import cn.laborcase.documents.Verification;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tribunal's decision on a 延期开庭申请 as a served document (延期开庭通知书 / 不予延期开庭通知书, parsed back from
 * the PDF and rendered to PNG), and the requests that lapse when their hearing is cancelled, moved, postponed on
 * another request or concluded.
 */
@IntegrationTest
class PostponementDecisionIT {

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
    Documents documents;

    @Autowired
    Verification verification;

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

    private static String at(String day, String time) {
        return day + "T" + time + ":00+08:00";
    }

    private HearingView booked(String day) throws Exception {
        long caseId = f.composedCase(processes, false, f.a.arbitrator1);
        RoomView room = f.room("延期决定庭", 12);
        HearingFixtures.at(LocalDate.of(2026, 9, 18), 10);
        return bookings.book(
                f.a.hearingClerk, new BookHearingRequest(caseId, room.id(), at(day, "09:00"), at(day, "10:00"), null));
    }

    private PostponementView request(HearingView h, String reasons) {
        return outcomes.requestPostponement(f.a.hearingClerk, h.id(), new PostponementRequest("申请人甲", null, reasons));
    }

    private String text(long documentId) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(documentId).content())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // reading order, whatever order the renderer wrote the runs in
            return stripper.getText(pdf).replaceAll("\\s+", "");
        }
    }

    /** The first page at 60 dpi under target/postponement/ (pdftoppm, as in the other document checks), to look at. */
    private static Path png(byte[] pdf, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "postponement"));
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        file.toString(),
                        dir.resolve(name).toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return dir.resolve(name + ".png");
    }

    @Test
    void aRefusalStatesItsReasonsAndIssuesANoticeServedOnEveryPartyWhileTheHearingStands() throws Exception {
        HearingView h = booked("2026-10-16");
        HearingFixtures.at(LocalDate.of(2026, 9, 22), 10);
        PostponementView p = request(h, "代理人另有开庭");
        // a refusal without reasons → 400 naming the field
        assertThatThrownBy(() -> outcomes.decidePostponement(
                        f.a.arbitrator1, p.id(), new PostponementDecision(p.version(), "REFUSE", " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                                e.problems().stream().map(FieldProblem::field))
                        .containsExactly("note"));
        PostponementView refused = outcomes.decidePostponement(
                f.a.arbitrator1, p.id(), new PostponementDecision(p.version(), "REFUSE", "可另行委托代理人出庭，理由不充分"));
        assertThat(refused.status()).isEqualTo("REFUSED");
        assertThat(refused.decisionDocumentId()).isNotNull();
        assertThat(bookings.get(f.a.hearingClerk, h.id()).status()).isEqualTo("SCHEDULED");

        DocumentView d = documents.get(refused.decisionDocumentId());
        assertThat(d.typeName()).isEqualTo("不予延期开庭通知书");
        assertThat(d.number()).contains("劳人仲不延字〔2026〕第").endsWith("号");
        // one recipient (a 送达回证 to fill in) per party and agent, as for the 开庭通知书
        assertThat(d.recipients()).extracting(RecipientView::role).contains("申请人", "被申请人", "委托代理人");
        assertThat(verification.verify(d.verificationCode()).number()).isEqualTo(d.number());

        String text = text(d.id());
        assertThat(text)
                .contains("不予延期开庭通知书")
                .contains(d.number())
                .contains("申请人甲：")
                .contains(h.caseNumber())
                .contains("2026年10月16日（星期五）09:00至10:00")
                .contains("代理人另有开庭")
                .contains("可另行委托代理人出庭，理由不充分")
                .contains("决定不予延期开庭")
                .contains("仍按原定时间、地点开庭审理")
                .contains("第三十五条")
                .contains("劳动人事争议仲裁办案规则")
                .contains("第三十六条")
                .contains(d.verificationCode());
        Path image = png(documents.pdf(d.id()).content(), "refused");
        assertThat(Files.size(image)).isGreaterThan(10_000);
    }

    @Test
    void aGrantIssuesTheNoticeOfPostponementFreesTheSlotsAndLapsesTheOtherWaitingRequest() throws Exception {
        HearingView h = booked("2026-10-16");
        HearingFixtures.at(LocalDate.of(2026, 9, 22), 10);
        PostponementView p = request(h, "住院治疗，附医院证明");
        PostponementView other = request(h, "代理人另有开庭");
        PostponementView granted = outcomes.decidePostponement(
                f.a.arbitrator1, p.id(), new PostponementDecision(p.version(), "GRANT", "申请人住院属实"));
        assertThat(granted.status()).isEqualTo("GRANTED");
        HearingView postponed = bookings.get(f.a.hearingClerk, h.id());
        assertThat(postponed.status()).isEqualTo("POSTPONED");
        assertThat(jdbc.queryForObject("select count(*) from hearing_slot where hearing_id = ?", Integer.class, h.id()))
                .isZero();
        PostponementView lapsed = outcomes.postponements(f.a.hearingClerk, h.id()).stream()
                .filter(x -> x.id() == other.id())
                .findFirst()
                .orElseThrow();
        assertThat(lapsed.status()).isEqualTo("LAPSED");
        assertThat(lapsed.statusLabel()).isEqualTo("已失效");
        assertThat(lapsed.decisionNote()).contains("决定延期开庭");

        DocumentView d = documents.get(granted.decisionDocumentId());
        assertThat(d.typeName()).isEqualTo("延期开庭通知书");
        assertThat(d.number()).contains("劳人仲延字〔2026〕第");
        // one recipient (a 送达回证 to fill in) per party and agent, as for the 开庭通知书
        assertThat(d.recipients()).extracting(RecipientView::role).contains("申请人", "被申请人", "委托代理人");
        String text = text(d.id());
        assertThat(text)
                .contains("延期开庭通知书")
                .contains(d.number())
                .contains(h.caseNumber())
                .contains("原定于2026年10月16日（星期五）09:00至10:00")
                .contains("住院治疗，附医院证明")
                .contains("决定准予延期开庭")
                .contains("申请人住院属实")
                .contains("新的开庭时间、地点将另行书面通知")
                .contains("第三十五条")
                .contains("劳动人事争议仲裁办案规则")
                .contains(d.verificationCode());
        Path image = png(documents.pdf(d.id()).content(), "granted");
        assertThat(Files.size(image)).isGreaterThan(10_000);
    }

    @Test
    void aWaitingRequestLapsesWhenItsHearingIsMovedCancelledOrHeld() throws Exception {
        HearingView moved = booked("2026-10-16");
        HearingFixtures.at(LocalDate.of(2026, 9, 22), 10);
        PostponementView onMoved = request(moved, "出差");
        bookings.reschedule(
                f.a.hearingClerk,
                moved.id(),
                new RescheduleRequest(
                        moved.version(), moved.roomId(), at("2026-10-20", "09:00"), at("2026-10-20", "10:00")));
        PostponementView afterMove =
                outcomes.postponements(f.a.hearingClerk, moved.id()).get(0);
        assertThat(afterMove.id()).isEqualTo(onMoved.id());
        assertThat(afterMove.status()).isEqualTo("LAPSED");
        assertThat(afterMove.decisionNote()).contains("开庭时间已变更");
        // a new request for the new time is accepted
        assertThat(request(moved, "仍在出差").status()).isEqualTo("REQUESTED");

        HearingView cancelled = booked("2026-10-19");
        HearingFixtures.at(LocalDate.of(2026, 9, 22), 11);
        request(cancelled, "出差");
        bookings.cancel(f.a.hearingClerk, cancelled.id(), new CancelRequest(cancelled.version(), "当事人已和解撤回"));
        PostponementView afterCancel =
                outcomes.postponements(f.a.hearingClerk, cancelled.id()).get(0);
        assertThat(afterCancel.status()).isEqualTo("LAPSED");
        assertThat(afterCancel.decisionNote()).isEqualTo("开庭已取消：当事人已和解撤回");

        HearingView held = booked("2026-10-15");
        HearingFixtures.at(LocalDate.of(2026, 9, 22), 12);
        request(held, "出差");
        HearingFixtures.at(LocalDate.of(2026, 10, 15), 11);
        outcomes.recordOutcome(f.a.hearingClerk, held.id(), new OutcomeRequest(held.version(), "HELD", "双方到庭"));
        PostponementView afterHeld =
                outcomes.postponements(f.a.hearingClerk, held.id()).get(0);
        assertThat(afterHeld.status()).isEqualTo("LAPSED");
        assertThat(afterHeld.decisionNote()).contains("已登记开庭结果");
    }
}
