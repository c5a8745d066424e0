package cn.laborcase.documents;

import static cn.laborcase.documents.DocumentFixtures.acceptance;
import static cn.laborcase.documents.DocumentFixtures.thisYear;
import static cn.laborcase.documents.DocumentFixtures.uniqueCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.intake.IntakeDocumentTypes;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The document lifecycle on real PostgreSQL: draft, issue (number, code, PDF, fingerprint), freeze, correction. */
@IntegrationTest
class DocumentsIT {

    @Autowired
    Documents documents;

    @Autowired
    Verification verification;

    @Autowired
    DocumentEventsProbe events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void issuingNumbersRendersStoresAndFreezesTheDocument() throws IOException {
        CaseRef caseId = uniqueCase();
        DocumentView draft = documents.draft(acceptance("D1", caseId), "clerk1");
        assertThat(draft.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(draft.number()).isNull();
        assertThat(draft.verificationCode()).isNull();
        assertThat(draft.participants()).contains("clerk1");
        int next = documents.nextSequence("D1", IntakeDocumentTypes.ACCEPTANCE_NOTICE, thisYear());

        DocumentView issued = documents.issue(draft.id(), "clerk1");

        assertThat(issued.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(issued.number()).isEqualTo("东湖劳监受字〔" + thisYear() + "〕" + next + "号");
        assertThat(issued.verificationCode()).matches("[0-9A-HJKMNP-TV-Z]{12}");
        assertThat(issued.templateName()).isEqualTo("intake/acceptance-notice");
        assertThat(issued.templateVersion()).hasSize(64);
        assertThat(issued.issuedBy()).isEqualTo("clerk1");
        PdfFile pdf = documents.pdf(issued.id());
        assertThat(pdf.sha256()).isEqualTo(issued.pdfSha256()).isEqualTo(Documents.sha256(pdf.content()));
        assertThat(pdf.fileName()).isEqualTo("受理通知书-" + issued.number() + ".pdf");
        assertThat(issued.pdfSize()).isEqualTo(pdf.content().length);
        String text = text(pdf.content());
        assertThat(text)
                .contains(issued.number(), "李秀英", "示范市东湖精工机械有限公司", "示范市东湖区劳动保障监察大队")
                .contains("核验码 " + issued.verificationCode(), "/verify/" + issued.verificationCode())
                // 条例 §4: issued in the name of the department that entrusted the 监察大队 (application.yml, D1)
                .contains("示范市东湖区人力资源和社会保障局", "示范市东湖区劳动保障监察大队受委托办理");
        assertThat(events.issued)
                .anyMatch(e -> e.documentId() == issued.id() && e.number().equals(issued.number()));
        assertThat(documents.nextSequence("D1", IntakeDocumentTypes.ACCEPTANCE_NOTICE, thisYear()))
                .isEqualTo(next + 1);
        assertThat(audit(issued.id())).contains("DOCUMENT_DRAFTED", "DOCUMENT_ISSUED");

        assertThatThrownBy(() -> documents.issue(issued.id(), "clerk1"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已签发");
        assertThatThrownBy(() -> documents.updateDraft(issued.id(), issued.version(), Map.of(), "clerk1"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("不能再修改");
        assertThat(documents.pdf(issued.id()).content()).isEqualTo(pdf.content());
    }

    @Test
    void aDraftWithMissingFieldsIsRefusedNamingEachField() {
        Map<String, String> data =
                new LinkedHashMap<>(acceptance("D1", uniqueCase()).data());
        data.remove("complainantName");
        data.remove("handlerPhone");
        data.put("complaintDate", "2026-13-45");
        long before = count("document");

        assertThatThrownBy(() ->
                        documents.draft(DocumentFixtures.withData(acceptance("D1", uniqueCase()), data), "clerk1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("complainantName", "请填写投诉人"),
                                org.assertj.core.groups.Tuple.tuple("handlerPhone", "请填写联系电话"),
                                org.assertj.core.groups.Tuple.tuple("complaintDate", "投诉日期应为日期，格式如 2026-03-02")));
        assertThat(count("document")).isEqualTo(before);
    }

    @Test
    void issuingADraftWhoseDataLacksARequiredFieldIsRefusedBeforeANumberIsTaken() {
        DocumentView draft = documents.draft(acceptance("D1", uniqueCase()), "clerk1");
        // e.g. the type gained a required field after the draft was saved
        jdbc.update(
                "update document set input_data = ? where id = ?",
                "{\"complainantName\":\"李秀英\",\"complaintDate\":\"2026-03-02\"}",
                draft.id());
        int next = documents.nextSequence("D1", IntakeDocumentTypes.ACCEPTANCE_NOTICE, thisYear());

        assertThatThrownBy(() -> documents.issue(draft.id(), "clerk1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("respondentName", "matter", "handler", "handlerPhone"));
        assertThat(documents.nextSequence("D1", IntakeDocumentTypes.ACCEPTANCE_NOTICE, thisYear()))
                .isEqualTo(next);
        assertThat(documents.get(draft.id()).status()).isEqualTo(DocumentStatus.DRAFT);
    }

    @Test
    void aTemplateErrorNamesTemplateAndLineAndChangesNothing() {
        String office = DocumentFixtures.newOffice(jdbc);
        DocumentView draft = documents.draft(
                new DocumentRequest(
                        BrokenTemplateTypes.BROKEN, uniqueCase(), office, null, null, Map.of("title", "测试"), List.of()),
                "clerk1");

        assertThatThrownBy(() -> documents.issue(draft.id(), "clerk1"))
                .isInstanceOf(TemplateFailedException.class)
                .hasMessageContaining("templates/test/broken.xhtml 第9行")
                .hasMessageContaining("undeclaredField")
                .hasMessageContaining("案件和文书均未作改动");

        assertThat(documents.get(draft.id()).status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(documents.nextSequence(office, BrokenTemplateTypes.BROKEN, thisYear()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from document_sequence where office_code = ?", Integer.class, office))
                .isZero();
        assertThat(audit(draft.id())).containsExactly("DOCUMENT_DRAFTED");
        assertThatThrownBy(() -> documents.preview(draft.id()))
                .isInstanceOf(TemplateFailedException.class)
                .hasMessageContaining("第9行");
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        String office = DocumentFixtures.newOffice(jdbc);
        DocumentView first = documents.draft(acceptance(office, uniqueCase()), "clerk1");
        DocumentView second = documents.draft(acceptance(office, uniqueCase()), "clerk1");
        TransactionTemplate tx = new TransactionTemplate(transactions);

        String rolledBack = tx.execute(status -> {
            String number = documents.issue(first.id(), "clerk1").number();
            status.setRollbackOnly();
            return number;
        });
        DocumentView issued = documents.issue(second.id(), "clerk1");

        assertThat(rolledBack).endsWith("〕1号");
        assertThat(issued.number()).isEqualTo(rolledBack);
        assertThat(documents.get(first.id()).status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(documents.nextSequence(office, IntakeDocumentTypes.ACCEPTANCE_NOTICE, thisYear()))
                .isEqualTo(2);
    }

    @Test
    void aCorrectionIsANewRevisionThatSupersedesTheOldOneWhenIssued() throws IOException {
        DocumentView original = documents.issue(
                documents.draft(acceptance("D1", uniqueCase()), "clerk1").id(), "clerk1");
        Map<String, String> corrected = new LinkedHashMap<>(original.data());
        corrected.put("handlerPhone", "0571-87650000");

        DocumentView correction = documents.correct(original.id(), corrected, "clerk1");

        assertThat(correction.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(correction.revision()).isEqualTo(2);
        assertThat(correction.supersedesId()).isEqualTo(original.id());
        assertThat(correction.recipients()).extracting(RecipientView::name).containsExactly("李秀英");
        assertThat(documents.get(original.id()).status()).isEqualTo(DocumentStatus.ISSUED);
        assertThatThrownBy(() -> documents.correct(original.id(), corrected, "clerk1"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已有更正版本");

        DocumentView reissued = documents.issue(correction.id(), "clerk1");

        DocumentView old = documents.get(original.id());
        assertThat(old.status()).isEqualTo(DocumentStatus.SUPERSEDED);
        assertThat(old.correctionNumber()).isEqualTo(reissued.number());
        assertThat(reissued.number()).isNotEqualTo(original.number());
        assertThat(text(documents.pdf(reissued.id()).content()))
                .contains("0571-87650000", "第 2 版", "取代 " + original.number());
        // the old one is still there, unchanged, and verifiable as superseded
        assertThat(documents.pdf(original.id()).sha256()).isEqualTo(original.pdfSha256());
        VerificationView check = verification.verify(original.verificationCode());
        assertThat(check.status()).isEqualTo(DocumentStatus.SUPERSEDED);
        assertThat(check.supersededBy()).isEqualTo(reissued.number());
        assertThat(audit(original.id())).contains("DOCUMENT_SUPERSEDED");
        assertThat(audit(correction.id())).contains("DOCUMENT_CORRECTION_DRAFTED", "DOCUMENT_ISSUED");
        assertThat(documents.listForCase(original.caseRef()))
                .extracting(DocumentView::id)
                .containsExactly(original.id(), correction.id());
    }

    @Test
    void aDraftPreviewHasNoNumberAndStoresNothing() throws IOException {
        DocumentView draft = documents.draft(acceptance("D1", uniqueCase()), "clerk1");

        PdfFile preview = documents.preview(draft.id());

        assertThat(text(preview.content())).contains("（文号签发时生成）").doesNotContain("核验码");
        assertThat(DocumentRenderingTest.contentOrderText(preview.content())).contains("草稿 预览");
        assertThat(documents.get(draft.id()).pdfSha256()).isNull();
        assertThatThrownBy(() -> documents.pdf(draft.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("尚未签发");
    }

    @Test
    void aDraftCanBeDiscardedButAnIssuedDocumentCannot() {
        DocumentView draft = documents.draft(acceptance("D1", uniqueCase()), "clerk1");
        documents.discard(draft.id(), draft.version(), "clerk1");
        assertThat(jdbc.queryForObject("select count(*) from document where id = ?", Integer.class, draft.id()))
                .isZero();

        DocumentView issued = documents.issue(
                documents.draft(acceptance("D1", uniqueCase()), "clerk1").id(), "clerk1");
        assertThatThrownBy(() -> documents.discard(issued.id(), issued.version(), "clerk1"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theNumberPatternOfTheOfficeIsUsed() {
        String office = DocumentFixtures.newOffice(jdbc);
        String shortName = jdbc.queryForObject("select short_name from office where code = ?", String.class, office);
        jdbc.update(
                "insert into document_number_pattern (office_code, type_code, pattern, updated_at, updated_by)"
                        + " values (?, ?, ?, ?, 'admin')",
                office,
                IntakeDocumentTypes.ACCEPTANCE_NOTICE,
                "{office}劳监立字〔{year}〕第{seq}号",
                java.sql.Timestamp.from(TestClock.get().instant()));

        DocumentView issued = documents.issue(
                documents.draft(acceptance(office, uniqueCase()), "clerk1").id(), "clerk1");

        assertThat(issued.number()).isEqualTo(shortName + "劳监立字〔" + thisYear() + "〕第1号");
    }

    private List<String> audit(long documentId) {
        return jdbc.queryForList(
                "select action from audit_entry where target_type = 'DOCUMENT' and target_id = ? order by occurred_at, id",
                String.class,
                String.valueOf(documentId));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[\\r\\n]+", "").replaceAll("[ \\t]+", " ");
        }
    }
}
