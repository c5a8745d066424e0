package cn.laborcase.documents;

import cn.laborcase.support.TestClock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Requests and data the documents tests create for themselves (unique cases and offices, no demo data changed). */
final class DocumentFixtures {

    static final String CASE_TYPE = "TEST";

    private DocumentFixtures() {}

    static String uniqueCase() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A 受理通知书 of demo office D1 (grid G01) for a new case, served on one recipient without e-mail. */
    static DocumentRequest acceptance(String officeCode, String caseId) {
        return new DocumentRequest(
                IntakeDocumentTypes.ACCEPTANCE_NOTICE,
                new CaseReference(CASE_TYPE, caseId),
                officeCode,
                "D1".equals(officeCode) ? "G01" : null,
                Set.of(),
                new LinkedHashMap<>(new IntakeDocumentTypes()
                        .documentTypes().stream()
                                .filter(t -> t.code().equals(IntakeDocumentTypes.ACCEPTANCE_NOTICE))
                                .findFirst()
                                .orElseThrow()
                                .sample()),
                List.of(new Recipient("李秀英", "投诉人", "示范市东湖区春晖路18号3幢502室", null)));
    }

    static DocumentRequest withData(DocumentRequest request, Map<String, String> data) {
        return new DocumentRequest(
                request.typeCode(),
                request.caseRef(),
                request.officeCode(),
                request.gridCode(),
                request.participants(),
                data,
                request.recipients());
    }

    static DocumentRequest withRecipients(DocumentRequest request, List<Recipient> recipients) {
        return new DocumentRequest(
                request.typeCode(),
                request.caseRef(),
                request.officeCode(),
                request.gridCode(),
                request.participants(),
                request.data(),
                recipients);
    }

    /** A new inspection office under C0, so that a test has number sequences nobody else touches. */
    static String newOffice(JdbcTemplate jdbc) {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String code = "T" + suffix;
        jdbc.update(
                """
                insert into office (code, name, short_name, kind, region_name, parent_id, active)
                select ?, ?, ?, 'INSPECTION', '测试区', o.id, true from office o where o.code = 'C0'
                """,
                code,
                "测试区劳动保障监察大队" + suffix,
                "测" + suffix);
        return code;
    }

    static int thisYear() {
        return TestClock.get().today().getYear();
    }
}
