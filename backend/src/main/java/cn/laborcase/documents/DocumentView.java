package cn.laborcase.documents;

import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.CaseRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document as the tracks and pages see it.
 *
 * @param number 文号, null for a draft
 * @param revision 1 for the first version, 2 for its correction...
 * @param supersedesId the document this revision corrects
 * @param correctionId the revision that corrects this one (draft or issued), if any
 * @param data the stored input data
 */
public record DocumentView(
        long id,
        CaseRef caseRef,
        String typeCode,
        String typeName,
        String officeCode,
        String officeName,
        String gridCode,
        DocumentStatus status,
        int revision,
        Long supersedesId,
        String supersedesNumber,
        Long correctionId,
        String correctionNumber,
        String number,
        String verificationCode,
        String templateName,
        String templateVersion,
        String pdfSha256,
        Integer pdfSize,
        Integer pageCount,
        Instant createdAt,
        String createdBy,
        Instant issuedAt,
        String issuedBy,
        int version,
        Map<String, String> data,
        List<RecipientView> recipients,
        Set<String> participants) {

    /** Where the document sits for data scope (office, grid, participants). */
    public ScopeTarget scope() {
        return new ScopeTarget(officeCode, gridCode, participants);
    }

    public boolean isDraft() {
        return status == DocumentStatus.DRAFT;
    }

    /** Number, or "草稿 #id" while it has none. */
    public String label() {
        return number != null ? number : typeName + "（草稿 #" + id + "）";
    }

    /** The file name of its PDF, e.g. 受理通知书-东湖劳监受字〔2026〕12号.pdf. */
    public String fileName() {
        return typeName + "-" + (number != null ? number : "草稿" + id) + ".pdf";
    }
}
