package cn.laborcase.documents;

import static cn.laborcase.inspection.InspectionDocumentTypes.CASE_TRANSFER;
import static cn.laborcase.inspection.InspectionDocumentTypes.CLOSING_APPROVAL;
import static cn.laborcase.inspection.InspectionDocumentTypes.CRIMINAL_TRANSFER;
import static cn.laborcase.inspection.InspectionDocumentTypes.EXTENSION_APPROVAL;
import static cn.laborcase.inspection.InspectionDocumentTypes.FILING_APPROVAL;
import static cn.laborcase.inspection.InspectionDocumentTypes.HANDLING_DECISION;
import static cn.laborcase.inspection.InspectionDocumentTypes.HEARING_NOTICE;
import static cn.laborcase.inspection.InspectionDocumentTypes.INQUIRY_NOTICE;
import static cn.laborcase.inspection.InspectionDocumentTypes.INQUIRY_RECORD;
import static cn.laborcase.inspection.InspectionDocumentTypes.PENALTY_DECISION;
import static cn.laborcase.inspection.InspectionDocumentTypes.PENALTY_PRIOR_NOTICE;
import static cn.laborcase.inspection.InspectionDocumentTypes.QUESTIONNAIRE;
import static cn.laborcase.inspection.InspectionDocumentTypes.RECTIFICATION_ORDER;
import static cn.laborcase.inspection.InspectionDocumentTypes.SITE_RECORD;
import static cn.laborcase.inspection.InspectionDocumentTypes.WITHDRAWAL_APPROVAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.documents.DocumentComposer.Letterhead;
import cn.laborcase.documents.render.DocumentFonts;
import cn.laborcase.documents.render.DocumentTemplates;
import cn.laborcase.documents.render.PdfRenderer;
import cn.laborcase.inspection.InspectionDocumentTypes;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of the inspection case rendered with its realistic sample data and read back with PDFBox: the 文号,
 * the parties, the legal sentences each must carry (appeal rights of the decisions, the 事先告知's rights and periods,
 * the transfer rules). The PDFs are left in target/document-samples/ (docs/screenshots/inspection-*.png are made from
 * them, see docs/inspection.md).
 */
class InspectionDocumentRenderingTest {

    static final String AUTHORITY = "示范市东湖区人力资源和社会保障局";
    static final String ACTING = "示范市东湖区劳动保障监察大队";
    static final String CODE = "7K3M9QX2B4TW";
    static final String REVIEW = "六十日内向示范市东湖区人民政府申请行政复议";
    static final String SUIT = "六个月内向示范市东湖区人民法院提起行政诉讼";

    static DocumentComposer composer;
    static DocumentTypes types;

    @BeforeAll
    static void setUp() throws IOException {
        ClassLoader loader = InspectionDocumentRenderingTest.class.getClassLoader();
        DocumentTemplates templates = new DocumentTemplates(loader);
        composer = new DocumentComposer(
                templates,
                new PdfRenderer(DocumentFonts.load(loader), templates),
                new DocumentSettings("https://laborcase.example.cn", 30));
        // the registry checks every type at start-up: template present, valid pattern, sample passing its own rules
        types = new DocumentTypes(List.of(new CommonDocumentTypes(), new InspectionDocumentTypes()), templates);
        Files.createDirectories(DocumentRenderingTest.SAMPLES);
    }

    @Test
    void everyCodeIsRegisteredWithItsNumberPatternAndIssuers() {
        List<DocumentType> all = new InspectionDocumentTypes().documentTypes();
        assertThat(all).hasSize(15);
        assertThat(all).allSatisfy(t -> {
            assertThat(t.template()).startsWith("inspection/");
            assertThat(t.defaultNumberPattern()).startsWith("{office}劳监").endsWith("〔{year}〕{seq}号");
            assertThat(t.issuerRoles()).isNotEmpty();
            assertThat(t.field("caseNumber")).isPresent();
            assertThat(t.field("employerName")).isPresent();
        });
        assertThat(all.stream().map(DocumentType::defaultNumberPattern).distinct())
                .hasSize(15);
        assertThat(types.require(RECTIFICATION_ORDER).defaultNumberPattern()).isEqualTo("{office}劳监改字〔{year}〕{seq}号");
        assertThat(types.require(HANDLING_DECISION).defaultNumberPattern()).isEqualTo("{office}劳监处字〔{year}〕{seq}号");
        assertThat(types.require(PENALTY_DECISION).defaultNumberPattern()).isEqualTo("{office}劳监罚字〔{year}〕{seq}号");
        assertThat(types.require(INQUIRY_NOTICE).defaultNumberPattern()).isEqualTo("{office}劳监询字〔{year}〕{seq}号");
    }

