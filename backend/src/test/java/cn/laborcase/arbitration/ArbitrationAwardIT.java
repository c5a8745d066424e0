package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.Processes;
import cn.laborcase.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
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
 * The award period's changes and the case's end, with the app and engine clocks moved (no sleeping): suspension and
 * resumption, the one extension, restarts on a claim change and a merged counter-claim, withdrawal, mediation before
 * the award, and final / non-final / split awards at the 12 × 2,490 = 29,880.00 boundary. PDFs parsed back.
 */
@IntegrationTest
class ArbitrationAwardIT {

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
    AwardPeriod period;

    @Autowired
    CaseChanges changes;

    @Autowired
    Awards awards;

    @Autowired
    CaseEndings endings;

    @Autowired
    AwardRecords records;

    @Autowired
    ArbitrationServiceRecords serviceRecords;

    Processes processes;
    ArbitrationFixtures a;
    ArbitrationScenarios scenarios;

    @BeforeEach
    void setUp() {
        processes = new Processes(engine, inbox, caseTimeline).start();
        a = new ArbitrationFixtures(jdbc, users);
        scenarios =
                new ArbitrationScenarios(a, processes, engine, jdbc, json, registration, review, preparation, queries);
    }

    @AfterEach
    void tearDown() {
        processes.close();
    }

    @Test
    void aSuspensionStopsTheAwardPeriodAndResumptionMovesItByExactlyTheSuspendedDays() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        assertThat(award(id).dueDate()).isEqualTo(LocalDate.of(2026, 10, 8));

        at(LocalDate.of(2026, 9, 1));
        period.suspend(a.director, id, new AwardPeriodRequest(null, null, "等待工伤认定结论", null, null, null));
        AwardRecordView.Period paused = award(id);
        assertThat(paused.paused()).isTrue();
        assertThat(paused.dueDate()).as("the clock is stopped").isNull();
        assertThatThrownBy(() -> period.suspend(a.director, id, request("再次中止")))
                .isInstanceOf(ConflictException.class);

