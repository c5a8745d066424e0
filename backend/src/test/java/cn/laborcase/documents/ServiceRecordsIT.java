package cn.laborcase.documents;

import static cn.laborcase.documents.DocumentFixtures.acceptance;
import static cn.laborcase.documents.DocumentFixtures.uniqueCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Service records (送达回证): per method validation, the generated 送达回证, evidence, the served instant. */
@IntegrationTest
class ServiceRecordsIT {

    static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0};

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    Documents documents;

    @Autowired
    ServiceRecords records;

    @Autowired
    DocumentEventsProbe events;

    @Autowired
    JdbcTemplate jdbc;

    DocumentView issued;
    RecipientView complainant;
    RecipientView employer;

    @BeforeEach
    void setUp() {
        DocumentRequest request = DocumentFixtures.withRecipients(
                acceptance("D1", uniqueCase()),
                List.of(
                        new Recipient("李秀英", "投诉人", "示范市东湖区春晖路18号3幢502室", null),
                        new Recipient("示范市东湖精工机械有限公司", "被投诉单位", "示范市东湖区高新园科技路66号", null)));
        issued = documents.issue(documents.draft(request, "inspector1").id(), "inspector1");
        complainant = issued.recipients().get(0);
        employer = issued.recipients().get(1);
    }

    @Test
    void directServiceIsRecordedWithEvidenceAndItsReceiptIsIssuedAsADocument() throws IOException {
        LocalDateTime at = issuingHour();

        ServiceRecordView record = records.record(
                issued.id(),
                direct(complainant.id(), at),
                new Evidence("C:\\扫描\\回证.png", "image/png", PNG),
                "inspector1");

        assertThat(record.method()).isEqualTo(ServiceMethod.DIRECT);
        assertThat(record.servedAt()).isEqualTo(at.atZone(Dates.ZONE).toInstant());
        assertThat(record.deemedServedAt()).isEqualTo(record.servedAt());
        assertThat(record.evidenceFileName()).isEqualTo("回证.png");
        assertThat(record.evidenceContentType()).isEqualTo("image/png");
        assertThat(record.evidenceSha256()).isEqualTo(Documents.sha256(PNG));
        assertThat(records.servedAt(issued.id(), complainant.id())).contains(record.servedAt());
        assertThat(records.servedAt(issued.id(), employer.id())).isEmpty();

        DocumentView receipt = documents.get(record.receiptDocumentId());
        assertThat(receipt.typeCode()).isEqualTo(CommonDocumentTypes.SERVICE_RECEIPT);
        assertThat(receipt.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(receipt.caseRef()).isEqualTo(issued.caseRef());
        assertThat(record.receiptNumber()).isEqualTo(receipt.number()).startsWith("东湖送字〔");
        assertThat(DocumentsIT.text(documents.pdf(receipt.id()).content()))
                .contains("送达回证", "受理通知书（" + issued.number() + "）", "李秀英", "直接送达")
                .contains(Dates.chineseHour(at), "本人", "张伟、刘洋");
        assertThat(events.served)
                .anyMatch(e -> e.documentId() == issued.id()
                        && e.recipientId() == complainant.id()
                        && e.deemedServedAt().equals(record.servedAt())
                        && e.caseRef().equals(issued.caseRef()));
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where target_type = 'DOCUMENT' and target_id = ?",
                        String.class,
                        String.valueOf(issued.id())))
                .contains("DOCUMENT_SERVICE_RECORDED");
    }

    @Test
    void aPublicNoticeIsDeemedServedThirtyDaysAfterPublication() {
        LocalDateTime at = issuingHour();
        ServiceRecordView record = records.record(
                issued.id(),
                request(employer.id(), ServiceMethod.PUBLIC_NOTICE, at, null, null, null, null, null, null, "示范日报"),
                null,
                "inspector1");

        assertThat(record.deemedServedAt()).isEqualTo(record.servedAt().plus(Duration.ofDays(30)));
        assertThat(records.servedAt(issued.id(), employer.id())).contains(record.deemedServedAt());
    }

    /** 民事诉讼法 §91: the date of postal service is the one on the return slip, which is kept as evidence. */
    @Test
    void postNeedsATrackingNumberAndTheReturnSlip() {
        assertProblems(
                request(complainant.id(), ServiceMethod.POST, issuingHour(), null, null, null, null, null, null, null),
                "trackingNumber",
                "evidence");
        ServiceRecordView ok = records.record(
                issued.id(),
                request(
                        complainant.id(),
                        ServiceMethod.POST,
                        issuingHour(),
                        null,
                        null,
                        "1184562730512",
                        null,
                        null,
                        null,
                        null),
                new Evidence("回执.png", "image/png", PNG),
                "inspector1");
        assertThat(ok.trackingNumber()).isEqualTo("1184562730512");
        assertThat(ok.evidenceFileName()).isEqualTo("回执.png");
    }

    /** 民事诉讼法 §89: a witness, or a photo/video record of the service — not two witnesses. */
    @Test
    void leavingAtTheResidenceNeedsThePlaceAndAWitnessOrAPhotoOrVideo() {
        assertProblems(
                request(complainant.id(), ServiceMethod.LEFT, issuingHour(), null, null, null, null, null, null, null),
                "witness1",
                "place");
        assertProblems(
                request(complainant.id(), ServiceMethod.LEFT, issuingHour(), "住所", null, null, null, "王某", "王某", null),
                "witness2");
        ServiceRecordView oneWitness = records.record(
                issued.id(),
                request(
                        complainant.id(),
                        ServiceMethod.LEFT,
                        issuingHour(),
                        "住所",
                        null,
                        null,
                        null,
                        "居委会王某",
                        null,
                        null),
                null,
                "inspector1");
        assertThat(oneWitness.witness1()).isEqualTo("居委会王某");
        ServiceRecordView filmed = records.record(
                issued.id(),
                request(employer.id(), ServiceMethod.LEFT, issuingHour(), "单位前台", null, null, null, null, null, null),
                new Evidence("留置.mp4", "video/mp4", MP4),
                "inspector1");
        assertThat(filmed.evidenceContentType()).isEqualTo("video/mp4");
        assertThat(documents.get(filmed.receiptDocumentId()).data().get("witnesses"))
                .contains("拍照、录像");
    }

    /** 民事诉讼法 §90: no 送达地址确认书, no electronic service, not even recorded by hand. */
    @Test
    void emailServiceNeedsTheRecipientsConsent() {
        assertProblems(
                request(
                        complainant.id(),
                        ServiceMethod.EMAIL,
                        issuingHour(),
                        null,
                        null,
                        null,
                        "lixiuying@example.cn",
                        null,
                        null,
                        null),
                "method");
    }

    /** Issue 9 item 12: a NUL (or any control character) in the evidence's file name is a 400 naming it. */
    @Test
    void anEvidenceFileNameWithControlCharactersIsRefusedAndNothingIsWritten() {
        long records0 = jdbc.queryForObject("select count(*) from service_record", Long.class);
        for (String name : List.of("回证\u0000.png", "回证\n.png", "a\u0007b.png")) {
            assertThatThrownBy(() -> records.record(
                            issued.id(),
                            direct(complainant.id(), issuingHour()),
                            new Evidence(name, "image/png", PNG),
                            "inspector1"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field)
                            .containsExactly("evidence"));
        }
        assertThat(jdbc.queryForObject("select count(*) from service_record", Long.class))
                .isEqualTo(records0);
    }

    @Test
    void directServiceNeedsTheReceiverAndHisRelation() {
        assertProblems(
                request(
                        complainant.id(),
                        ServiceMethod.DIRECT,
                        issuingHour(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                "receiverName",
                "signerRelation");
    }

    @Test
    void emailServiceNeedsAValidAddress() {
        issued = documents.issue(
                documents
                        .draft(
                                DocumentFixtures.withRecipients(
                                        acceptance("D1", uniqueCase()),
                                        List.of(new Recipient("李秀英", "投诉人", null, "lxy@example.cn", true))),
                                "inspector1")
                        .id(),
                "inspector1");
        // the mail goes out and its delivery is recorded on its own; wait for it so that nothing moves meanwhile
        long id = issued.id();
        long recipient = issued.recipients().get(0).id();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> records.servedAt(id, recipient)
                .isPresent());
        assertProblems(
                request(
                        issued.recipients().get(0).id(),
                        ServiceMethod.EMAIL,
                        issuingHour(),
                        null,
                        null,
                        null,
                        "not-an-address",
                        null,
                        null,
                        null),
                "emailAddress");
    }

    @Test
    void serviceCannotBeInTheFutureNorBeforeTheDocumentWasIssued() {
        assertProblems(
                direct(
                        complainant.id(),
                        LocalDateTime.now(TestClock.get().withZone(Dates.ZONE)).plusHours(2)),
                "servedOn");
        assertProblems(
                direct(
                        complainant.id(),
                        LocalDateTime.now(TestClock.get().withZone(Dates.ZONE)).minusDays(3)),
                "servedOn");
    }

    @Test
    void evidenceMustBeAnImageOrPdfOfAtMostFiveMegabytes() {
        assertThatThrownBy(() -> records.record(
                        issued.id(),
                        direct(complainant.id(), issuingHour()),
                        new Evidence("note.txt", "image/png", "not an image".getBytes()),
                        "inspector1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("evidence"));
        byte[] big = Arrays.copyOf(PNG, ServiceRecords.MAX_EVIDENCE_BYTES + 1);
        assertThatThrownBy(() -> records.record(
                        issued.id(),
                        direct(complainant.id(), issuingHour()),
                        new Evidence("big.png", "image/png", big),
                        "inspector1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::message)
                        .containsExactly("送达证据文件不能超过5 MB"));
        assertThat(records.forDocument(issued.id())).isEmpty();
    }

    @Test
    void aRecipientIsServedOnceAndOnlyIssuedDocumentsAreServed() {
        records.record(issued.id(), direct(complainant.id(), issuingHour()), null, "inspector1");
        assertThatThrownBy(
                        () -> records.record(issued.id(), direct(complainant.id(), issuingHour()), null, "inspector1"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已记录向李秀英送达");

        DocumentView draft = documents.draft(acceptance("D1", uniqueCase()), "inspector1");
        assertThatThrownBy(() -> records.record(
                        draft.id(), direct(draft.recipients().get(0).id(), issuingHour()), null, "inspector1"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("不能记录送达");
    }

    @Test
    void aRecipientOfAnotherDocumentIsRefused() {
        assertProblems(direct(-1L, issuingHour()), "recipientId");
    }

    private void assertProblems(ServiceRecordRequest request, String... fields) {
        long before = jdbc.queryForObject("select count(*) from document", Long.class);
        assertThatThrownBy(() -> records.record(issued.id(), request, null, "inspector1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder(fields));
        // nothing written, not even the 送达回证
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class))
                .isEqualTo(before);
    }

    /** The hour the document was issued in: service can be recorded for it at once, and it is not in the future. */
    private LocalDateTime issuingHour() {
        return LocalDateTime.ofInstant(issued.issuedAt().truncatedTo(ChronoUnit.HOURS), Dates.ZONE);
    }

    private static ServiceRecordRequest direct(Long recipientId, LocalDateTime at) {
        return request(recipientId, ServiceMethod.DIRECT, at, null, "李秀英", null, null, null, null, null);
    }

    private static ServiceRecordRequest request(
            Long recipientId,
            ServiceMethod method,
            LocalDateTime at,
            String place,
            String receiver,
            String tracking,
            String email,
            String witness1,
            String witness2,
            String notice) {
        return new ServiceRecordRequest(
                recipientId,
                method,
                at.toLocalDate(),
                at.getHour(),
                place,
                receiver,
                receiver == null ? null : "本人",
                tracking,
                email,
                witness1,
                witness2,
                notice,
                "张伟、刘洋",
                null);
    }
}