    static List<Arguments> everyType() {
        return new InspectionDocumentTypes()
                .documentTypes().stream()
                        .map(t -> Arguments.of(t.code(), t.name()))
                        .toList();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyType")
    void everyTypeRendersItsSampleWithNumberCaseAndEmployer(String code, String name) throws IOException {
        String text = issue(code, "东湖劳监测字〔2026〕7号");
        assertThat(text)
                .contains("东湖劳监测字〔2026〕7号")
                .contains("东湖监察〔2026〕15号", "示范市东湖精工机械有限公司")
                .doesNotContain("null");
    }

    @Test
    void rectificationOrderStatesTheDeadlineTheArticlesAndTheAppealRights() throws IOException {
        String text = issue(RECTIFICATION_ORDER, "东湖劳监改字〔2026〕3号");
        assertThat(text)
                .contains("劳动保障监察", "限期整改指令书", "东湖劳监改字〔2026〕3号", "示范市东湖精工机械有限公司：")
                .contains("2026年3月31日前改正", "1.向23名职工足额支付", "3.将整改情况")
                .contains("第十一条第（二）项", "第十八条第一款第（二）项", "第二十三条至第二十六条", "第三十条")
                .contains(REVIEW, SUIT, "《中华人民共和国行政复议法》第二十条", "《中华人民共和国行政诉讼法》第四十六条")
                .contains(AUTHORITY, "2026年3月5日");
    }

    @Test
    void handlingDecisionOrdersPaymentAndAddsCompensationAfterNonPayment() throws IOException {
        String text = issue(HANDLING_DECISION, "东湖劳监处字〔2026〕4号");
        assertThat(text)
                .contains("行政处理决定书", "东湖劳监处字〔2026〕4号", "当事人：示范市东湖精工机械有限公司")
                .contains("2026年4月15日前履行", "437000元", "加付赔偿金218500元")
                .contains("按应付金额的50%向劳动者加付赔偿金", "第二十六条", "第三十条第一款第（三）项")
                .contains(REVIEW, SUIT);

        Map<String, String> first = sample(HANDLING_DECISION);
        first.remove("compensationRate");
        first.remove("compensationAmount");
        String before = text(render(HANDLING_DECISION, first, "东湖劳监处字〔2026〕5号"));
        assertThat(before)
                .contains("逾期不支付的，本机关将依照《劳动保障监察条例》第二十六条的规定")
                .contains("百分之五十以上一倍以下")
                .doesNotContain("加付赔偿金218500元");
    }

    @Test
    void priorNoticeStatesTheRightToBeHeardAndTheFiveWorkingDaysForAHearing() throws IOException {
        String text = issue(PENALTY_PRIOR_NOTICE, "东湖劳监罚告字〔2026〕2号");
        assertThat(text)
                .contains("行政处罚事先告知书", "东湖劳监罚告字〔2026〕2号", "示范市东湖精工机械有限公司：")
                .contains("拟对你单位作出如下行政处罚", "处以罚款15500元")
                .contains("陈述、申辩", "2026年4月3日前", "第四十四条", "第四十五条", "不因你单位陈述、申辩而给予更重的处罚")
                .contains("有权要求举行听证", "五个工作日内", "第六十三条", "第六十四条", "第八十五条");

        Map<String, String> noHearing = sample(PENALTY_PRIOR_NOTICE);
        noHearing.put("hearingRight", InspectionDocumentTypes.NO);
        assertThat(text(render(PENALTY_PRIOR_NOTICE, noHearing, "东湖劳监罚告字〔2026〕3号")))
                .contains("陈述、申辩")
                .doesNotContain("听证");
    }

    @Test
    void penaltyDecisionCarriesWhatArticle59Requires() throws IOException {
        String text = issue(PENALTY_DECISION, "东湖劳监罚字〔2026〕2号");
        assertThat(text)
                // (一) name and address of the party
                .contains("行政处罚决定书", "东湖劳监罚字〔2026〕2号", "当事人：示范市东湖精工机械有限公司")
                .contains("住所：示范市东湖区高新园科技路66号")
                // (二) facts and evidence
                .contains("违法事实和证据", "每月72小时", "现场检查笔录")
                // the 事先告知, 陈述申辩 and hearing
                .contains("东湖劳监罚告字〔2026〕2号", "本机关不予采纳", "非本案调查人员孙明主持")
                // (三) kind and basis
                .contains("第四十一条", "第二十五条", "给予警告", "处以罚款15500元")
                // (四) how and by when
                .contains("十五日内", "2026年5月8日前", "示范市农业银行东湖支行", "缴纳罚款15500元", "百分之三加处罚款")
                // (五) remedies with periods
                .contains(REVIEW, SUIT, "行政处罚不停止执行")
                // (六) the authority and the date
                .contains(AUTHORITY, "2026年3月5日");
        // the seal circle lies across the acting line: read it in content order
        assertThat(DocumentRenderingTest.contentOrderText(
                        render(PENALTY_DECISION, sample(PENALTY_DECISION), "东湖劳监罚字〔2026〕3号")))
                .contains(ACTING, "受委托办理");
    }

    @Test
    void inquiryNoticeAndQuestionnaireCiteTheInvestigationPowersAndArticle30() throws IOException {
        assertThat(issue(INQUIRY_NOTICE, "东湖劳监询字〔2026〕5号"))
                .contains("询问通知书", "2026年3月17日9时", "203室", "1.营业执照副本", "4.委托他人")
                .contains("第十五条", "第三十条", "张伟", "0571-87654321");
        assertThat(issue(QUESTIONNAIRE, "东湖劳监调字〔2026〕2号")).contains("调查询问书", "第十五条第（三）项", "2026年3月20日前", "3.你单位拟于何时");
    }

    @Test
    void recordsNameTheInspectorsThePersonAskedAndLeaveRoomToSign() throws IOException {
        assertThat(issue(INQUIRY_RECORD, "东湖劳监询笔字〔2026〕1号"))
                .contains("询问笔录", "王建华", "行政经理", "张伟、刘洋", "申请回避", "答：没有", "被询问人（签名）");
        assertThat(issue(SITE_RECORD, "东湖劳监检笔字〔2026〕1号"))
                .contains("现场检查笔录", "2026年3月10日14时", "在场人员", "陈红", "工资表载明应发工资合计437000元");
    }

    @Test
    void hearingNoticeNamesTimePlaceAndAnOfficerWhoDidNotInvestigate() throws IOException {
        assertThat(issue(HEARING_NOTICE, "东湖劳监听字〔2026〕1号"))
                .contains("听证通知书", "2026年4月16日14时", "听证室", "孙明", "非本案调查人员主持", "申请回避")
                .contains("一至二人代理", "第六十四条", "东湖劳监罚告字〔2026〕2号");
    }

    @Test
    void transfersNameTheReceivingBodyAndTheRules() throws IOException {
        assertThat(issue(CASE_TRANSFER, "东湖劳监移字〔2026〕1号")).contains("案件移送书", "示范市东湖区市场监督管理局：", "第十八条第二款");
        assertThat(issue(CRIMINAL_TRANSFER, "东湖劳监刑移字〔2026〕1号"))
                .contains("涉嫌犯罪案件移送书", "示范市公安局东湖区分局：", "拒不支付劳动报酬罪")
                .contains("第二百七十六条之一", "国务院令第310号", "第五条", "第八条", "3日内")
                .contains("23名劳动者", "437000元", "2026年5月8日批准");
    }

    @Test
    void approvalFormsCarryTheCaseAndTheLeadersBox() throws IOException {
        assertThat(issue(FILING_APPROVAL, "东湖劳监立审字〔2026〕1号"))
                .contains("立案审批表", "日常巡视检查", "审批意见", "赵建国", "第十七条", "批准之日为立案之日");
        assertThat(issue(EXTENSION_APPROVAL, "东湖劳监延审字〔2026〕1号"))
                .contains("延期审批表", "2026年6月2日", "2026年7月15日", "三十个工作日", "李卫东");
        assertThat(issue(WITHDRAWAL_APPROVAL, "东湖劳监撤审字〔2026〕1号")).contains("撤销立案审批表", "第十八条第一款第（三）项");
        assertThat(issue(CLOSING_APPROVAL, "东湖劳监结审字〔2026〕1号")).contains("结案审批表", "处理结果", "结案意见", "同意结案");
    }

    @Test
    void noDocumentNamesAComplainant() {
        // 条例 §9: the types carry no complainant or reporter field at all
        new InspectionDocumentTypes().documentTypes().forEach(t -> assertThat(t.fields())
                .extracting(DocumentField::name)
                .noneMatch(n -> n.toLowerCase().contains("complainant")
                        || n.toLowerCase().contains("reporter")));
    }

    @Test
    void requiredFieldsAreRequiredAndNamedInChinese() {
        Map<String, String> data = sample(PENALTY_PRIOR_NOTICE);
        data.remove("statementBy");
        data.remove("hearingRight");
        data.remove("employerAddress");
        assertThatThrownBy(() -> DocumentData.clean(types.require(PENALTY_PRIOR_NOTICE), data))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple("statementBy", "请填写陈述申辩期限"),
                                org.assertj.core.groups.Tuple.tuple("hearingRight", "请填写是否告知听证权利"),
                                org.assertj.core.groups.Tuple.tuple("employerAddress", "请填写住所")));

