package cn.laborcase.documents;

import cn.laborcase.documents.persistence.DocumentMapper;
import cn.laborcase.documents.persistence.DocumentRow;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public verification (核验) of an issued document by the code printed on every page: what was issued under it, by
 * whom, when, whether it is still in force, and, for an uploaded file, whether its SHA-256 matches the issued PDF.
 * Shows no personal data (names, addresses) of the parties.
 */
@Service
public class Verification {

    /** An uploaded PDF larger than this cannot be one of ours (they are tens of KB). */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    private final DocumentMapper mapper;
    private final Documents documents;
    private final DocumentSettings settings;

    Verification(DocumentMapper mapper, Documents documents, DocumentSettings settings) {
        this.mapper = mapper;
        this.documents = documents;
        this.settings = settings;
    }

    /** 404 for a code that was never issued (or is malformed). */
    @Transactional(readOnly = true)
    public VerificationView verify(String typedCode) {
        DocumentRow row = find(typedCode);
        return view(row, null);
    }

    /** As {@link #verify(String)}, comparing the uploaded file's SHA-256 with the issued PDF's. */
    @Transactional(readOnly = true)
    public VerificationView verify(String typedCode, byte[] upload) {
        DocumentRow row = find(typedCode);
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException("file", "Required", "请选择要核对的 PDF 文件");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new InvalidInputException("file", "Size", "文件不能超过5 MB");
        }
        return view(row, Documents.sha256(upload));
    }

    private DocumentRow find(String typedCode) {
        String code = VerificationCodes.normalise(typedCode);
        return (code == null ? java.util.Optional.<DocumentRow>empty() : mapper.findByCode(code))
                .orElseThrow(() -> new NotFoundException("核验码对应的文书", typedCode));
    }

    /** The department, with the office acting for it (条例 §4), as today's settings name them. */
    private String currentIssuer(DocumentRow row) {
        var office = documents.findOffice(row.officeCode());
        String officeName = office == null ? row.officeCode() : office.name();
        return settings.authority(row.officeCode(), row.typeCode())
                .filter(a -> !a.equals(officeName))
                .map(a -> a + "（" + officeName + "受委托办理）")
                .orElse(officeName);
    }

    private VerificationView view(DocumentRow row, String uploadedSha256) {
        // as the document named it when issued (frozen then); documents issued before it was kept: from the settings
        String issuer = mapper.findIssuingAuthority(row.id()).orElseGet(() -> currentIssuer(row));
        LocalDate issuedOn = row.issuedAt() == null
                ? null
                : row.issuedAt().atZone(Dates.ZONE).toLocalDate();
        return new VerificationView(
                row.verificationCode(),
                row.docNumber(),
                documents.typeName(row.typeCode()),
                issuer,
                issuedOn,
                row.issuedAt(),
                DocumentStatus.valueOf(row.status()),
                row.revision(),
                "ISSUED".equals(row.correctionStatus()) ? row.correctionNumber() : null,
                row.supersededAt(),
                row.pdfSha256(),
                row.pageCount(),
                uploadedSha256,
                uploadedSha256 == null ? null : uploadedSha256.equals(row.pdfSha256()));
    }
}
