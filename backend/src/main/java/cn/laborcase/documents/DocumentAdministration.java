package cn.laborcase.documents;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.documents.DocumentComposer.Letterhead;
import cn.laborcase.documents.persistence.DocumentMapper;
import cn.laborcase.documents.persistence.NumberPatternRow;
import cn.laborcase.documents.render.RenderedPdf;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For administrators: the document types with template and version, the number pattern per office and type (set,
 * validated, journalled, optimistic locking), and a check that renders a type's sample data so that a broken
 * template shows up here, with its file and line, rather than in a case.
 */
@Service
public class DocumentAdministration {

    static final String PATTERN_TARGET = "DOCUMENT_NUMBER_PATTERN";

    private final DocumentTypes types;
    private final DocumentMapper mapper;
    private final DocumentComposer composer;
    private final DocumentNumbering numbering;
    private final OrganizationDirectory organization;
    private final AuditJournal audit;
    private final Clock clock;

    DocumentAdministration(
            DocumentTypes types,
            DocumentMapper mapper,
            DocumentComposer composer,
            DocumentNumbering numbering,
            OrganizationDirectory organization,
            AuditJournal audit,
            Clock clock) {
        this.clock = clock;
        this.types = types;
        this.mapper = mapper;
        this.composer = composer;
        this.numbering = numbering;
        this.organization = organization;
        this.audit = audit;
    }

    public List<DocumentTypeView> types() {
        return types.all().stream()
                .map(t -> new DocumentTypeView(
                        t.code(), t.name(), t.template(), version(t), t.defaultNumberPattern(), t.fields()))
                .toList();
    }

    /** Every active office × every type, with the pattern in force and an example number. */
    @Transactional(readOnly = true)
    public List<NumberPatternView> patterns() {
        Map<String, NumberPatternRow> rows = mapper.findPatterns().stream()
                .collect(Collectors.toMap(r -> r.officeCode() + "/" + r.typeCode(), Function.identity()));
        int year = clock.instant().atZone(Dates.ZONE).getYear();
        List<NumberPatternView> views = new ArrayList<>();
        for (Office office : organization.offices()) {
            if (!office.active()) {
                continue;
            }
            for (DocumentType type : types.all()) {
                NumberPatternRow row = rows.get(office.code() + "/" + type.code());
                views.add(view(office, type, Optional.ofNullable(row), year));
            }
        }
        return views;
    }

    /**
     * Sets the pattern of an office and type.
     *
     * @param expectedVersion the version shown to the administrator; null when the default was shown (no row)
     */
    @Transactional
    public NumberPatternView updatePattern(
            String officeCode, String typeCode, String pattern, Integer expectedVersion, String actor) {
        DocumentType type =
                types.find(typeCode).orElseThrow(() -> new InvalidInputException("typeCode", "Unknown", "请选择文书种类"));
        Office office = organization.offices().stream()
                .filter(o -> o.code().equals(officeCode) && o.active())
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("officeCode", "Unknown", "请选择有效的机构"));
        NumberPattern valid = new NumberPattern(pattern);
        Optional<NumberPatternRow> existing = mapper.findPattern(office.code(), type.code());
        String before = existing.map(NumberPatternRow::pattern).orElse(type.defaultNumberPattern() + "（默认）");
        Instant now = clock.instant();
        if (expectedVersion == null) {
            if (existing.isPresent()) {
                throw ConflictException.concurrentEdit(office.name() + type.name() + "的文号格式");
            }
            mapper.insertPattern(office.code(), type.code(), valid.value(), now, actor);
        } else if (mapper.updatePattern(office.code(), type.code(), expectedVersion, valid.value(), now, actor) == 0) {
            throw ConflictException.concurrentEdit(office.name() + type.name() + "的文号格式");
        }
        audit.recordAs(
                actor,
                "DOCUMENT_NUMBER_PATTERN_CHANGED",
                PATTERN_TARGET,
                office.code() + "/" + type.code(),
                "修改" + office.name() + "「" + type.name() + "」文号格式为 " + valid.value(),
                before,
                valid.value());
        int year = now.atZone(Dates.ZONE).getYear();
        return view(office, type, mapper.findPattern(office.code(), type.code()), year);
    }

    /** Renders the type's sample data as a draft; reports a broken template instead of throwing. */
    public TemplateCheck checkTemplate(String typeCode) {
        DocumentType type = types.require(typeCode);
        long start = System.nanoTime();
        try {
            RenderedPdf pdf = renderSample(type);
            return new TemplateCheck(
                    type.code(),
                    type.name(),
                    true,
                    pdf.pages(),
                    pdf.bytes().length,
                    (System.nanoTime() - start) / 1_000_000,
                    null);
        } catch (TemplateFailedException e) {
            return new TemplateCheck(
                    type.code(), type.name(), false, 0, 0, (System.nanoTime() - start) / 1_000_000, e.getMessage());
        }
    }

    /** The sample as a draft PDF (a broken template → {@link TemplateFailedException}). */
    public PdfFile samplePdf(String typeCode) {
        DocumentType type = types.require(typeCode);
        RenderedPdf pdf = renderSample(type);
        return new PdfFile(type.name() + "-样例.pdf", pdf.bytes(), Documents.sha256(pdf.bytes()));
    }

    private RenderedPdf renderSample(DocumentType type) {
        String issuer = organization.offices().stream()
                .filter(Office::active)
                .map(Office::name)
                .findFirst()
                .orElse("（发文机关）");
        return composer.render(
                type, DocumentData.clean(type, type.sample()), new Letterhead(issuer, null, null, null, 1, null));
    }

    private String version(DocumentType type) {
        try {
            return composer.templateVersion(type);
        } catch (TemplateFailedException e) {
            return null;
        }
    }

    private NumberPatternView view(Office office, DocumentType type, Optional<NumberPatternRow> row, int year) {
        NumberPattern pattern =
                new NumberPattern(row.map(NumberPatternRow::pattern).orElse(type.defaultNumberPattern()));
        return new NumberPatternView(
                office.code(),
                office.name(),
                office.shortName(),
                type.code(),
                type.name(),
                pattern.value(),
                row.isPresent(),
                row.map(NumberPatternRow::version).orElse(null),
                pattern.format(office.shortName(), year, numbering.peek(office.code(), type.code(), year)),
                row.map(NumberPatternRow::updatedAt).orElse(null),
                row.map(NumberPatternRow::updatedBy).orElse(null));
    }
}
