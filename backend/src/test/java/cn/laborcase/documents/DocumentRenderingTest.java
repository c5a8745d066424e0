package cn.laborcase.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.documents.DocumentComposer.Letterhead;
import cn.laborcase.documents.render.DocumentFonts;
import cn.laborcase.documents.render.DocumentTemplates;
import cn.laborcase.documents.render.PdfRenderer;
import cn.laborcase.documents.render.RenderedPdf;
import cn.laborcase.intake.IntakeDocumentTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every document type rendered with its realistic sample data and read back with PDFBox: number, parties, dates,
 * legal basis and verification code must be in the text. The PDFs are left in target/document-samples/ (the PNGs in
 * docs/documents/ are made from them with pdftoppm, see docs/documents.md).
 */
class DocumentRenderingTest {

    static final Path SAMPLES = Path.of("target", "document-samples");
    static final String ISSUER = "示范市东湖区劳动保障监察大队";
    static final String CODE = "7K3M9QX2B4TW";

    static DocumentComposer composer;
    static DocumentTypes types;

    @BeforeAll
    static void setUp() throws IOException {
        ClassLoader loader = DocumentRenderingTest.class.getClassLoader();
        DocumentTemplates templates = new DocumentTemplates(loader);
        composer = new DocumentComposer(
                templates,
                new PdfRenderer(DocumentFonts.load(loader), templates),
                new DocumentSettings("https://laborcase.example.cn", 30));
        types = new DocumentTypes(List.of(new CommonDocumentTypes(), new IntakeDocumentTypes()), templates);
        Files.createDirectories(SAMPLES);
    }

    @Test
    void registrationFormShowsBothPartiesTheFactsAndTheLegalBasis() throws IOException {
        String text = issue(IntakeDocumentTypes.COMPLAINT_REGISTRATION, "东湖劳监登字〔2026〕7号");
        assertThat(text)
                .contains("举报投诉登记表", "东湖劳监登字〔2026〕7号", ISSUER)
                .contains("李秀英", "13805712346", "示范市东湖精工机械有限公司", "91330100MA2H3K7X5Q")
                .contains("2026年3月2日9时", "19500元", "劳动合同复印件1份", "王芳")
                .contains("《劳动保障监察条例》第九条")
                // 25号令 §17: 性别、年龄、职业、工作单位, the employer's 法定代表人 with 职务, every complainant
                .contains("37岁", "数控车床操作工", "王建国", "董事长", "王强", "330106199002153317")
                .contains("受理审查意见", "负责人意见")
                // 民事诉讼法 §90: how each complainant is served, with the address he confirmed
                .contains("送达方式", "同意电子送达", "lixiuying@example.cn", "未同意电子送达")
                // the confidentiality of reporters is 条例 §9 ¶3, not ¶2
                .contains("条例第九条第三款")
                .doesNotContain("第九条第二款")
                .contains("登记编号：东湖投诉〔2026〕4号", "https://laborcase.example.cn/public/status");
    }

