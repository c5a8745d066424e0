package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.arbitration.AcceptanceDecision;
import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationCaseView;
import cn.laborcase.arbitration.ArbitrationFixtures;
import cn.laborcase.arbitration.ArbitrationQueries;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.ArbitrationServiceRecords;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.arbitration.ChallengeRequest;
import cn.laborcase.arbitration.Challenges;
import cn.laborcase.arbitration.JurisdictionObjectionRequest;
import cn.laborcase.arbitration.JurisdictionObjections;
import cn.laborcase.arbitration.ProcedureDecisionRequest;
import cn.laborcase.arbitration.RegisterApplicationRequest;
import cn.laborcase.arbitration.TribunalRequest;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.ServiceMethod;
import cn.laborcase.documents.ServiceRecordRequest;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.workflow.TaskInbox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case page's 程序事项 (a refused 回避 and a dismissed 管辖异议, each with its 决定书) and 送达与答辩 (the 管辖异议决定书
 * with its recipients, one of them served with its 送达回证) in a real browser; screenshots of both sections for
 * docs/arbitration.md.
 */
class ArbitrationProcedureBrowserIT extends BrowserTestBase {

    static final String RESPONDENT = "示范市东湖恒信建筑工程有限公司";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ArbitrationRegistration registration;

    @Autowired
    ApplicationReview review;

    @Autowired
    CasePreparation preparation;

    @Autowired
    Challenges challenges;

    @Autowired
    JurisdictionObjections objections;

    @Autowired
    ArbitrationServiceRecords service;

    @Autowired
    ArbitrationQueries queries;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Test
    void theCasePageShowsTheProcedureDecisionsAndTheirService() throws Exception {
        ArbitrationFixtures a = new ArbitrationFixtures(jdbc, users);
        long id;
        Processes processes = new Processes(engine, inbox, caseTimeline).start();
        try {
            String body = ArbitrationFixtures.application(
                            "2026-08-14T09:00:00+08:00",
                            ArbitrationFixtures.claim("WAGES", "18600.00", "支付2026年8月至10月工资"))
                    .replace("申请人甲", "李秀英");
            id = registration
                    .register(a.clerk, json.readValue(body, RegisterApplicationRequest.class), null)
                    .id();
            review.decide(a.director, id, new AcceptanceDecision("ACCEPT", null));
            String pid = jdbc.queryForObject(
                    "select process_instance_id from arbitration_case where id = ?", String.class, id);
            processes.runAsyncSteps(pid);
            preparation.composeTribunal(
                    a.director,
                    id,
                    new TribunalRequest(
                            "THREE",
                            a.arbitrator1.username(),
                            a.arbitrator2.username(),
                            a.arbitrator3.username(),
                            null));
            processes.runAsyncSteps(pid);
        } finally {
            processes.close();
        }
        long c = challenges.apply(
                a.clerk,
                id,
                new ChallengeRequest(
                        "ARBITRATOR", a.arbitrator2.username(), null, "李秀英", "该仲裁员曾担任被申请人的法律顾问", null, null));
        challenges.decide(
                a.director,
                id,
                c,
                new ProcedureDecisionRequest("REFUSE", "经查该仲裁员未担任被申请人法律顾问", null, null, null, null, null, null, null));
        long o = objections.file(a.clerk, id, new JurisdictionObjectionRequest(RESPONDENT, "劳动合同履行地在示范市西山区", null));
        objections.decide(
                a.director,
                id,
                o,
                new ProcedureDecisionRequest(
                        "DISMISS", "用人单位所在地在本会辖区，本会有管辖权", null, null, null, null, null, null, null));
        ArbitrationCaseView.Document decision = queries.get(a.director, id).documents().stream()
                .filter(d -> d.typeName().equals("管辖异议决定书"))
                .findFirst()
                .orElseThrow();
        long respondent = decision.services().stream()
                .filter(s -> s.recipient().equals(RESPONDENT))
                .findFirst()
                .orElseThrow()
                .recipientId();
        // served within the hour it is now (a later hour would be in the future)
        java.time.ZonedDateTime now = TestClock.get().instant().atZone(BeijingTime.ZONE);
        service.record(
                a.clerk,
                id,
                decision.id(),
                new ServiceRecordRequest(
                        respondent,
                        ServiceMethod.DIRECT,
                        now.toLocalDate(),
                        now.getHour(),
                        null,
                        "王经理",
                        "单位负责人",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "书记员刘洋",
                        null),
                null);

        Browser b = browser();
        b.resize(1366, 2400);
        b.login(a.director.username(), ArbitrationFixtures.PASSWORD);
        b.waitForHome();
        b.get("/arbitration/cases/" + id);
        b.waitForText("#case-procedure", "程序事项");
        assertThat(b.text("#case-procedure"))
                .contains("一般程序", "回避申请", "驳回申请", "管辖异议", "驳回异议")
                .doesNotContain("ARBITRATOR", "DISMISS", "REFUSE");
        assertThat(b.text("#challenges"))
                .as("dates as the clerk reads them, never a locale's short form")
                .containsPattern("\\d{4}-\\d{2}-\\d{2}（3个工作日")
                .doesNotContainPattern("\\d{1,2}/\\d{1,2}/\\d{2}");
        section(b, "#case-procedure", "arbitration-procedure");

        String served = b.text("#case-service");
        assertThat(served).contains("送达与答辩", "管辖异议决定书", "回避决定书", RESPONDENT, "直接送达", "李秀英");
        assertThat(served).doesNotContain("DIRECT", "RESPONDENT");
        section(b, "#case-service", "arbitration-service");
    }

    /** A screenshot of one section of the page, as docs/arbitration.md shows it. */
    private static void section(Browser b, String css, String name) throws Exception {
        WebElement element = b.find(css);
        // below the page's sticky header, which would otherwise cover the section's title
        ((JavascriptExecutor) b.driver())
                .executeScript(
                        "window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 140)", element);
        byte[] png = element.getScreenshotAs(OutputType.BYTES);
        Path dir = Path.of(System.getProperty("laborcase.docs-dir", "../docs"), "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), png);
    }
}
