package cn.laborcase.documents;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.documents.DocumentComposer.Letterhead;
import cn.laborcase.documents.persistence.DocumentMapper;
import cn.laborcase.documents.persistence.DocumentRow;
import cn.laborcase.documents.persistence.DocumentSearch;
import cn.laborcase.documents.persistence.RecipientRow;
import cn.laborcase.documents.persistence.StoredBytes;
import cn.laborcase.documents.render.RenderedPdf;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OfficeKind;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CaseCriteria;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.LikePattern;
import cn.laborcase.shared.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of cases: what the tracks call from their processes and the staff pages call for people.
 *
 * <ul>
 *   <li>{@link #draft}: checks the data against the type (400 naming each missing or bad field), stores a DRAFT;
 *       no number, nothing rendered.
 *   <li>{@link #preview}: renders a draft without a number, watermarked 草稿 预览.
 *   <li>{@link #issue}: in one transaction takes the next number (gap-free), a verification code, renders, stores
 *       the PDF with its SHA-256, template name and version, freezes the document, supersedes the corrected one,
 *       journals, publishes {@link DocumentIssued} and queues the e-mails. A template error rolls all of it back.
 *   <li>{@link #correct}: an issued document is never changed; a correction is a new DRAFT revision that supersedes
 *       the old one when it is issued.
 * </ul>
 *
 * Methods taking a {@link CurrentUser} apply data scope ({@link DataScope}): a document the user may not see is
 * "not found" (404).
 */
@Service
public class Documents {

    static final String TARGET = "DOCUMENT";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final DocumentMapper mapper;
    private final DocumentTypes types;
    private final DocumentComposer composer;
    private final DocumentNumbering numbering;
    private final NumberPatterns patterns;
    private final DocumentMail mail;
    private final OrganizationDirectory organization;
    private final DataScope dataScope;
    private final AuditJournal audit;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final CaseDirectories cases;
    private final DocumentSettings settings;

    Documents(
            DocumentMapper mapper,
            DocumentTypes types,
            DocumentComposer composer,
            DocumentNumbering numbering,
            NumberPatterns patterns,
            DocumentMail mail,
            OrganizationDirectory organization,
            DataScope dataScope,
            AuditJournal audit,
            ApplicationEventPublisher events,
            ObjectMapper json,
            Clock clock,
            CaseDirectories cases,
            DocumentSettings settings) {
        this.cases = cases;
        this.settings = settings;
        this.mapper = mapper;
        this.types = types;
        this.composer = composer;
        this.numbering = numbering;
        this.patterns = patterns;
        this.mail = mail;
        this.organization = organization;
        this.dataScope = dataScope;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    // drafting ---------------------------------------------------------------------------------------------------

    /**
     * Stores a draft. Every problem of the request (type, case, office, recipients, each field) is reported at once
     * (400); nothing is written then.
     *
     * @param actor the username recorded as its creator (added to its participants)
     */
    @Transactional
    public DocumentView draft(DocumentRequest request, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        DocumentType type = types.find(request.typeCode()).orElse(null);
        if (type == null) {
            problems.add(new FieldProblem("typeCode", "Unknown", "请选择文书种类"));
        }
        CaseRef ref = request.caseRef();
        if (ref == null) {
            problems.add(new FieldProblem("caseRef", "Required", "请选择案件"));
        }
        Office office = blank(request.officeCode()) ? null : findOffice(request.officeCode());
        if (office == null || !office.active()) {
            problems.add(new FieldProblem("officeCode", "Unknown", "请选择有效的发文机构"));
        }
        problems.addAll(recipientProblems(request.recipients()));
        Map<String, String> data = Map.of();
        if (type != null) {
            try {
                data = DocumentData.clean(type, request.data());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<String> participants = new LinkedHashSet<>(request.participants());
        participants.add(actor);
        long id = insert(type, ref, office.code(), blankToNull(request.gridCode()), 1, null, data, actor);
        participants.forEach(p -> mapper.insertParticipant(id, p));
        insertRecipients(id, request.recipients());
        audit.recordAs(
                actor,
                "DOCUMENT_DRAFTED",
                TARGET,
                id,
                "起草" + type.name() + "（" + ref.key() + "，" + office.name() + "）",
                null,
                "DRAFT");
        return get(id);
    }

    /**
     * Staff: a draft for a case the user may act on (else 404: he does not learn that it exists), of a type his role
     * and office issue (else 403). The document belongs to the case's office and grid, whatever the request says: a
     * document is issued in the name of the office that handles the case, not of whoever drafts it.
     */
    @Transactional
    public DocumentView draft(DocumentRequest request, CurrentUser user) {
        DocumentType type = types.find(request.typeCode()).orElse(null);
        if (request.caseRef() == null || type == null) {
            List<FieldProblem> problems = new ArrayList<>();
            if (type == null) {
                problems.add(new FieldProblem("typeCode", "Unknown", "请选择文书种类"));
            }
            if (request.caseRef() == null) {
                problems.add(new FieldProblem("caseRef", "Required", "请选择案件"));
            }
            throw new InvalidInputException(problems);
        }
        CaseSummary target = cases.requireActionable(user, request.caseRef());
        requireIssuer(user, type);
        return draft(
                new DocumentRequest(
                        type.code(),
                        target.ref(),
                        target.officeCode(),
                        target.gridCode(),
                        request.participants(),
                        request.data(),
                        request.recipients()),
                user.username());
    }

    /**
     * The document's case as the user may see it (number and title), if its track finds it for him. Not
     * transactional on purpose: a track answers "not found" by an exception inside its own transaction.
     */
    public java.util.Optional<CaseSummary> caseOf(DocumentView document, CurrentUser user) {
        return cases.find(user, document.caseRef());
    }

    /** The department the document is issued in the name of, when it is not the office itself (条例 §4). */
    public java.util.Optional<String> authorityOf(DocumentView document) {
        return settings.authority(document.officeCode(), document.typeCode())
                .filter(a -> !a.equals(document.officeName()));
    }

    /** The cases the user may draft documents for, for the form's chooser. */
    @Transactional(readOnly = true)
    public List<CaseSummary> casesFor(CurrentUser user) {
        return cases.actionableBy(user);
    }

    /** The document types the user may draft by hand. */
    public List<DocumentType> typesFor(CurrentUser user) {
        OfficeKind kind = officeKind(user);
        return types.all().stream().filter(t -> t.mayBeIssuedBy(user, kind)).toList();
    }

    /**
     * Checks that the user may act on a document's case and issue its type (404 / 403), before any write of his on
     * it: edit, discard, correct, issue, record service.
     */
    @Transactional(readOnly = true)
    public DocumentView requireActionable(long id, CurrentUser user) {
        DocumentView document = requireVisible(id, user);
        cases.requireActionable(user, document.caseRef());
        requireIssuer(user, types.require(document.typeCode()));
        return document;
    }

    private void requireIssuer(CurrentUser user, DocumentType type) {
        if (!type.mayBeIssuedBy(user, officeKind(user))) {
            throw new ForbiddenException("DOCUMENT_TYPE_SCOPE", "您的岗位或所在机构不签发" + type.name() + "（" + type.code() + "）");
        }
    }

    private OfficeKind officeKind(CurrentUser user) {
        Office office = findOffice(user.officeCode());
        return office == null ? null : office.kind();
    }

    /** Replaces a draft's data (an issued document has no edit path). */
    @Transactional
    public DocumentView updateDraft(long id, int expectedVersion, Map<String, String> data, String actor) {
        DocumentRow row = require(id);
        requireDraft(row, "修改");
        DocumentType type = types.require(row.typeCode());
        Map<String, String> clean = DocumentData.clean(type, data);
        if (mapper.updateDraftData(id, expectedVersion, write(clean)) == 0) {
            throw ConflictException.concurrentEdit("文书草稿 #" + id);
        }
        audit.recordAs(
                actor, "DOCUMENT_DRAFT_UPDATED", TARGET, id, "修改" + type.name() + "草稿", row.inputData(), write(clean));
        return get(id);
    }

    /** Drops a draft that will not be issued (an issued document is never deleted). */
    @Transactional
    public void discard(long id, int expectedVersion, String actor) {
        DocumentRow row = require(id);
        requireDraft(row, "删除");
        mapper.deleteRecipients(id);
        mapper.deleteParticipants(id);
        if (mapper.deleteDraft(id, expectedVersion) == 0) {
            throw ConflictException.concurrentEdit("文书草稿 #" + id);
        }
        audit.recordAs(
                actor,
                "DOCUMENT_DRAFT_DISCARDED",
                TARGET,
                id,
                "删除" + typeName(row.typeCode()) + "草稿（" + row.caseType() + " " + row.caseId() + "）",
                row.inputData(),
                null);
    }

    /**
     * Starts a correction: a new DRAFT revision with the new data that, once issued, supersedes this document. The
     * issued document itself is never changed.
     */
    @Transactional
    public DocumentView correct(long id, Map<String, String> newData, String actor) {
        DocumentRow old = require(id);
        DocumentStatus status = DocumentStatus.valueOf(old.status());
        if (status == DocumentStatus.DRAFT) {
            throw new ConflictException("NOT_ISSUED", "文书 #" + id + " 尚未签发，请直接修改草稿");
        }
        if (status == DocumentStatus.SUPERSEDED || old.correctionId() != null) {
            throw new ConflictException(
                    "ALREADY_CORRECTED", "文书 " + old.docNumber() + " 已有更正版本（#" + old.correctionId() + "），请在该版本上继续");
        }
        DocumentType type = types.require(old.typeCode());
        Map<String, String> data = DocumentData.clean(type, newData);
        long newId = insert(
                type, caseRefOf(old), old.officeCode(), old.gridCode(), old.revision() + 1, old.id(), data, actor);
        Set<String> participants = new LinkedHashSet<>(mapper.findParticipants(id));
        participants.add(actor);
        participants.forEach(p -> mapper.insertParticipant(newId, p));
        for (RecipientRow r : mapper.findRecipients(id)) {
            mapper.insertRecipient(newId, r.position(), r.name(), r.role(), r.address(), r.email(), r.emailConsent());
        }
        audit.recordAs(
                actor,
                "DOCUMENT_CORRECTION_DRAFTED",
                TARGET,
                newId,
                "起草" + type.name() + " " + old.docNumber() + " 的更正版本（第" + (old.revision() + 1) + "版）",
                old.inputData(),
                write(data));
        return get(newId);
    }

    // issuing ----------------------------------------------------------------------------------------------------

    /**
     * Issues a draft: number, verification code, PDF, fingerprint, frozen; supersedes the document it corrects.
     * Missing required fields → 400 before a number is taken; a template error → {@link TemplateFailedException}
     * (409) with nothing changed.
     *
     * @param actor the username recorded as the issuer
     */
    @Transactional
    public DocumentView issue(long id, String actor) {
        DocumentRow row = require(id);
        requireDraft(row, "签发");
        DocumentType type = types.require(row.typeCode());
        Map<String, String> data = DocumentData.clean(type, read(row.inputData()));
        Office office = findOffice(row.officeCode());
        if (office == null) {
            throw new ConflictException("NO_OFFICE", "发文机构 " + row.officeCode() + " 不存在，无法签发");
        }
        DocumentRow superseded = null;
        if (row.supersedesId() != null) {
            superseded = require(row.supersedesId());
            if (!DocumentStatus.ISSUED.name().equals(superseded.status())) {
                throw new ConflictException(
                        "NOT_CORRECTABLE", "被更正的文书 " + superseded.docNumber() + " 已不是有效文书，无法签发此更正版本");
            }
        }
        String templateVersion = composer.templateVersion(type);
        Instant now = clock.instant();
        LocalDate today = now.atZone(Dates.ZONE).toLocalDate();
        int year = today.getYear();
        int seq = numbering.next(office.code(), type.code(), year);
        String number = patterns.patternFor(office.code(), type).format(office.shortName(), year, seq);
        String code = newCode();
        Letterhead letterhead = letterhead(
                type, office, number, today, code, row.revision(), superseded == null ? null : superseded.docNumber());
        RenderedPdf pdf = composer.render(type, data, letterhead);
        String sha256 = sha256(pdf.bytes());
        if (mapper.markIssued(
                        id,
                        row.version(),
                        number,
                        year,
                        seq,
                        code,
                        templateVersion,
                        sha256,
                        pdf.bytes().length,
                        pdf.pages(),
                        now,
                        actor,
                        issuingAuthority(letterhead))
                == 0) {
            throw ConflictException.concurrentEdit("文书 #" + id);
        }
        mapper.insertPdf(id, pdf.bytes());
        audit.recordAs(
                actor,
                "DOCUMENT_ISSUED",
                TARGET,
                id,
                "签发" + type.name() + " " + number + "（" + row.caseType() + " " + row.caseId() + "）",
                "DRAFT",
                "ISSUED " + number + "；核验码 " + code + "；SHA-256 " + sha256 + "；模板 " + type.template() + " "
                        + templateVersion);
        if (superseded != null) {
            if (mapper.markSuperseded(superseded.id(), superseded.version(), now) == 0) {
                throw ConflictException.concurrentEdit("文书 " + superseded.docNumber());
            }
            audit.recordAs(
                    actor,
                    "DOCUMENT_SUPERSEDED",
                    TARGET,
                    superseded.id(),
                    type.name() + " " + superseded.docNumber() + " 被更正版本 " + number + " 取代",
                    "ISSUED",
                    "SUPERSEDED by #" + id);
        }
        DocumentView issued = get(id);
        events.publishEvent(new DocumentIssued(
                id, issued.caseRef(), type.code(), number, now, superseded == null ? null : superseded.id()));
        mail.issued(issued, pdf.bytes());
        return issued;
    }

    /** Staff: issues a draft of a case the user may act on, of a type he issues. */
    @Transactional
    public DocumentView issue(long id, CurrentUser user) {
        requireActionable(id, user);
        return issue(id, user.username());
    }

    /**
     * What the tracks call from their processes: drafts, issues and queues the service of a document of a case, in
     * the caller's transaction. Each recipient who confirmed an e-mail address for service (送达地址确认书) is sent
     * the PDF, and the 电子送达 is recorded when the mail server accepted it (民事诉讼法 §90); every other recipient
     * is listed for printing and direct or postal service, recorded on the document page with the 送达回证.
     *
     * @param actor the username recorded as drafter and issuer
     */
    @Transactional
    public ServiceQueue issueAndServe(DocumentRequest request, String actor) {
        DocumentView issued = issue(draft(request, actor).id(), actor);
        return ServiceQueue.of(issued);
    }

    // reading ----------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public DocumentView get(long id) {
        return view(require(id));
    }

    @Transactional(readOnly = true)
    public DocumentView get(long id, CurrentUser user) {
        return requireVisible(id, user);
    }

    /**
     * The document with its personal data (ID and phone numbers) in full, for a user who may see it; audited as
     * VIEW_PERSONAL_DATA like a case's reveal, so that every full view leaves a trace. Pages show it masked otherwise
     * ({@link DocumentField#shown}).
     */
    @Transactional
    public DocumentView reveal(long id, CurrentUser user) {
        DocumentView document = requireVisible(id, user);
        if (!dataScope.canSeePersonalData(user, document.scope())) {
            throw new ForbiddenException("PERSONAL_DATA", "文书中的完整身份证件号码和联系电话仅限承办本案的工作人员查看");
        }
        audit.recordAs(
                user.username(),
                "VIEW_PERSONAL_DATA",
                TARGET,
                id,
                user.displayName() + " 查看" + document.label() + "中的身份证件号码和联系电话",
                null,
                null);
        return document;
    }

    /** Whether {@link #reveal} would show the user the document's personal data: case staff, not administrators. */
    public boolean mayReveal(DocumentView document, CurrentUser user) {
        return dataScope.canSeePersonalData(user, document.scope());
    }

    /** Every document of a case, oldest first (drafts and superseded revisions included). */
    @Transactional(readOnly = true)
    public List<DocumentView> listForCase(CaseRef caseRef) {
        return views(mapper.findByCase(caseRef.type().name(), String.valueOf(caseRef.id())));
    }

    @Transactional(readOnly = true)
    public List<DocumentView> listForCase(CaseRef caseRef, CurrentUser user) {
        return listForCase(caseRef).stream()
                .filter(d -> dataScope.canSee(user, d.scope()))
                .toList();
    }

    /**
     * A page of the document list over every document the user may see: data scope, filters, sort and page in SQL
     * ({@link DataScope#cases}, the same rule as {@link DataScope#canSee}).
     */
    @Transactional(readOnly = true)
    public List<DocumentView> search(CurrentUser user, DocumentList.Search search, int offset, int limit) {
        return views(mapper.search(query(user, search, offset, limit)));
    }

    /** How many documents {@link #search} finds over all pages. */
    @Transactional(readOnly = true)
    public long count(CurrentUser user, DocumentList.Search search) {
        return mapper.countSearch(query(user, search, 0, 1));
    }

    private DocumentSearch query(CurrentUser user, DocumentList.Search search, int offset, int limit) {
        CaseCriteria scope = dataScope.cases(user);
        DocumentFilter filter = search.filter();
        return new DocumentSearch(
                scope.everything(),
                List.copyOf(scope.officeCodes()),
                List.copyOf(scope.gridCodes()),
                scope.participant(),
                blankToNull(filter.caseType()),
                blankToNull(filter.caseId()),
                blankToNull(filter.typeCode()),
                filter.status() == null ? null : filter.status().name(),
                LikePattern.contains(search.number()),
                search.drafted().start(),
                search.drafted().end(),
                search.list().sort(),
                search.list().descending(),
                types.all().stream()
                        .sorted(java.util.Comparator.comparing(DocumentType::name))
                        .map(DocumentType::code)
                        .toList(),
                offset,
                limit);
    }

    /**
     * The PDF to look at: for a draft rendered now, without number or code and watermarked 草稿 预览 (nothing is
     * stored); for an issued or superseded document the stored, issued bytes.
     */
    @Transactional(readOnly = true)
    public PdfFile preview(long id) {
        DocumentRow row = require(id);
        if (!DocumentStatus.DRAFT.name().equals(row.status())) {
            return pdf(id);
        }
        DocumentType type = types.require(row.typeCode());
        Office office = findOffice(row.officeCode());
        RenderedPdf pdf = composer.render(
                type,
                read(row.inputData()),
                office == null
                        ? new Letterhead(row.officeCode(), null, null, null, row.revision(), row.supersedesNumber())
                        : letterhead(type, office, null, null, null, row.revision(), row.supersedesNumber()));
        return new PdfFile(type.name() + "-草稿" + id + "-预览.pdf", pdf.bytes(), sha256(pdf.bytes()));
    }

    /**
     * A document not yet drafted, rendered as a draft would be (without number or code, watermarked 草稿 预览) and
     * stored nowhere: what a leader reads before approving the step that will issue it. Every missing or malformed
     * field is a 400 naming it, as for {@link #draft}.
     */
    @Transactional(readOnly = true)
    public PdfFile previewOf(DocumentRequest request) {
        DocumentType type = types.require(request.typeCode());
        Map<String, String> data = DocumentData.clean(type, request.data());
        Office office = findOffice(request.officeCode());
        RenderedPdf pdf = composer.render(
                type,
                data,
                office == null
                        ? new Letterhead(request.officeCode(), null, null, null, 1, null)
                        : letterhead(type, office, null, null, null, 1, null));
        return new PdfFile(type.name() + "-草稿-预览.pdf", pdf.bytes(), sha256(pdf.bytes()));
    }

    @Transactional(readOnly = true)
    public PdfFile preview(long id, CurrentUser user) {
        requireVisible(id, user);
        return preview(id);
    }

    /** The issued PDF, exactly as issued. A draft has none (409). */
    @Transactional(readOnly = true)
    public PdfFile pdf(long id) {
        DocumentView document = get(id);
        if (document.isDraft()) {
            throw new ConflictException("NOT_ISSUED", document.label() + " 尚未签发，没有正式文件；请使用预览");
        }
        byte[] bytes = mapper.findPdf(id)
                .map(StoredBytes::content)
                .orElseThrow(() -> new IllegalStateException("issued document " + id + " has no stored PDF"));
        return new PdfFile(document.fileName(), bytes, document.pdfSha256());
    }

    @Transactional(readOnly = true)
    public PdfFile pdf(long id, CurrentUser user) {
        requireVisible(id, user);
        return pdf(id);
    }

    /** The number the next issue of this office and type would get this year (for pages and tests). */
    @Transactional(readOnly = true)
    public int nextSequence(String officeCode, String typeCode, int year) {
        return numbering.peek(officeCode, typeCode, year);
    }

    /** May the user create documents for this office (and grid)? The data-scope rule, plus his own offices. */
    public boolean mayActFor(CurrentUser user, String officeCode, String gridCode) {
        return user.officeCodes().contains(officeCode)
                || dataScope.canSee(user, new ScopeTarget(officeCode, blankToNull(gridCode), Set.of()));
    }

    /** The offices a user may draft for, for the form. */
    public List<Office> draftingOffices(CurrentUser user) {
        return organization.offices().stream()
                .filter(Office::active)
                .filter(o -> mayActFor(user, o.code(), null) || user.has(Role.ADMIN))
                .toList();
    }

    // internals --------------------------------------------------------------------------------------------------

    /**
     * In whose name: the department configured for the office and type (劳动保障监察条例 §4: the 监察大队 acts for the
     * 劳动保障行政部门 that entrusted it, and is named as the body acting), else the office itself.
     */
    private Letterhead letterhead(
            DocumentType type,
            Office office,
            String number,
            LocalDate issuedOn,
            String code,
            int revision,
            String supersedes) {
        String authority = settings.authority(office.code(), type.code()).orElse(office.name());
        String acting = authority.equals(office.name()) ? null : office.name();
        return new Letterhead(authority, number, issuedOn, code, revision, supersedes, acting);
    }

    /**
     * The issuing authority as the document names it, kept with the document when it is issued (/verify shows this,
     * not today's settings): the department, with the office acting for it (条例 §4).
     */
    static String issuingAuthority(Letterhead letterhead) {
        return letterhead.actingBody() == null
                ? letterhead.issuer()
                : letterhead.issuer() + "（" + letterhead.actingBody() + "受委托办理）";
    }

    DocumentRow require(long id) {
        return mapper.findById(id).orElseThrow(() -> new NotFoundException("文书", id));
    }

    private DocumentView requireVisible(long id, CurrentUser user) {
        DocumentView document = get(id);
        if (!dataScope.canSee(user, document.scope())) {
            throw new NotFoundException("文书", id);
        }
        return document;
    }

    private void requireDraft(DocumentRow row, String action) {
        if (!DocumentStatus.DRAFT.name().equals(row.status())) {
            throw new ConflictException(
                    "NOT_DRAFT",
                    "文书 " + row.docNumber() + " 已签发（"
                            + DocumentStatus.valueOf(row.status()).label() + "），不能再" + action + "；如需更正，请起草更正版本");
        }
    }

    private long insert(
            DocumentType type,
            CaseRef ref,
            String officeCode,
            String gridCode,
            int revision,
            Long supersedesId,
            Map<String, String> data,
            String actor) {
        GeneratedKey key = new GeneratedKey();
        mapper.insert(
                new DocumentRow(
                        null,
                        ref.type().name(),
                        String.valueOf(ref.id()),
                        type.code(),
                        officeCode,
                        gridCode,
                        DocumentStatus.DRAFT.name(),
                        revision,
                        supersedesId,
                        null,
                        null,
                        null,
                        null,
                        write(data),
                        type.template(),
                        null,
                        null,
                        null,
                        null,
                        clock.instant(),
                        actor,
                        null,
                        null,
                        null,
                        0,
                        null,
                        null,
                        null,
                        null),
                key);
        return key.getId();
    }

    private void insertRecipients(long id, List<Recipient> recipients) {
        int position = 0;
        for (Recipient r : recipients) {
            mapper.insertRecipient(
                    id,
                    ++position,
                    r.name().strip(),
                    blankToNull(r.role()),
                    blankToNull(r.address()),
                    blankToNull(r.email()),
                    r.emailConsent() && !blank(r.email()));
        }
    }

    private static List<FieldProblem> recipientProblems(List<Recipient> recipients) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient r = recipients.get(i);
            String prefix = "recipients[" + i + "].";
            if (r == null || blank(r.name()) || r.name().strip().length() > 100) {
                problems.add(new FieldProblem(prefix + "name", "Required", "请填写受送达人姓名或名称（不超过100个字符）"));
                continue;
            }
            if (!blank(r.email())
                    && (!EMAIL.matcher(r.email().strip()).matches() || r.email().length() > 100)) {
                problems.add(new FieldProblem(prefix + "email", "Email", "电子邮箱格式不正确：" + r.email()));
            }
            if (!blank(r.address()) && r.address().strip().length() > 300) {
                problems.add(new FieldProblem(prefix + "address", "Size", "送达地址不能超过300个字符"));
            }
            if (!blank(r.role()) && r.role().strip().length() > 50) {
                problems.add(new FieldProblem(prefix + "role", "Size", "身份不能超过50个字符"));
            }
        }
        return problems;
    }

    private String newCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = VerificationCodes.next();
            if (mapper.countCode(code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free verification code after 5 attempts");
    }

    DocumentView view(DocumentRow row) {
        return view(row, offices());
    }

    private List<DocumentView> views(List<DocumentRow> rows) {
        Map<String, Office> offices = offices();
        return rows.stream().map(r -> view(r, offices)).toList();
    }

    private Map<String, Office> offices() {
        Map<String, Office> offices = new LinkedHashMap<>();
        organization.offices().forEach(o -> offices.put(o.code(), o));
        return offices;
    }

    private DocumentView view(DocumentRow row, Map<String, Office> offices) {
        Office office = offices.get(row.officeCode());
        return new DocumentView(
                row.id(),
                caseRefOf(row),
                row.typeCode(),
                typeName(row.typeCode()),
                row.officeCode(),
                office == null ? row.officeCode() : office.name(),
                row.gridCode(),
                DocumentStatus.valueOf(row.status()),
                row.revision(),
                row.supersedesId(),
                row.supersedesNumber(),
                row.correctionId(),
                row.correctionNumber(),
                row.docNumber(),
                row.verificationCode(),
                row.templateName(),
                row.templateVersion(),
                row.pdfSha256(),
                row.pdfSize(),
                row.pageCount(),
                row.createdAt(),
                row.createdBy(),
                row.issuedAt(),
                row.issuedBy(),
                row.version(),
                read(row.inputData()),
                mapper.findRecipients(row.id()).stream()
                        .map(r ->
                                new RecipientView(r.id(), r.name(), r.role(), r.address(), r.email(), r.emailConsent()))
                        .toList(),
                new LinkedHashSet<>(mapper.findParticipants(row.id())));
    }

    /** The stored pair of columns as the case identity (the columns predate {@link CaseRef}). */
    static CaseRef caseRefOf(DocumentRow row) {
        return new CaseRef(CaseType.valueOf(row.caseType()), Long.parseLong(row.caseId()));
    }

    String typeName(String code) {
        return types.find(code).map(DocumentType::name).orElse(code);
    }

    Office findOffice(String code) {
        return organization.offices().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    private String write(Map<String, String> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String data) {
        try {
            return json.readValue(data, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable document data", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