        Map<String, String> order = sample(RECTIFICATION_ORDER);
        order.remove("rectifyBy");
        order.remove("reviewBody");
        assertThatThrownBy(() -> DocumentData.clean(types.require(RECTIFICATION_ORDER), order))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("rectifyBy", "reviewBody"));
    }

    /** The two pages docs/screenshots show, rendered as PNG next to the PDFs (target/document-samples/). */
    @Test
    void rendersTheRectificationOrderAndThePenaltyDecisionAsPictures() throws IOException {
        for (String code : List.of(RECTIFICATION_ORDER, PENALTY_DECISION)) {
            byte[] pdf =
                    render(code, sample(code), code.equals(RECTIFICATION_ORDER) ? "东湖劳监改字〔2026〕3号" : "东湖劳监罚字〔2026〕2号");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                org.apache.pdfbox.rendering.PDFRenderer renderer =
                        new org.apache.pdfbox.rendering.PDFRenderer(document);
                for (int page = 0; page < document.getNumberOfPages(); page++) {
                    javax.imageio.ImageIO.write(
                            renderer.renderImageWithDPI(page, 80),
                            "png",
                            DocumentRenderingTest.SAMPLES
                                    .resolve(code + "-" + (page + 1) + ".png")
                                    .toFile());
                }
                assertThat(document.getNumberOfPages()).isBetween(1, 3);
            }
        }
    }

    private static String issue(String code, String number) throws IOException {
        byte[] pdf = render(code, sample(code), number);
        Files.write(DocumentRenderingTest.SAMPLES.resolve(code + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            javax.imageio.ImageIO.write(
                    new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80),
                    "png",
                    DocumentRenderingTest.SAMPLES.resolve(code + ".png").toFile());
        }
        String text = text(pdf);
        assertThat(text).contains("核验码 " + CODE);
        return text;
    }

    private static byte[] render(String code, Map<String, String> data, String number) {
        DocumentType type = types.require(code);
        return composer.render(type, DocumentData.clean(type, data), letterhead(number))
                .bytes();
    }

    /** As D1 issues them: in the name of the bureau, the 监察大队 acting for it (条例 §4, application.yml). */
    private static Letterhead letterhead(String number) {
        return new Letterhead(AUTHORITY, number, LocalDate.of(2026, 3, 5), CODE, 1, null, ACTING);
    }

    private static Map<String, String> sample(String code) {
        return new LinkedHashMap<>(types.require(code).sample());
    }

    private static String text(byte[] pdf) throws IOException {
        return DocumentRenderingTest.text(pdf);
    }
}
