package cn.laborcase.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.ServiceQueue;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case's documents through the documents module on real PostgreSQL, as the case's process issues them: the
 * builder's request drafted, numbered, rendered and served — the employer by e-mail with its consent, internal forms on
 * nobody — and the PDF read back.
 */
@IntegrationTest
class InspectionDocumentsIT {

    @Autowired
    InspectionDocumentContents contents;

    @Autowired
    Documents documents;

    @Test
    void aRectificationOrderIsNumberedRenderedInTheBureausNameAndMailedToAConsentingEmployer() throws IOException {
        InspectionCaseSnapshot c = snapshot(true);
        int year = TestClock.get().today().getYear();
        int next = documents.nextSequence("D1", InspectionDocumentTypes.RECTIFICATION_ORDER, year);

        ServiceQueue served = documents.issueAndServe(
                contents.request(InspectionDocumentTypes.RECTIFICATION_ORDER, c, rectification()), "inspector1");

        assertThat(served.document().number()).isEqualTo("东湖劳监改字〔" + year + "〕" + next + "号");
        assertThat(served.document().caseRef().key()).isEqualTo("INSPECTION_CASE:" + c.caseId());
        assertThat(served.byEmail()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("示范市东湖精工机械有限公司");
            assertThat(r.email()).isEqualTo("hr@jinggong.example.cn");
        });
        assertThat(served.toPrint()).isEmpty();
        String text = text(documents.pdf(served.document().id()).content());
        assertThat(text)
                .contains(served.document().number(), "限期整改指令书", "示范市东湖精工机械有限公司：")
                .contains("2026年3月31日前改正", "1.足额支付拖欠的工资")
                // application.yml, office D1: the bureau's name, its people's government and court
                .contains("示范市东湖区人力资源和社会保障局")
                .contains("六十日内向示范市东湖区人民政府申请行政复议", "六个月内向示范市东湖区人民法院提起行政诉讼")
                // 条例 §9: the complainant is never named in what the employer receives
                .doesNotContain("李秀英");
    }

    @Test
    void anEmployerWithoutConsentIsServedOnPaper() {
        ServiceQueue served = documents.issueAndServe(
                contents.request(
                        InspectionDocumentTypes.INQUIRY_NOTICE,
                        snapshot(false),
                        Map.of(
                                "inquiryAt", "2026-03-17T09:30",
                                "inquiryPlace", "示范市东湖区人民路1号203室",
                                "materials", "营业执照副本复印件\n工资支付记录",
                                "contactPerson", "张伟",
                                "contactPhone", "0571-87654321")),
                "inspector1");
        assertThat(served.byEmail()).isEmpty();
        assertThat(served.toPrint()).singleElement().satisfies(r -> assertThat(r.name())
                .isEqualTo("示范市东湖精工机械有限公司"));
    }

    @Test
    void anInternalApprovalFormIsIssuedToNobody() throws IOException {
        ServiceQueue served = documents.issueAndServe(
                contents.request(
                        InspectionDocumentTypes.CLOSING_APPROVAL,
                        snapshot(true),
                        Map.of("outcomeSummary", "该单位已足额支付拖欠的工资，经复查属实。", "closingOpinion", "建议结案。")),
                "inspector1");
        assertThat(served.byEmail()).isEmpty();
        assertThat(served.toPrint()).isEmpty();
        assertThat(served.document().recipients()).isEmpty();
        assertThat(text(documents.pdf(served.document().id()).content())).contains("结案审批表", "东湖监察〔2026〕", "经复查属实");
    }

    @Test
    void aStepThatLeavesOutARequiredFieldGetsEveryMissingOneNamedInChinese() {
        DocumentRequest request = contents.request(
                InspectionDocumentTypes.RECTIFICATION_ORDER,
                snapshot(true),
                Map.of("violations", "拖欠工资", "legalBasis", "《劳动保障监察条例》第二十六条"));
        assertThatThrownBy(() -> documents.issueAndServe(request, "inspector1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("rectifications", "请填写整改要求"),
                                org.assertj.core.groups.Tuple.tuple("rectifyBy", "请填写整改期限")));
    }

    static Map<String, String> rectification() {
        return Map.of(
                "violations", "经查，你单位自2025年11月起未支付生产车间23名职工的工资，共计437000元。",
                "legalBasis", "《劳动保障监察条例》第十一条第（六）项、第二十六条第（一）项",
                "rectifications", "足额支付拖欠的工资437000元\n将支付凭证书面报送本机关",
                "rectifyBy", "2026-03-31");
    }

    static InspectionCaseSnapshot snapshot(boolean consent) {
        InspectionCaseSnapshot s = InspectionDocumentContentsTest.snapshot("D1", consent);
        long id = 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        return new InspectionCaseSnapshot(
                id,
                s.caseNumber(),
                s.officeCode(),
                s.gridCode(),
                s.originLabel(),
                s.filedOn(),
                s.dueDate(),
                s.employer(),
                s.complainants(),
                s.inspectors(),
                s.facts(),
                s.participants());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[\\r\\n]+", "").replaceAll("[ \\t]+", " ");
        }
    }
}
