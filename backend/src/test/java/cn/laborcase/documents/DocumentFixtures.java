package cn.laborcase.documents;

import cn.laborcase.intake.IntakeDocumentTypes;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.support.TestClock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/** Requests and data the documents tests create for themselves (unique cases and offices, no demo data changed). */
final class DocumentFixtures {

    private DocumentFixtures() {}

    /**
     * A case nobody else uses, for the system paths (a track issuing from its process) that take the case as given;
     * the staff paths find their cases through the tracks' {@link CaseDirectory} and need real ones.
     */
    static CaseRef uniqueCase() {
        return CaseRef.of(
                CaseType.INSPECTION_CASE,
                1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    /** A 受理通知书 of demo office D1 (grid G01) for a new case, served on one recipient without e-mail. */
    static DocumentRequest acceptance(String officeCode, CaseRef caseRef) {
        return new DocumentRequest(
                IntakeDocumentTypes.ACCEPTANCE_NOTICE,
                caseRef,
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