        at(LocalDate.of(2026, 9, 11));
        period.resume(a.director, id, new AwardPeriodRequest(null, null, null, null, null, null));
        AwardRecordView.Period resumed = award(id);
        // 10 days suspended: day 45 moves from 10-01 to 10-11, a Sunday, rolled to Monday 10-12
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.dueDate()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(text(id, "中止仲裁决定书")).contains("等待工伤认定结论").contains("2026年9月1日起中止仲裁");
        assertThat(text(id, "恢复仲裁通知书")).contains("2026年10月12日");
        assertThat(records.get(a.director, id).changes())
                .extracting(AwardRecordView.Change::kind)
                .containsExactly("SUSPENDED", "RESUMED");
    }

    @Test
    void publicNoticeStopsThePeriodWithoutADecision() {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        at(LocalDate.of(2026, 9, 1));
        period.suspend(a.director, id, new AwardPeriodRequest(null, "PUBLIC_NOTICE", "被申请人下落不明", null, null, null));
        at(LocalDate.of(2026, 9, 4));
        period.resume(a.director, id, new AwardPeriodRequest(null, null, null, null, null, null));
        // 3 days: 10-01 → 10-04, in the National Day block → 10-08
        assertThat(award(id).dueDate()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(records.get(a.director, id).changes())
                .extracting(AwardRecordView.Change::kind)
                .containsExactly("PUBLIC_NOTICE", "RESUMED");
    }

    @Test
    void theDirectorExtendsOnceByUpToFifteenDaysAndASecondExtensionIsRefused() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        at(LocalDate.of(2026, 9, 20));
        assertThatThrownBy(() -> period.extend(a.clerk, id, extension(15)))
                .as("only the committee director approves")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> period.extend(a.director, id, extension(16)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problems(e)).containsExactly("days：延长天数应为1至15日（调解仲裁法第四十三条）"));

        period.extend(a.director, id, extension(15));

        AwardRecordView.Period extended = award(id);
        assertThat(extended.extended()).isTrue();
        assertThat(extended.dueDate()).as("60 days from 08-17").isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(text(id, "延期通知书")).contains("延长15日").contains("2026年10月16日").contains("第四十三条");
        assertThatThrownBy(() -> period.extend(a.director, id, extension(1)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("不能再次延长");
    }

    @Test
    void anExtensionAskedAfterTheDueDateIsRefusedNamingTheDay() {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        at(LocalDate.of(2026, 10, 9));
        assertThatThrownBy(() -> period.extend(a.director, id, extension(10)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problems(e))
                        .singleElement()
                        .asString()
                        .startsWith("on：")
                        .contains("2026-10-08"));
    }

    @Test
    void anAcceptedClaimChangeRestartsTheAwardPeriodAndAfterTheAwardIsRefused() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        at(LocalDate.of(2026, 9, 1));
        changes.changeClaims(
                a.director,
                id,
                new ClaimChangeRequest(
                        null,
                        "申请人增加加班费请求",
                        List.of(
                                new RegisterApplicationRequest.Claim("WAGES", "18600.00", "支付2026年8月至10月工资"),
                                new RegisterApplicationRequest.Claim("OVERTIME", "3200.00", "支付延时加班费"))));
        AwardRecordView.Period restarted = award(id);
        assertThat(restarted.restartedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(restarted.dueDate()).as("45 days from 09-01").isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(queries.get(a.director, id).claims()).hasSize(2);
        assertThat(text(id, "仲裁期限重新计算通知书")).contains("重新计算").contains("2026年10月16日");

        assertThatThrownBy(() -> changes.changeClaims(a.director, id, new ClaimChangeRequest(null, "x", List.of())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problems(e)).containsExactly("claims：请至少填写一项仲裁请求"));
        assertThatThrownBy(() -> changes.changeClaims(a.outsider, id, new ClaimChangeRequest(null, "x", null)))
                .as("another office's case is not revealed")
                .isInstanceOf(NotFoundException.class);

        composeTribunal(id);
        awards.award(
                a.arbitrator1,
                id,
                new AwardRequest(
                        List.of(
                                new AwardRequest.Item(0, "AWARDED", "18600.00", "工资有工资条为证"),
                                new AwardRequest.Item(1, "REJECTED", null, "无加班证据")),
                        false));
        assertThatThrownBy(() -> changes.changeClaims(
                        a.arbitrator1,
                        id,
                        new ClaimChangeRequest(
                                null, "再变更", List.of(new RegisterApplicationRequest.Claim("WAGES", "1.00", "工资")))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已裁决");
    }

    @Test
    void aCounterClaimIsMergedWhileTheAnswerPeriodRunsAndRefusedAfterItNamingTheDayItClosed() {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        processes.runAsyncSteps(pid(id));
        at(LocalDate.of(2026, 8, 18));
        preparation.recordService(a.clerk, id, new ServiceRecordRequest("2026-08-18"));
        // 10 working days from Tuesday 08-18: 09-01

        at(LocalDate.of(2026, 8, 25));
        changes.mergeCounterClaim(
                a.director,
                id,
                new CounterClaimRequest(
                        null, null, List.of(new RegisterApplicationRequest.Claim("OTHER", "5000.00", "申请人返还借支款"))));
        assertThat(award(id).restartedOn()).isEqualTo(LocalDate.of(2026, 8, 25));
        assertThat(award(id).dueDate()).as("45 days from 08-25").isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(queries.get(a.director, id).claims())
                .extracting(ClaimView::origin)
                .containsExactly("APPLICATION", "COUNTER_CLAIM");

        at(LocalDate.of(2026, 9, 2));
        assertThatThrownBy(() -> changes.mergeCounterClaim(
                        a.director,
                        id,
                        new CounterClaimRequest(
                                null,
                                null,
                                List.of(new RegisterApplicationRequest.Claim("DAMAGES", "8000.00", "赔偿设备损失")))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("答辩期已于2026-09-01届满");
    }

    @Test
    void joinderAndTransferRestartTheAwardPeriodAndAPartyJoinsOnce() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        at(LocalDate.of(2026, 8, 24));
        JoinderRequest joinder = new JoinderRequest(
                null, "RESPONDENT", "示范市宏达建设集团有限公司", null, ArbitrationFixtures.creditCode(), null, "总承包单位应承担连带责任");
        changes.joinParty(a.director, id, joinder);
        assertThat(award(id).restartedOn()).isEqualTo(LocalDate.of(2026, 8, 24));
        assertThat(award(id).dueDate()).as("45 days from 08-24").isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(text(id, "仲裁期限重新计算通知书")).contains("示范市宏达建设集团有限公司");
        assertThatThrownBy(() -> changes.joinParty(a.director, id, joinder))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已是本案当事人");
        assertThatThrownBy(() -> changes.joinParty(
                        a.director, id, new JoinderRequest(null, "AGENT", null, null, null, null, "x")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problems(e))
                        .extracting(p -> p.substring(0, p.indexOf('：')))
                        .containsExactly("kind", "name"));

        at(LocalDate.of(2026, 9, 10));
        changes.transfer(a.director, id, new AwardPeriodRequest(null, null, "由东湖区仲裁委移送", null, null, null));
        assertThat(award(id).restartedOn()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(award(id).dueDate())
                .as("45 days from 09-10: 10-25, a Sunday")
                .isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(records.get(a.director, id).changes())
                .extracting(AwardRecordView.Change::kind)
                .containsExactly("JOINDER", "TRANSFER");
    }

    @Test
    void aWithdrawalEndsTheCaseWithADecisionAndEndsItsProcess() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        String pid =
                jdbc.queryForObject("select process_instance_id from arbitration_case where id = ?", String.class, id);
        at(LocalDate.of(2026, 8, 20));
        endings.withdraw(a.director, id, new AwardPeriodRequest(null, null, "双方已自行和解", null, null, null));

        AwardRecordView view = records.get(a.director, id);
        assertThat(view.status()).isEqualTo(ArbitrationStatus.WITHDRAWN);
        assertThat(view.awardPeriod().closedOn()).isEqualTo(LocalDate.of(2026, 8, 20));
        assertThat(text(id, "撤回仲裁申请决定书")).contains("准予撤回").contains("双方已自行和解");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pid)
                        .count())
                .isZero();
        assertThatThrownBy(() -> period.suspend(a.director, id, request("中止")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已撤回");
    }

    @Test
    void anAbsentApplicantIsTreatedAsHavingWithdrawn() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        endings.withdraw(a.director, id, new AwardPeriodRequest(null, "ABSENT_APPLICANT", "开庭时未到庭", null, null, null));
        assertThat(text(id, "撤回仲裁申请决定书")).contains("按撤回仲裁申请处理").contains("第三十六条");
    }

    @Test
    void aMediationDocumentTakesEffectWhenTheSecondPartySignsForIt() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17));
        composeTribunal(id);
        assertThatThrownBy(() -> endings.issueMediation(a.director, id, new MediationRequest("协议", null, null)))
                .as("the 调解书 is the tribunal's")
                .isInstanceOf(ForbiddenException.class);
        endings.issueMediation(a.arbitrator1, id, new MediationRequest("被申请人于2026年9月30日前支付工资18,600.00元", null, null));
        assertThat(text(id, "仲裁调解书")).contains("18,600.00").contains("签收后，发生法律效力");

        ArbitrationCaseView.Document mediation = queries.get(a.director, id).documents().stream()
                .filter(d -> d.typeName().equals("仲裁调解书"))
                .findFirst()
                .orElseThrow();
        assertThat(mediation.services())
                .extracting(ArbitrationCaseView.Service::role)
                .containsExactly("申请人", "被申请人", "申请人的委托代理人（申请人甲）");

        at(LocalDate.of(2026, 8, 19));
        assertThatThrownBy(() ->
                        endings.recordMediationReceipt(a.director, id, new MediationRequest(null, "APPLICANT", null)))
                .as("a 调解书 issued to its parties takes effect on their 送达回证, not on a typed date")
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("送达回证");
        assertThatThrownBy(() -> serviceRecords.record(
                        a.clerk,
                        id,
                        mediation.id(),
                        new cn.laborcase.documents.ServiceRecordRequest(
                                recipient(mediation, "申请人"),
                                cn.laborcase.documents.ServiceMethod.LEFT,
                                LocalDate.of(2026, 8, 19),
                                9,
                                "示范市东湖区人民路0号",
                                null,
                                null,
                                null,
                                null,
                                "社区主任张某",
                                null,
                                null,
                                "书记员刘洋",
                                null),
                        null))
                .as("a 调解书 must be signed for: no 留置送达")
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e -> assertThat(problems(e)).singleElement().asString().startsWith("method："));
        serviceRecords.record(a.clerk, id, mediation.id(), direct(recipient(mediation, "申请人"), 2026, 8, 19), null);
        assertThat(records.get(a.director, id).status()).isEqualTo(ArbitrationStatus.TRIBUNAL_COMPOSED);
        assertThatThrownBy(() -> serviceRecords.record(
                        a.clerk, id, mediation.id(), direct(recipient(mediation, "申请人"), 2026, 8, 19), null))
                .isInstanceOf(ConflictException.class);

        at(LocalDate.of(2026, 8, 20));
        serviceRecords.record(a.clerk, id, mediation.id(), direct(recipient(mediation, "被申请人"), 2026, 8, 20), null);
        AwardRecordView view = records.get(a.director, id);
        assertThat(view.status()).isEqualTo(ArbitrationStatus.MEDIATED);
        assertThat(view.mediation().applicantReceivedOn()).isEqualTo(LocalDate.of(2026, 8, 19));
        assertThat(view.mediation().effectiveOn()).isEqualTo(LocalDate.of(2026, 8, 20));
        assertThat(view.awardPeriod().closedOn()).isEqualTo(LocalDate.of(2026, 8, 20));
    }

    static long recipient(ArbitrationCaseView.Document d, String role) {
        return d.services().stream()
                .filter(s -> s.role().equals(role))
                .findFirst()
                .orElseThrow()
                .recipientId();
    }

    static cn.laborcase.documents.ServiceRecordRequest direct(long recipientId, int y, int m, int d) {
        return new cn.laborcase.documents.ServiceRecordRequest(
                recipientId,
                cn.laborcase.documents.ServiceMethod.DIRECT,
                LocalDate.of(y, m, d),
                9,
                null,
                "王经理",
                "本人",
                null,
                null,
                null,
                null,
                null,
                "书记员刘洋",
                null);
    }

    @Test
    void aMixedAwardYieldsAFinalAndANonFinalAwardAtTheBoundaryEachWithItsAppealText() throws Exception {
        long id = acceptOn(
                LocalDate.of(2026, 8, 17),
                ArbitrationFixtures.claim("WAGES", "29880.00", "支付工资"),
                ArbitrationFixtures.claim("SEVERANCE", "40000.00", "支付经济补偿"),
                ArbitrationFixtures.claim("WORKING_HOURS", "100000.00", "执行工时制度"));
        composeTribunal(id);
        at(LocalDate.of(2026, 9, 15));
        assertThatThrownBy(() -> awards.award(
                        a.arbitrator1,
                        id,
                        new AwardRequest(List.of(new AwardRequest.Item(0, "AWARDED", null, "")), false)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.field())
                        .contains("items[0].amount", "items[0].reasoning", "items"));

        awards.award(
                a.arbitrator2,
                id,
                new AwardRequest(
                        List.of(
                                new AwardRequest.Item(0, "AWARDED", "29880.00", "欠付工资属实"),
                                new AwardRequest.Item(1, "AWARDED", "29880.01", "违法解除"),
                                new AwardRequest.Item(2, "AWARDED", "100000.00", "工时标准争议")),
                        false));

        AwardRecordView view = records.get(a.director, id);
        assertThat(view.status()).isEqualTo(ArbitrationStatus.AWARDED);
        assertThat(view.awards()).extracting(AwardRecordView.Award::finality).containsExactly("FINAL", "NON_FINAL");
        assertThat(view.awards().get(0).items())
                .extracting(AwardRecordView.Item::position)
                .as("exactly 12 × 2,490 is final; a working-hours item whatever its amount")
                .containsExactly(0, 2);
        assertThat(view.awards().get(1).items())
                .extracting(AwardRecordView.Item::position)
                .as("one fen more is not")
                .containsExactly(1);
        assertThat(view.awardPeriod().closedOn()).isEqualTo(LocalDate.of(2026, 9, 15));

        String finalAward = text(id, "终局裁决书");
        assertThat(finalAward)
                .contains("仲裁裁决书（终局）")
                .contains("29,880.00元")
                .contains("100,000.00元")
                .doesNotContain("29,880.01")
                .contains("十五日内向人民法院提起诉讼")
                .contains("三十日内向仲裁委员会所在地的中级人民法院申请撤销裁决");
        String nonFinal = text(id, "非终局裁决书");
        assertThat(nonFinal)
                .contains("仲裁裁决书（非终局）")
                .contains("29,880.01元")
                .contains("第五十条")
                .doesNotContain("中级人民法院");
    }

    @Test
    void aDefaultAwardWithEveryItemWithinTheLimitIsOneFinalAward() throws Exception {
        long id = acceptOn(
                LocalDate.of(2026, 8, 17),
                ArbitrationFixtures.claim("WAGES", "18600.00", "支付工资"),
                ArbitrationFixtures.claim("DAMAGES", "50000.00", "支付赔偿金"));
        composeTribunal(id);
        awards.award(
                a.arbitrator1,
                id,
                new AwardRequest(
                        List.of(
                                new AwardRequest.Item(0, "AWARDED", "18600.00", "欠付工资属实"),
                                new AwardRequest.Item(1, "REJECTED", null, "不构成违法解除")),
                        true));
        AwardRecordView view = records.get(a.director, id);
        assertThat(view.awards()).hasSize(1);
        assertThat(view.awards().get(0).finality()).isEqualTo("FINAL");
        assertThat(view.awards().get(0).byDefault()).isTrue();
        assertThat(text(id, "终局裁决书")).contains("缺席裁决").contains("驳回该项请求");
        assertThatThrownBy(() -> awards.award(a.arbitrator1, id, new AwardRequest(List.of(), false)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAwardWithEveryItemAboveTheLimitIsOneNonFinalAward() throws Exception {
        long id = acceptOn(LocalDate.of(2026, 8, 17), ArbitrationFixtures.claim("SEVERANCE", "40000.00", "支付经济补偿"));
        composeTribunal(id);
        awards.award(
                a.arbitrator1,
                id,
                new AwardRequest(List.of(new AwardRequest.Item(0, "AWARDED", "40000.00", "违法解除")), false));
        assertThat(records.get(a.director, id).awards())
                .extracting(AwardRecordView.Award::finality)
                .containsExactly("NON_FINAL");
        assertThat(text(id, "非终局裁决书")).contains("40,000.00元");
    }

    // ---- helpers ----

    private static List<String> problems(Throwable e) {
        return ((InvalidInputException) e)
                .problems().stream().map(p -> p.field() + "：" + p.message()).toList();
    }

    private static AwardPeriodRequest request(String reason) {
        return new AwardPeriodRequest(null, null, reason, null, null, null);
    }

    private static AwardPeriodRequest extension(int days) {
        return new AwardPeriodRequest(null, null, "案情复杂，需鉴定", days, null, null);
    }

    private long acceptOn(LocalDate day, String... claims) {
        return scenarios.acceptOn(day, claims);
    }

    private String pid(long id) {
        return scenarios.pid(id);
    }

    private void composeTribunal(long id) {
        scenarios.composeTribunal(id);
    }

    private static void at(LocalDate day) {
        ArbitrationScenarios.at(day);
    }

    private AwardRecordView.Period award(long id) {
        return records.get(a.director, id).awardPeriod();
    }

    private String text(long id, String typeName) throws Exception {
        ArbitrationCaseView.Document d = queries.get(a.director, id).documents().stream()
                .filter(x -> x.typeName().equals(typeName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + typeName));
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(d.id()).content())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf).replaceAll("\\s+", "");
        }
    }
}
