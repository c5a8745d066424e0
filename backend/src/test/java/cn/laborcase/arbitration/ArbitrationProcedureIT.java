package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.arbitration.process.ArbitrationProcess;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.TestStaff;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
 * The procedural decisions with the clocks moved: 回避 granted (a replacement takes the seat, the tribunal notice is
 * issued again) and refused, jurisdiction objections dismissed, upheld (the case is transferred out and ends) and late,
 * 简易处理 and its conversion back, and the award's correction; every 决定书 parsed back from its PDF.
 */
@IntegrationTest
class ArbitrationProcedureIT {

    static final String RESPONDENT = "示范市东湖恒信建筑工程有限公司";

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CaseTimeline caseTimeline;

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
    ArbitrationQueries queries;

    @Autowired
    Documents documents;

    @Autowired
    Awards awards;

    @Autowired
    AwardRecords awardRecords;

    @Autowired
    Challenges challenges;

    @Autowired
    JurisdictionObjections objections;

    @Autowired
    SimpleProcedure simple;

    @Autowired
    AwardCorrections corrections;

    @Autowired
    ProcedureRecords records;

    @Autowired
    ArbitrationServiceRecords service;

    Processes processes;
    ArbitrationFixtures a;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, caseTimeline).start();
        a = new ArbitrationFixtures(jdbc, users);
    }

    @AfterEach
    void tearDown() {
        processes.close();
        TestClock.get().reset();
    }

    // ---- 回避 ----

    @Test
    void aGrantedChallengeRemovesTheArbitratorAndTheDirectorsReplacementIsNotifiedAgain() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        composeThree(id);
        CurrentUser fourth = arbitrator("arb4-t");
        at(LocalDate.of(2026, 8, 19));
        long c = challenges.apply(a.clerk, id, challenge(a.arbitrator2.username(), "该仲裁员系被申请人法定代表人的近亲属"));
        ProcedureRecordView.Challenge pending =
                records.get(a.director, id).challenges().get(0);
        assertThat(pending.statusLabel()).isEqualTo("待决定");
        // 3 working days from Wednesday 08-19: Thu 20, Fri 21, Mon 24
        assertThat(pending.decisionDueDate()).isEqualTo(LocalDate.of(2026, 8, 24));
        assertThatThrownBy(() ->
                        challenges.apply(a.clerk, id, challenge(a.arbitrator2.username(), " 该仲裁员系被申请人法定代表人的近亲属 ")))
                .as("the same member on the same grounds again")
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("不能重复申请");

        assertThatThrownBy(() -> challenges.decide(a.director, id, c, decision("GRANT", "申请理由属实", null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("replacement"));
        challenges.decide(a.director, id, c, decision("GRANT", "经查申请理由属实", fourth.username()));

        assertThat(queries.get(a.director, id).tribunal().members())
                .extracting(ArbitrationCaseView.Member::username)
                .containsExactly(a.arbitrator1.username(), fourth.username(), a.arbitrator3.username());
        ProcedureRecordView.Challenge granted =
                records.get(a.director, id).challenges().get(0);
        assertThat(granted.status()).isEqualTo("GRANTED");
        assertThat(granted.replacementName()).isEqualTo(fourth.displayName());
        assertThat(jdbc.queryForObject(
                        "select count(*) from deadline where id = ? and closed_on is not null",
                        Integer.class,
                        jdbc.queryForObject(
                                "select deadline_id from arbitration_challenge where id = ?", Long.class, c)))
                .isEqualTo(1);
        String pdf = text(id, "回避决定书");
        assertThat(pdf)
                .contains(queries.get(a.director, id).number())
                .contains("申请人甲")
                .contains(RESPONDENT)
                .contains("决定仲裁员" + a.arbitrator2.displayName() + "回避")
                .contains("接替")
                .contains("第三十三条");
        assertThat(queries.get(a.director, id).documents())
                .filteredOn(d -> d.typeName().equals("仲裁庭组成通知书"))
                .hasSize(2);
        assertThat(lastText(id, "仲裁庭组成通知书")).contains(fourth.displayName()).doesNotContain(a.arbitrator2.displayName());
        assertThatThrownBy(() -> challenges.decide(a.director, id, c, decision("REFUSE", "再议", null)))
                .isInstanceOf(ConflictException.class);
        assertThat(timeline(id)).contains("申请回避", "回避决定", "重新组成仲裁庭");
    }

    @Test
    void aRefusedChallengeLeavesTheTribunalAndTheDirectorNeverDecidesHisOwn() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        composeThree(id);
        at(LocalDate.of(2026, 8, 20));
        long c = challenges.apply(a.clerk, id, challenge(a.arbitrator1.username(), "仲裁员曾与被申请人共进晚餐"));
        challenges.decide(a.director, id, c, decision("REFUSE", "所述情形不属于应当回避的情形", null));
        assertThat(records.get(a.director, id).challenges().get(0).statusLabel())
                .isEqualTo("驳回申请");
        assertThat(queries.get(a.director, id).tribunal().members())
                .extracting(ArbitrationCaseView.Member::username)
                .contains(a.arbitrator1.username());
        assertThat(text(id, "回避决定书"))
                .contains("决定驳回回避申请")
                .contains("所述情形不属于应当回避的情形")
                .contains(RESPONDENT);
        // the same member on other grounds is a new application
        challenges.apply(a.clerk, id, challenge(a.arbitrator1.username(), "仲裁员曾担任被申请人的代理人"));

        // the director sitting on the tribunal: the committee decides on him, not he himself (办案规则 §12)
        jdbc.update(
                "update arbitration_tribunal_member set username = ? where case_id = ? and username = ?",
                a.director.username(),
                id,
                a.arbitrator3.username());
        long own = challenges.apply(
                a.clerk,
                id,
                new ChallengeRequest(null, a.director.username(), null, RESPONDENT, "主任与申请人系同学", null, null));
        assertThatThrownBy(() -> challenges.decide(a.director, id, own, decision("REFUSE", "不成立", null)))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("由仲裁委员会决定");
    }

    @Test
    void aChallengeIsCheckedAtTheDoorAndOnlyTheCommitteesClerksAndDirectorAct() {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        composeThree(id);
        assertThatThrownBy(() ->
                        challenges.apply(a.clerk, id, new ChallengeRequest(null, "nobody", null, "路人", "", null, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("member"));
        assertThatThrownBy(() -> challenges.apply(a.clerk, id, challenge(a.arbitrator1.username(), "")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("grounds"));
        assertThatThrownBy(() -> challenges.apply(a.clerk, id, challenge(a.arbitrator1.username(), "理由\u0000")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("grounds"));
        assertThatThrownBy(() -> challenges.apply(a.clerk, id, challenge(a.arbitrator1.username(), "长".repeat(2001))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("grounds"));
        assertThatThrownBy(() -> challenges.apply(
                        a.clerk,
                        id,
                        new ChallengeRequest(null, a.arbitrator1.username(), null, "路人乙", "理由", null, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("applicant"));
        assertThatThrownBy(() -> challenges.apply(
                        a.clerk, id, new ChallengeRequest("JUDGE", null, null, "申请人甲", "理由", null, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("memberKind"));
        assertThatThrownBy(() -> challenges.apply(a.outsider, id, challenge(a.arbitrator1.username(), "理由")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> challenges.apply(a.arbitrator2, id, challenge(a.arbitrator1.username(), "理由")))
                .isInstanceOf(ForbiddenException.class);
        long c = challenges.apply(
                a.clerk, id, new ChallengeRequest("RECORDER", null, "书记员王某", "申请人甲", "记录人员与被申请人有利害关系", null, null));
        assertThatThrownBy(() -> challenges.decide(a.clerk, id, c, decision("GRANT", "属实", null)))
                .isInstanceOf(ForbiddenException.class);
        challenges.decide(a.director, id, c, decision("GRANT", "属实", null));
        assertThat(records.get(a.director, id).challenges().get(0).statusLabel())
                .isEqualTo("准许回避");
        assertThat(jdbc.queryForObject(
                        "select count(*) from arbitration_challenge where case_id = ?", Integer.class, id))
                .as("nothing else written")
                .isEqualTo(1);
    }

    // ---- 管辖异议 ----

    @Test
    void aDismissedObjectionLetsTheCaseGoOnAndDoesNotRestartTheAwardPeriod() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        composeThree(id);
        at(LocalDate.of(2026, 8, 20));
        long o = objections.file(a.clerk, id, new JurisdictionObjectionRequest(RESPONDENT, "劳动合同履行地在示范市西山区", null));
        assertThatThrownBy(
                        () -> objections.file(a.clerk, id, new JurisdictionObjectionRequest(RESPONDENT, "另一理由", null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("待决定");
        assertThat(awardDue(id)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThatThrownBy(() -> objections.decide(a.clerk, id, o, decision("DISMISS", "理由", null)))
                .isInstanceOf(ForbiddenException.class);
        objections.decide(a.director, id, o, decision("DISMISS", "用人单位所在地在本会辖区，本会有管辖权", null));
        assertThat(queries.get(a.director, id).status()).isEqualTo(ArbitrationStatus.TRIBUNAL_COMPOSED);
        assertThat(awardDue(id)).as("the award clock is not restarted").isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(text(id, "管辖异议决定书"))
                .contains(queries.get(a.director, id).number())
                .contains("申请人甲")
                .contains(RESPONDENT)
                .contains("决定驳回管辖异议")
                .contains("第十条");
        assertThat(records.get(a.director, id).objections().get(0).statusLabel())
                .isEqualTo("驳回异议");
    }

    @Test
    void aProcedureDecisionGoesToEveryPartyAndItsServiceIsRecordedWithAReceipt() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        composeThree(id);
        at(LocalDate.of(2026, 8, 20));
        long o = objections.file(a.clerk, id, new JurisdictionObjectionRequest(RESPONDENT, "劳动合同履行地在示范市西山区", null));
        objections.decide(a.director, id, o, decision("DISMISS", "用人单位所在地在本会辖区，本会有管辖权", null));
        ArbitrationCaseView.Document decision = queries.get(a.director, id).documents().stream()
                .filter(d -> d.typeName().equals("管辖异议决定书"))
                .findFirst()
                .orElseThrow();
        assertThat(decision.services())
                .extracting(ArbitrationCaseView.Service::recipient, ArbitrationCaseView.Service::role)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("申请人甲", "申请人"),
                        org.assertj.core.groups.Tuple.tuple(RESPONDENT, "被申请人"));
        long respondent = decision.services().stream()
                .filter(s -> s.recipient().equals(RESPONDENT))
                .findFirst()
                .orElseThrow()
                .recipientId();

        at(LocalDate.of(2026, 8, 21));
        service.record(a.clerk, id, decision.id(), ArbitrationServiceIT.direct(respondent, 8, 21), null);
        assertThatThrownBy(() -> service.record(
                        a.clerk, id, decision.id(), ArbitrationServiceIT.direct(respondent, 8, 21), null))
                .as("served once on each recipient")
                .isInstanceOf(ConflictException.class);

        ArbitrationCaseView.Service served = queries.get(a.director, id).documents().stream()
                .filter(d -> d.id() == decision.id())
                .findFirst()
                .orElseThrow()
                .services()
                .stream()
                .filter(s -> s.recipientId() == respondent)
                .findFirst()
                .orElseThrow();
        assertThat(served.served()).isTrue();
        assertThat(served.servedOn()).isEqualTo(LocalDate.of(2026, 8, 21));
        assertThat(pdfText(served.receiptDocumentId()))
                .contains("送达回证")
                .contains("管辖异议决定书")
                .contains(decision.number())
                .contains("直接送达")
                .contains(RESPONDENT)
                .contains("2026年8月21日9时");
        assertThat(queries.get(a.director, id).status())
                .as("a decision's service starts nothing")
                .isEqualTo(ArbitrationStatus.TRIBUNAL_COMPOSED);
    }

    @Test
    void anUpheldObjectionTransfersTheCaseOutAndEndsItHere() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        String pid = pid(id);
        processes.runAsyncSteps(pid);
        at(LocalDate.of(2026, 8, 19));
        long o = objections.file(
                a.clerk, id, new JurisdictionObjectionRequest(RESPONDENT, "劳动合同履行地和用人单位所在地均在示范县", null));
        assertThatThrownBy(() -> objections.decide(a.director, id, o, decision("UPHOLD", "异议属实", null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("competentCommittee"));
        objections.decide(
                a.director,
                id,
                o,
                new ProcedureDecisionRequest(
                        "UPHOLD", "劳动合同履行地在示范县", null, "示范县劳动人事争议仲裁委员会", null, null, null, null, 0));
        assertThat(queries.get(a.director, id).status()).isEqualTo(ArbitrationStatus.TRANSFERRED);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pid)
                        .count())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from deadline where owner_id = ? and closed_on is null and owner_type = 'ARBITRATION_CASE'",
                        Integer.class,
                        String.valueOf(id)))
                .isZero();
        assertThat(text(id, "管辖异议决定书"))
                .contains("移送示范县劳动人事争议仲裁委员会处理")
                .contains(RESPONDENT)
                .contains("第十条");
        assertThatThrownBy(() -> simple.decideSimple(a.director, id, decision(null, "理由", null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已移送管辖");
        assertThat(timeline(id)).contains("管辖异议", "移送管辖");
    }

    @Test
    void anObjectionAfterTheAnswerPeriodIsRefusedNamingTheDayItClosed() {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        processes.runAsyncSteps(pid(id));
        at(LocalDate.of(2026, 8, 18));
        preparation.recordService(a.clerk, id, new ServiceRecordRequest("2026-08-18"));
        // 10 working days from Tuesday 08-18 → Tuesday 09-01
        at(LocalDate.of(2026, 9, 2));
        assertThatThrownBy(() ->
                        objections.file(a.clerk, id, new JurisdictionObjectionRequest(RESPONDENT, "不属本会管辖", null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("答辩期已于2026-09-01届满");
        assertThatThrownBy(() ->
                        objections.file(a.clerk, id, new JurisdictionObjectionRequest("申请人甲", "不属本会管辖", "2026-09-01")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("respondent"));
        objections.file(a.clerk, id, new JurisdictionObjectionRequest(RESPONDENT, "不属本会管辖", "2026-09-01"));
    }

    // ---- 简易处理 ----

    @Test
    void aSimpleCaseOffersOneArbitratorAndItsConversionBackNeedsThreeWithTheSameAwardPeriod() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        String pid = pid(id);
        processes.runAsyncSteps(pid);
        at(LocalDate.of(2026, 8, 18));
        assertThatThrownBy(() -> simple.decideSimple(
                        a.clerk,
                        id,
                        new ProcedureDecisionRequest(null, "理由", null, null, "CLEAR_FACTS", null, null, null, null)))
                .isInstanceOf(ForbiddenException.class);
        simple.decideSimple(
                a.director,
                id,
                new ProcedureDecisionRequest(null, "欠薪事实有工资条佐证", null, null, "CLEAR_FACTS", null, null, null, null));
        assertThat(engine.getRuntimeService().getVariable(pid, ArbitrationProcess.TRIBUNAL_MODE))
                .as("the tribunal form opens on one arbitrator")
                .isEqualTo("SOLE");
        ProcedureRecordView view = records.get(a.director, id);
        assertThat(view.procedureLabel()).isEqualTo("简易处理");
        assertThat(text(id, "简易处理决定书"))
                .contains(queries.get(a.director, id).number())
                .contains("申请人甲")
                .contains(RESPONDENT)
                .contains("决定本案简易处理")
                .contains("第五十六条");
        assertThatThrownBy(() -> simple.decideSimple(
                        a.director,
                        id,
                        new ProcedureDecisionRequest(null, "再次", null, null, "CLEAR_FACTS", null, null, null, null)))
                .isInstanceOf(ConflictException.class);
        preparation.composeTribunal(
                a.director, id, new TribunalRequest("SOLE", null, null, null, a.arbitrator1.username()));

        at(LocalDate.of(2026, 9, 1));
        ProcedureDecisionRequest incomplete = new ProcedureDecisionRequest(
                null, "被申请人对事实有重大争议", null, null, null, a.arbitrator1.username(), null, a.arbitrator1.username(), null);
        assertThatThrownBy(() -> simple.convertToOrdinary(a.director, id, incomplete))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("arbitrator2", "arbitrator3"));
        assertThatThrownBy(() -> simple.convertToOrdinary(
                        a.arbitrator1,
                        id,
                        new ProcedureDecisionRequest(
                                null,
                                "争议大",
                                null,
                                null,
                                null,
                                a.arbitrator1.username(),
                                a.arbitrator2.username(),
                                a.arbitrator3.username(),
                                null)))
                .as("three seats are the director's to fill")
                .isInstanceOf(ForbiddenException.class);
        simple.convertToOrdinary(
                a.director,
                id,
                new ProcedureDecisionRequest(
                        null,
                        "被申请人对事实有重大争议",
                        null,
                        null,
                        null,
                        a.arbitrator1.username(),
                        a.arbitrator2.username(),
                        a.arbitrator3.username(),
                        null));
        assertThat(queries.get(a.director, id).tribunal().members()).hasSize(3);
        assertThat(records.get(a.director, id).procedureLabel()).isEqualTo("一般程序（由简易处理转入）");
        assertThat(awardDue(id)).as("still 45 days from acceptance (办案规则 §61)").isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(text(id, "转为一般程序决定书"))
                .contains("第六十一条")
                .contains("由三名仲裁员组成仲裁庭")
                .contains(RESPONDENT);
        assertThat(lastText(id, "仲裁庭组成通知书")).contains(a.arbitrator3.displayName());
        assertThatThrownBy(() -> simple.convertToOrdinary(a.director, id, decision(null, "再次", null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aCaseConvertedBackBeforeItsTribunalCannotHaveASoleArbitrator() {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        processes.runAsyncSteps(pid(id));
        simple.decideSimple(
                a.director,
                id,
                new ProcedureDecisionRequest(null, "双方同意", null, null, "PARTIES_AGREE", null, null, null, null));
        TestClock.get().advance(java.time.Duration.ofMinutes(5));
        simple.convertToOrdinary(a.director, id, decision(null, "案情复杂", null));
        // IvorySQL's Oracle mode hands out identity values from per-session caches: the later decision may get the
        // smaller id. The procedure in force is the latest by time, whatever the ids say.
        jdbc.update(
                "update arbitration_procedure_decision set id = -id where case_id = ? and procedure_kind = 'ORDINARY'",
                id);
        assertThat(records.get(a.director, id).procedure()).isEqualTo("ORDINARY");
        assertThatThrownBy(() -> simple.convertToOrdinary(a.director, id, decision(null, "再次", null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> preparation.composeTribunal(
                        a.director, id, new TribunalRequest("SOLE", null, null, null, a.arbitrator1.username())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(messages(e)).anyMatch(m -> m.contains("已转为按照一般程序处理")));
        preparation.composeTribunal(
                a.director,
                id,
                new TribunalRequest(
                        "THREE", a.arbitrator1.username(), a.arbitrator2.username(), a.arbitrator3.username(), null));
    }

    @Test
    void aSmallAmountIsMeasuredAgainstTheConfiguredLimitAndACollectiveCaseIsNeverSimple() throws Exception {
        long big = acceptOn(LocalDate.of(2026, 8, 17), ArbitrationFixtures.claim("SEVERANCE", "98000.01", "支付经济补偿"));
        assertThatThrownBy(() -> simple.decideSimple(
                        a.director,
                        big,
                        new ProcedureDecisionRequest(null, "金额小", null, null, "SMALL_AMOUNT", null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("ground"))
                .satisfies(e -> assertThat(messages(e)).anyMatch(m -> m.contains("98,000.01")));
        long small = acceptOn(LocalDate.of(2026, 8, 17), ArbitrationFixtures.claim("SEVERANCE", "98000.00", "支付经济补偿"));
        simple.decideSimple(
                a.director,
                small,
                new ProcedureDecisionRequest(null, "金额小", null, null, "SMALL_AMOUNT", null, null, null, null));
        assertThat(text(small, "简易处理决定书")).contains("98,000.00");
        assertThatThrownBy(() -> simple.decideSimple(
                        a.director,
                        big,
                        new ProcedureDecisionRequest(null, "x", null, null, "CHEAP", null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("ground"));
        assertThatThrownBy(() -> simple.decideSimple(
                        a.director,
                        small,
                        new ProcedureDecisionRequest(null, "x", null, null, "CLEAR_FACTS", null, null, null, null)))
                .isInstanceOf(ConflictException.class);

        long collective = acceptOn(LocalDate.of(2026, 8, 17), 10);
        assertThatThrownBy(() -> simple.decideSimple(
                        a.director,
                        collective,
                        new ProcedureDecisionRequest(null, "理由", null, null, "CLEAR_FACTS", null, null, null, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("集体劳动人事争议");
        assertThatThrownBy(() -> simple.decideSimple(a.outsider, small, decision(null, "理由", null)))
                .isInstanceOf(NotFoundException.class);
    }

    // ---- 补正裁决 ----

    @Test
    void theTribunalCorrectsItsAwardByDecisionAndTheAwardRecordKeepsIt() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        composeThree(id);
        assertThatThrownBy(() -> corrections.correct(
                        a.arbitrator1, id, new AwardCorrectionRequest(1L, null, null, null, "CLERICAL", null, "x")))
                .as("no award yet")
                .isInstanceOf(ConflictException.class);
        at(LocalDate.of(2026, 9, 20));
        awards.award(
                a.arbitrator1,
                id,
                new AwardRequest(List.of(new AwardRequest.Item(0, "AWARDED", "18600.00", "欠付工资属实")), false));
        long awardId = awardRecords.get(a.director, id).awards().get(0).id();

        at(LocalDate.of(2026, 9, 22));
        assertThatThrownBy(() -> corrections.correct(
                        a.director, id, new AwardCorrectionRequest(awardId, null, null, null, "CLERICAL", null, "x")))
                .as("the award is the tribunal's")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> corrections.correct(
                        a.arbitrator1,
                        id,
                        new AwardCorrectionRequest(999_999L, "SOMETIMES", null, null, "TYPO", "MAYBE", "")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("awardId", "origin", "kind", "outcome"));
        corrections.correct(
                a.arbitrator1,
                id,
                new AwardCorrectionRequest(
                        awardId, "EX_OFFICIO", null, null, "CLERICAL", null, "裁决书第一项中“二〇二六年八月”应为“二〇二六年八月至十月”"));
        corrections.correct(
                a.arbitrator1,
                id,
                new AwardCorrectionRequest(
                        awardId, "REQUEST", RESPONDENT, "2026-09-21", "CALCULATION", "REFUSED", "工资数额系依据工资条认定，并无计算错误"));

        ProcedureRecordView view = records.get(a.director, id);
        assertThat(view.corrections())
                .extracting(ProcedureRecordView.Correction::outcomeLabel)
                .containsExactly("予以补正", "不予补正");
        assertThat(view.corrections().get(0).awardId()).isEqualTo(awardId);
        String pdf = text(id, "补正决定书");
        assertThat(pdf)
                .contains(queries.get(a.director, id).number())
                .contains("申请人甲")
                .contains(RESPONDENT)
                .contains("现补正如下")
                .contains("关于裁决书补正的规定");
        assertThat(lastText(id, "补正决定书")).contains("决定不予补正").contains("2026年9月21日申请补正");
    }

    // ---- helpers ----

    private static ChallengeRequest challenge(String member, String grounds) {
        return new ChallengeRequest("ARBITRATOR", member, null, "申请人甲", grounds, null, null);
    }

    private static ProcedureDecisionRequest decision(String decision, String reasons, String replacement) {
        return new ProcedureDecisionRequest(decision, reasons, replacement, null, null, null, null, null, null);
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidInputException) e)
                .problems().stream().map(p -> p.field()).toList();
    }

    private static List<String> messages(Throwable e) {
        return ((InvalidInputException) e)
                .problems().stream().map(p -> p.message()).toList();
    }

    private CurrentUser arbitrator(String prefix) {
        String name = TestStaff.uniqueUsername(prefix);
        TestStaff.insert(jdbc, name, ArbitrationFixtures.PASSWORD, "A1", "ARBITRATOR");
        return users.findActive(name).orElseThrow();
    }

    private long acceptOn(LocalDate day, String... claims) {
        return acceptOn(day, 1, claims);
    }

    /** Registers three days before and accepts on {@code day} at 10:00 Beijing time. */
    private long acceptOn(LocalDate day, int applicants, String... claims) {
        at(day);
        String[] items = claims.length == 0
                ? new String[] {ArbitrationFixtures.claim("WAGES", "18600.00", "支付2026年8月至10月工资")}
                : claims;
        try {
            RegisterApplicationRequest request = json.readValue(
                    ArbitrationFixtures.application(
                            OffsetDateTime.of(day.minusDays(3).atTime(9, 0), ZoneOffset.ofHours(8))
                                    .toString(),
                            applicants,
                            items),
                    RegisterApplicationRequest.class);
            RegisteredApplication r = registration.register(a.clerk, request, null);
            review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null));
            return r.id();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String pid(long id) {
        return jdbc.queryForObject("select process_instance_id from arbitration_case where id = ?", String.class, id);
    }

    private void composeThree(long id) {
        processes.runAsyncSteps(pid(id));
        preparation.composeTribunal(
                a.director,
                id,
                new TribunalRequest(
                        "THREE", a.arbitrator1.username(), a.arbitrator2.username(), a.arbitrator3.username(), null));
    }

    private LocalDate awardDue(long id) {
        return awardRecords.get(a.director, id).awardPeriod().dueDate();
    }

    private List<String> timeline(long id) {
        return jdbc.queryForList(
                "select step_label from case_timeline where case_type = 'ARBITRATION_CASE' and case_id = ? order by id",
                String.class,
                id);
    }

    private static void at(LocalDate day) {
        TestClock.get()
                .set(OffsetDateTime.of(day.atTime(10, 0), ZoneOffset.ofHours(8)).toInstant());
    }

    private String text(long id, String typeName) throws Exception {
        return pdfText(queries.get(a.director, id).documents().stream()
                .filter(x -> x.typeName().equals(typeName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + typeName)));
    }

    private String lastText(long id, String typeName) throws Exception {
        List<ArbitrationCaseView.Document> all = queries.get(a.director, id).documents().stream()
                .filter(x -> x.typeName().equals(typeName))
                .toList();
        return pdfText(all.stream()
                .max(java.util.Comparator.comparing(ArbitrationCaseView.Document::id))
                .orElseThrow());
    }

    private String pdfText(ArbitrationCaseView.Document d) throws Exception {
        return pdfText(d.id());
    }

    private String pdfText(long documentId) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(documentId).content())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf).replaceAll("\\s+", "");
        }
    }
}
