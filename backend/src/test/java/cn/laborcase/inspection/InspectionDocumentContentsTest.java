package cn.laborcase.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.DocumentSettings;
import cn.laborcase.documents.Recipient;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The content builder without a database: the snapshot's fields, the step's, the appeal bodies, the recipients. */
class InspectionDocumentContentsTest {

    static final DocumentSettings SETTINGS = new DocumentSettings(
            "https://laborcase.example.cn",
            30,
            Map.of("D1", new DocumentSettings.OfficeSettings("示范市东湖区人力资源和社会保障局", Map.of(), "示范市东湖区人民政府", "示范市铁路运输法院")));

    final InspectionDocumentContents contents =
            new InspectionDocumentContents(new InspectionDocumentTypes(), SETTINGS, code -> "示范市西山区");

    static InspectionCaseSnapshot snapshot(String officeCode, boolean consent) {
        return new InspectionCaseSnapshot(
                42,
                "东湖监察〔2026〕15号",
                officeCode,
                "G01",
                "投诉",
                LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 6, 2),
                new InspectionCaseSnapshot.Party(
                        "示范市东湖精工机械有限公司",
                        "91330100MA2H3K7X5Q",
                        "示范市东湖区高新园科技路66号",
                        "王建国",
                        "董事长",
                        "0571-86012345",
                        "hr@jinggong.example.cn",
                        consent),
                List.of(new InspectionCaseSnapshot.Party(
                        "李秀英", "330106198805124426", "春晖路18号", null, null, "13805712346", "li@example.cn", true)),
                List.of("张伟", "刘洋"),
                "该单位拖欠23名职工工资共计437000元。",
                Set.of("inspector1", "inspector2"));
    }

    @Test
    void fillsTheCommonFieldsFromTheSnapshotAndLetsTheStepsFieldsWin() {
        DocumentRequest request = contents.request(
                InspectionDocumentTypes.RECTIFICATION_ORDER,
                snapshot("D1", true),
                Map.of("rectifyBy", "2026-03-31", "facts", "步骤自己的案情"));
        assertThat(request.caseRef()).isEqualTo(CaseRef.of(CaseType.INSPECTION_CASE, 42));
        assertThat(request.officeCode()).isEqualTo("D1");
        assertThat(request.gridCode()).isEqualTo("G01");
        assertThat(request.participants()).containsExactlyInAnyOrder("inspector1", "inspector2");
        assertThat(request.data())
                .containsEntry("caseNumber", "东湖监察〔2026〕15号")
                .containsEntry("originLabel", "投诉")
                .containsEntry("filedOn", "2026-03-05")
                .containsEntry("dueDate", "2026-06-02")
                .containsEntry("employerName", "示范市东湖精工机械有限公司")
                .containsEntry("employerCreditCode", "91330100MA2H3K7X5Q")
                .containsEntry("employerAddress", "示范市东湖区高新园科技路66号")
                .containsEntry("employerRepresentative", "王建国")
                .containsEntry("employerRepresentativeTitle", "董事长")
                .containsEntry("inspectors", "张伟、刘洋")
                .containsEntry("facts", "步骤自己的案情")
                .containsEntry("rectifyBy", "2026-03-31")
                // the office's settings (行政案件集中管辖: the court is not always the local one)
                .containsEntry("reviewBody", "示范市东湖区人民政府")
                .containsEntry("court", "示范市铁路运输法院");
        // 条例 §9: no complainant, let alone a reporter, in the employer's documents
        assertThat(request.data().values()).noneMatch(v -> v.contains("李秀英") || v.contains("13805712346"));
    }

    @Test
    void anOfficeWithoutSettingsNamesTheGovernmentAndCourtOfItsRegion() {
        DocumentRequest request =
                contents.request(InspectionDocumentTypes.PENALTY_DECISION, snapshot("D2", false), Map.of());
        assertThat(request.data()).containsEntry("reviewBody", "示范市西山区人民政府").containsEntry("court", "示范市西山区人民法院");
    }

    @Test
    void theEmployerIsServedByEmailOnlyWithItsConsent() {
        assertThat(contents.request(InspectionDocumentTypes.PENALTY_DECISION, snapshot("D1", true), Map.of())
                        .recipients())
                .containsExactly(new Recipient(
                        "示范市东湖精工机械有限公司",
                        InspectionDocumentContents.EMPLOYER,
                        "示范市东湖区高新园科技路66号",
                        "hr@jinggong.example.cn",
                        true));
        assertThat(contents.request(InspectionDocumentTypes.INQUIRY_NOTICE, snapshot("D1", false), Map.of())
                        .recipients())
                .singleElement()
                .satisfies(r -> assertThat(r.emailConsent()).isFalse());
    }

    @Test
    void internalFormsAreServedOnNobodyAndTransfersOnTheReceivingBody() {
        for (String code : List.of(
                InspectionDocumentTypes.FILING_APPROVAL,
                InspectionDocumentTypes.INQUIRY_RECORD,
                InspectionDocumentTypes.SITE_RECORD,
                InspectionDocumentTypes.WITHDRAWAL_APPROVAL,
                InspectionDocumentTypes.EXTENSION_APPROVAL,
                InspectionDocumentTypes.CLOSING_APPROVAL)) {
            DocumentRequest request = contents.request(code, snapshot("D1", true), Map.of());
            assertThat(request.recipients()).as(code).isEmpty();
            assertThat(request.data()).as(code).doesNotContainKeys("reviewBody", "court");
        }
        assertThat(contents.request(
                                InspectionDocumentTypes.CRIMINAL_TRANSFER,
                                snapshot("D1", true),
                                Map.of("receivingBody", "示范市公安局东湖区分局"))
                        .recipients())
                .containsExactly(new Recipient("示范市公安局东湖区分局", InspectionDocumentContents.RECEIVING_BODY, null, null));
    }

    @Test
    void rejectsATypeThatIsNotTheInspectionCases() {
        assertThatThrownBy(() -> contents.request("ACCEPTANCE_NOTICE", snapshot("D1", true), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ACCEPTANCE_NOTICE");
    }

    /** 条例 §26: 加付赔偿金 of 50% to 100% of the amount owed. */
    @Test
    void refusesACompensationRateOutsideFiftyToAHundredPercent() {
        for (String rate : List.of("49", "101", "五十")) {
            assertThatThrownBy(() -> contents.request(
                            InspectionDocumentTypes.HANDLING_DECISION,
                            snapshot("D1", true),
                            Map.of("compensationRate", rate)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field)
                            .containsExactly("compensationRate"));
        }
        assertThat(contents.request(
                                InspectionDocumentTypes.HANDLING_DECISION,
                                snapshot("D1", true),
                                Map.of("compensationRate", "100"))
                        .data())
                .containsEntry("compensationRate", "100");
    }
}