    /** Issue 9 item 15: the 受理通知书 fits one page, and when it cannot, the signature takes text with it. */
    @Test
    void acceptanceNoticeKeepsItsSignatureWithTheText() throws IOException {
        byte[] pdf = render(
                IntakeDocumentTypes.ACCEPTANCE_NOTICE,
                sample(IntakeDocumentTypes.ACCEPTANCE_NOTICE),
                letterhead("东湖劳监受字〔2026〕12号"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        Map<String, String> longer = sample(IntakeDocumentTypes.ACCEPTANCE_NOTICE);
        longer.put("facts", (longer.get("facts") + "\n").repeat(4).strip());
        byte[] twoPages = render(IntakeDocumentTypes.ACCEPTANCE_NOTICE, longer, letterhead("东湖劳监受字〔2026〕13号"));
        try (PDDocument document = Loader.loadPDF(twoPages)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages());
            stripper.setEndPage(document.getNumberOfPages());
            String lastPage = stripper.getText(document).replaceAll("[\\r\\n]+", "");
            assertThat(lastPage).contains(ISSUER).contains("保持通讯畅通");
        }
    }

    /** Issue 9 item 3e: the sample accepts the complaint no later than the notice that says so is signed. */
    @Test
    void acceptanceSampleIsAcceptedNoLaterThanItIsSigned() {
        Map<String, String> data = sample(IntakeDocumentTypes.ACCEPTANCE_NOTICE);
        LocalDate signed = letterhead("东湖劳监受字〔2026〕12号").issuedOn();
        assertThat(LocalDate.parse(data.get("acceptedOn")))
                .isAfterOrEqualTo(LocalDate.parse(data.get("complaintDate")))
                .isBeforeOrEqualTo(signed);
    }

    @Test
    void acceptanceNoticeNamesTheComplaintAndTheInvestigationPeriod() throws IOException {
        String text = issue(IntakeDocumentTypes.ACCEPTANCE_NOTICE, "东湖劳监受字〔2026〕12号");
        assertThat(text)
                .contains("受理通知书", "东湖劳监受字〔2026〕12号", "李秀英：")
                .contains("你于2026年3月2日向本机关投诉示范市东湖精工机械有限公司拖欠2025年11月至2026年1月工资一案")
                .contains("《关于实施〈劳动保障监察条例〉若干规定》第十八条第一款", "第十七条", "六十个工作日")
                .contains("张伟、刘洋", "0571-87654321", "2026年3月5日")
                .contains("本机关于2026年3月5日受理并立案")
                .contains("投诉编号：东湖投诉〔2026〕4号", "https://laborcase.example.cn/public/status");
    }

    @Test
    void nonAcceptanceNoticeStatesTheAppealRights() throws IOException {
        String text = issue(IntakeDocumentTypes.NON_ACCEPTANCE_NOTICE, "东湖劳监不受字〔2026〕3号");
        assertThat(text)
                .contains("不予受理通知书", "东湖劳监不受字〔2026〕3号", "陈国强：", "示范市湖滨物流有限公司")
                .contains("2026年3月3日", "第二十条第一款", "已超过二年")
                .contains("六十日内向示范市东湖区人民政府申请行政复议")
                .contains("六个月内向示范市东湖区人民法院提起行政诉讼");
    }

    @Test
    void supplementNoticeListsTheMissingMaterialsAndTheDeadline() throws IOException {
        String text = issue(IntakeDocumentTypes.SUPPLEMENT_NOTICE, "东湖劳监补字〔2026〕5号");
        assertThat(text)
                .contains("补正通知书", "东湖劳监补字〔2026〕5号", "赵志明：", "东湖某装饰工程队")
                .contains("1.被投诉用人单位的准确名称", "3.拖欠工资的期间和金额的说明")
                .contains("10个工作日内", "第十八条第一款第（二）项", "2026年3月4日");
    }

    @Test
    void referralNoticeSendsALabourDisputeToArbitrationUnderArticle21() throws IOException {
        String text = issue(IntakeDocumentTypes.REFERRAL_NOTICE, "东湖劳监告字〔2026〕2号");
        assertThat(text)
                .contains("告知书", "东湖劳监告字〔2026〕2号", "孙丽萍：", "示范市西山商贸有限公司")
                .contains("第二十一条第二款", "向示范市劳动人事争议仲裁委员会申请调解或者仲裁")
                .contains("第二十七条", "2026年3月5日");
    }

    @Test
    void referralNoticeToAnotherDepartmentUsesItsOwnWording() throws IOException {
        Map<String, String> data = sample(IntakeDocumentTypes.REFERRAL_NOTICE);
        data.put("referralKind", IntakeDocumentTypes.REFER_OTHER_DEPARTMENT);
        data.put("competentBody", "示范市市场监督管理局");
        String text = text(render(IntakeDocumentTypes.REFERRAL_NOTICE, data, letterhead("东湖劳监告字〔2026〕4号")));
        assertThat(text).contains("不属于劳动保障监察职权范围", "向示范市市场监督管理局反映").doesNotContain("第二十一条第二款");
    }

    @Test
    void serviceReceiptRecordsWhoReceivedWhatHowAndWhen() throws IOException {
        String text = issue(CommonDocumentTypes.SERVICE_RECEIPT, "东湖送字〔2026〕9号");
        assertThat(text)
                .contains("送达回证", "东湖送字〔2026〕9号", "受理通知书（东湖劳监受字〔2026〕12号）")
                .contains("李秀英", "直接送达", "2026年3月6日10时", "本人", "张伟、刘洋")
                .contains("第八十九条", "第九十五条");
    }

    @Test
    void everyPageCarriesTheVerificationCodeAndPageOfPages() throws IOException {
        Map<String, String> data = sample(IntakeDocumentTypes.NON_ACCEPTANCE_NOTICE);
        data.put("reason", (data.get("reason") + "\n").repeat(6).strip());
        byte[] pdf = render(IntakeDocumentTypes.NON_ACCEPTANCE_NOTICE, data, letterhead("东湖劳监不受字〔2026〕8号"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertThat(text)
                        .contains("核验码 " + CODE)
                        .contains("https://laborcase.example.cn/verify/" + CODE)
                        .contains("第 " + page + " 页 / 共 " + pages + " 页");
            }
        }
    }

    @Test
    void draftPreviewHasNoNumberNoCodeAndAWatermark() throws IOException {
        DocumentType type = types.require(IntakeDocumentTypes.ACCEPTANCE_NOTICE);
        byte[] pdf = composer.render(
                        type,
                        DocumentData.clean(type, type.sample()),
                        new Letterhead(ISSUER, null, null, null, 1, null))
                .bytes();
        Files.write(SAMPLES.resolve("ACCEPTANCE_NOTICE-draft.pdf"), pdf);
        assertThat(text(pdf)).contains("（文号签发时生成）", "（签发日期）", "未编号、未签发，不具法律效力").doesNotContain("核验码");
        // the watermark lies across the text: read in content order, not by position
        assertThat(contentOrderText(pdf)).contains("草稿 预览");
    }

    @Test
    void aCorrectionSaysWhichDocumentItReplaces() throws IOException {
        DocumentType type = types.require(IntakeDocumentTypes.ACCEPTANCE_NOTICE);
        byte[] pdf = composer.render(
                        type,
                        DocumentData.clean(type, type.sample()),
                        new Letterhead(ISSUER, "东湖劳监受字〔2026〕13号", LocalDate.of(2026, 3, 6), CODE, 2, "东湖劳监受字〔2026〕12号"))
                .bytes();
        assertThat(text(pdf)).contains("第 2 版", "取代 东湖劳监受字〔2026〕12号文书");
    }

    @Test
    void chineseTextIsEmbeddedAsSubsetsOfTheNotoFonts() throws IOException {
        byte[] pdf = render(
                IntakeDocumentTypes.ACCEPTANCE_NOTICE,
                sample(IntakeDocumentTypes.ACCEPTANCE_NOTICE),
                letterhead("东湖劳监受字〔2026〕1号"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+Noto(Sans|Serif)SC-.*");
            }
        }
        // 人 and 金 must come back as themselves (PDFBox before 3.0.8 gave U+2F08 ⼈ and U+2FA6 ⾦)
        assertThat(text(pdf)).contains("人").doesNotContain("\u2F08");
        assertThat(pdf.length).isLessThan(60_000);
    }

    @Test
    void charactersBeyondGb2312ComeFromTheFullFont() throws IOException {
        Map<String, String> data = sample(IntakeDocumentTypes.ACCEPTANCE_NOTICE);
        // 喆 and 堃 are in GBK, not GB 2312; 𠮷 (U+20BB7) is in CJK Extension B
        data.put("complainantName", "王喆、李堃、𠮷野");
        String text = text(render(IntakeDocumentTypes.ACCEPTANCE_NOTICE, data, letterhead("东湖劳监受字〔2026〕2号")));
        assertThat(text).contains("王喆、李堃、").contains("示范市东湖精工机械有限公司");
    }

    @Test
    void aTemplateReferringToAnUndeclaredFieldFailsNamingTemplateAndLine() {
        DocumentType broken = new DocumentType(
                "BROKEN",
                "坏模板",
                "intake/acceptance-notice",
                "{seq}",
                List.of(DocumentField.required("complainantName", "投诉人", FieldKind.TEXT)),
                Map.of("complainantName", "张三"));
        assertThatThrownBy(() -> composer.render(broken, Map.of("complainantName", "张三"), letterhead("1")))
                .isInstanceOf(TemplateFailedException.class)
                .hasMessageContaining("templates/intake/acceptance-notice.xhtml 第")
                .hasMessageContaining("complaintDate");
    }

    private String issue(String code, String number) throws IOException {
        byte[] pdf = render(code, sample(code), letterhead(number));
        Files.write(SAMPLES.resolve(code + ".pdf"), pdf);
        String text = text(pdf);
        assertThat(text).contains("核验码 " + CODE);
        return text;
    }

    private static byte[] render(String code, Map<String, String> data, Letterhead letterhead) {
        DocumentType type = types.require(code);
        RenderedPdf pdf = composer.render(type, DocumentData.clean(type, data), letterhead);
        return pdf.bytes();
    }

    private static Letterhead letterhead(String number) {
        return new Letterhead(ISSUER, number, LocalDate.of(2026, 3, 5), CODE, 1, null);
    }

    private static Map<String, String> sample(String code) {
        return new LinkedHashMap<>(types.require(code).sample());
    }

    static String contentOrderText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\r\\n]+", "");
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // line breaks fall anywhere in Chinese text: compare without them
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[\\r\\n]+", "").replaceAll("[ \\t]+", " ");
        }
    }
}
