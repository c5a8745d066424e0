package cn.laborcase.documents;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.documents.persistence.ServiceRecordMapper;
import cn.laborcase.documents.persistence.ServiceRecordRow;
import cn.laborcase.documents.persistence.StoredBytes;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.UploadedFile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service records (送达回证): per issued document and recipient, how, when (to the hour, Beijing time) and to whom it
 * was served, with evidence. Recording one generates and issues the 送达回证 itself as a document of its type, in
 * the same transaction, and publishes {@link DocumentServed}: service dates start legal periods, so the calendar
 * module takes them from here ({@link #servedAt}).
 */
@Service
public class ServiceRecords {

    /** Evidence files: photos or scans, at most 5 MB. */
    public static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

    /** 民事诉讼法 §95: 自发出公告之日起，经过三十日，即视为送达. */
    static final Duration PUBLIC_NOTICE_PERIOD = Duration.ofDays(30);

    private static final String SYSTEM = "system";
    private static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9-]{8,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ServiceRecordMapper mapper;
    private final Documents documents;
    private final DataScope dataScope;
    private final AuditJournal audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceRecords(
            ServiceRecordMapper mapper,
            Documents documents,
            DataScope dataScope,
            AuditJournal audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.mapper = mapper;
        this.documents = documents;
        this.dataScope = dataScope;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the service of an issued document on one of its recipients and issues its 送达回证. 400 naming every
     * missing or invalid field for the method; 409 when the document is not in force or already served on him.
     *
     * @param evidence may be null or empty
     */
    @Transactional
    public ServiceRecordView record(long documentId, ServiceRecordRequest request, Evidence evidence, String actor) {
        DocumentView document = documents.get(documentId);
        if (document.status() != DocumentStatus.ISSUED) {
            throw new ConflictException(
                    "NOT_IN_FORCE", document.label() + "（" + document.status().label() + "）不是有效的已签发文书，不能记录送达");
        }
        List<FieldProblem> problems = new ArrayList<>();
        RecipientView recipient = recipient(document, request.recipientId(), problems);
        Instant servedAt = servedAt(request, document, problems);
        boolean hasFile = evidence != null && !evidence.isEmpty();
        problems.addAll(methodProblems(request, recipient, hasFile));
        if (blank(request.server()) || request.server().strip().length() > 100) {
            problems.add(new FieldProblem("server", "Required", "请填写送达人（不超过100个字符）"));
        }
        if (!blank(request.note()) && request.note().strip().length() > 1000) {
            problems.add(new FieldProblem("note", "Size", "备注不能超过1000个字符"));
        }
        String evidenceType = hasFile ? evidenceProblem(evidence, problems) : null;
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return store(document, recipient, request, servedAt, evidence, evidenceType, actor);
    }

    /**
     * 电子送达 (民事诉讼法 §90): the outbox reports that the SMTP server accepted the document's mail for this
     * recipient; recorded with that moment as the time of service, and only when he consented to electronic service.
     * Empty when there is nothing to record (not consented, no longer in force, already served).
     */
    @Transactional
    public Optional<ServiceRecordView> recordDelivery(long documentId, long recipientId, Instant deliveredAt) {
        DocumentView document = documents.get(documentId);
        RecipientView recipient = document.recipients().stream()
                .filter(r -> r.id() == recipientId)
                .findFirst()
                .orElse(null);
        if (document.status() != DocumentStatus.ISSUED
                || recipient == null
                || !recipient.servedByEmail()
                || mapper.findByRecipient(documentId, recipientId).isPresent()) {
            return Optional.empty();
        }
        ServiceRecordRequest request = new ServiceRecordRequest(
                recipientId,
                ServiceMethod.EMAIL,
                null,
                null,
                null,
                null,
                null,
                null,
                recipient.email(),
                null,
                null,
                null,
                document.officeName(),
                "邮件服务器于 " + Dates.chineseMinute(deliveredAt) + " 接收送达邮件（受送达人已签署送达地址确认书，同意电子送达）");
        return Optional.of(store(document, recipient, request, deliveredAt, null, null, SYSTEM));
    }

    private ServiceRecordView store(
            DocumentView document,
            RecipientView recipient,
            ServiceRecordRequest request,
            Instant servedAt,
            Evidence evidence,
            String evidenceType,
            String actor) {
        long documentId = document.id();
        if (mapper.findByRecipient(documentId, recipient.id()).isPresent()) {
            throw new ConflictException("ALREADY_SERVED", document.label() + " 已记录向" + recipient.name() + "送达，不能重复记录");
        }
        Instant deemed =
                request.method() == ServiceMethod.PUBLIC_NOTICE ? servedAt.plus(PUBLIC_NOTICE_PERIOD) : servedAt;
        DocumentView receipt = issueReceipt(document, recipient, request, servedAt, actor);

        GeneratedKey key = new GeneratedKey();
        boolean hasEvidence = evidenceType != null;
        mapper.insert(
                new ServiceRecordRow(
                        null,
                        documentId,
                        recipient.id(),
                        recipient.name(),
                        request.method().name(),
                        servedAt,
                        deemed,
                        trim(request.place()),
                        trim(request.receiverName()),
                        trim(request.signerRelation()),
                        trim(request.trackingNumber()),
                        trim(request.emailAddress()),
                        trim(request.witness1()),
                        trim(request.witness2()),
                        trim(request.noticeMedium()),
                        trim(request.note()),
                        hasEvidence ? fileName(evidence.fileName()) : null,
                        evidenceType,
                        hasEvidence ? Documents.sha256(evidence.content()) : null,
                        hasEvidence ? evidence.content().length : null,
                        receipt.id(),
                        receipt.number(),
                        clock.instant(),
                        actor),
                key);
        long id = key.getId();
        if (hasEvidence) {
            mapper.insertEvidence(id, evidence.content());
        }
        audit.recordAs(
                actor,
                "DOCUMENT_SERVICE_RECORDED",
                Documents.TARGET,
                documentId,
                "记录" + document.label() + "向" + recipient.name()
                        + request.method().label() + "，送达时间 " + Dates.chineseMinute(servedAt) + "，送达回证 "
                        + receipt.number(),
                null,
                request.method().label() + " " + Dates.chineseMinute(servedAt)
                        + (hasEvidence ? "；证据 SHA-256 " + Documents.sha256(evidence.content()) : ""));
        events.publishEvent(new DocumentServed(
                documentId,
                document.caseRef(),
                document.typeCode(),
                document.number(),
                recipient.id(),
                recipient.name(),
                request.method(),
                servedAt,
                deemed,
                id));
        return view(mapper.findById(id).orElseThrow());
    }

    /** Staff: records service of a document of a case the user may act on. */
    @Transactional
    public ServiceRecordView record(
            long documentId, ServiceRecordRequest request, Evidence evidence, CurrentUser user) {
        documents.requireActionable(documentId, user);
        return record(documentId, request, evidence, user.username());
    }

    @Transactional(readOnly = true)
    public List<ServiceRecordView> forDocument(long documentId) {
        return mapper.findByDocument(documentId).stream()
                .map(ServiceRecords::view)
                .toList();
    }

    /**
     * When the document took legal effect on this recipient (the start of periods that run from service), if it has
     * been served on him.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> servedAt(long documentId, long recipientId) {
        return mapper.findByRecipient(documentId, recipientId).map(ServiceRecordRow::deemedServedAt);
    }

    /** The evidence file of a record of a document the user may see. */
    @Transactional(readOnly = true)
    public Evidence evidence(long recordId, CurrentUser user) {
        ServiceRecordRow row = mapper.findById(recordId).orElseThrow(() -> new NotFoundException("送达记录", recordId));
        documents.get(row.documentId(), user);
        if (row.evidenceFileName() == null) {
            throw new NotFoundException("送达证据", recordId);
        }
        byte[] content = mapper.findEvidence(recordId)
                .map(StoredBytes::content)
                .orElseThrow(() -> new NotFoundException("送达证据", recordId));
        return new Evidence(row.evidenceFileName(), row.evidenceContentType(), content);
    }

    private DocumentView issueReceipt(
            DocumentView document, RecipientView recipient, ServiceRecordRequest r, Instant servedAt, String actor) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("documentTitle", document.typeName());
        data.put("documentNumber", document.number());
        data.put("recipientName", recipient.name());
        data.put("address", blank(r.place()) ? recipient.address() : r.place());
        data.put("method", r.method().label());
        data.put("servedAt", LocalDateTime.ofInstant(servedAt, Dates.ZONE).toString());
        data.put("receiverName", r.receiverName());
        data.put("signerRelation", r.signerRelation());
        data.put("trackingNumber", r.trackingNumber());
        data.put("emailAddress", r.emailAddress());
        data.put(
                "witnesses",
                blank(r.witness1())
                        ? (r.method() == ServiceMethod.LEFT ? "无（以拍照、录像方式记录送达过程）" : null)
                        : blank(r.witness2())
                                ? r.witness1().strip()
                                : r.witness1().strip() + "、" + r.witness2().strip());
        data.put("noticeMedium", r.noticeMedium());
        data.put("server", r.server());
        data.put("note", r.note());
        data.values().removeIf(ServiceRecords::blank);
        DocumentView draft = documents.draft(
                new DocumentRequest(
                        CommonDocumentTypes.SERVICE_RECEIPT,
                        document.caseRef(),
                        document.officeCode(),
                        document.gridCode(),
                        document.participants(),
                        data,
                        List.of()),
                actor);
        return documents.issue(draft.id(), actor);
    }

    private static RecipientView recipient(DocumentView document, Long recipientId, List<FieldProblem> problems) {
        if (recipientId == null) {
            problems.add(new FieldProblem("recipientId", "Required", "请选择受送达人"));
            return null;
        }
        return document.recipients().stream()
                .filter(r -> r.id() == recipientId)
                .findFirst()
                .orElseGet(() -> {
                    problems.add(new FieldProblem("recipientId", "Unknown", "受送达人不是该文书的送达对象"));
                    return null;
                });
    }

    private Instant servedAt(ServiceRecordRequest request, DocumentView document, List<FieldProblem> problems) {
        if (request.servedOn() == null) {
            problems.add(new FieldProblem("servedOn", "Required", "请填写送达日期"));
            return null;
        }
        if (request.servedHour() == null || request.servedHour() < 0 || request.servedHour() > 23) {
            problems.add(new FieldProblem("servedHour", "Required", "请填写送达时间（0—23时）"));
            return null;
        }
        Instant at = request.servedOn()
                .atTime(request.servedHour(), 0)
                .atZone(Dates.ZONE)
                .toInstant();
        if (at.isAfter(clock.instant())) {
            problems.add(new FieldProblem("servedOn", "Future", "送达时间不能晚于现在"));
        } else if (document.issuedAt() != null
                && at.isBefore(document.issuedAt().truncatedTo(ChronoUnit.HOURS))) {
            problems.add(new FieldProblem(
                    "servedOn", "BeforeIssue", "送达时间不能早于文书签发时间（" + Dates.chineseMinute(document.issuedAt()) + "）"));
        }
        return at;
    }

    private static List<FieldProblem> methodProblems(ServiceRecordRequest r, RecipientView recipient, boolean hasFile) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.method() == null) {
            problems.add(new FieldProblem("method", "Required", "请选择送达方式"));
            return problems;
        }
        switch (r.method()) {
            case DIRECT -> {
                require(problems, "receiverName", r.receiverName(), "请填写签收人", 100);
                require(problems, "signerRelation", r.signerRelation(), "请填写签收人与受送达人的关系（如本人、同住成年家属）", 50);
            }
            case POST -> {
                // 民事诉讼法 §91: 以回执上注明的收件日期为送达日期 — the date is the return slip's, and the slip is kept
                if (!hasFile) {
                    problems.add(new FieldProblem(
                            "evidence", "Required", "邮寄送达以回执上注明的收件日期为送达日期：请上传签收回执（或邮件妥投证明）的扫描件，并按回执填写送达日期"));
                }
                if (blank(r.trackingNumber())) {
                    problems.add(new FieldProblem("trackingNumber", "Required", "邮寄送达须填写邮件号码"));
                } else if (!TRACKING.matcher(r.trackingNumber().strip()).matches()) {
                    problems.add(new FieldProblem("trackingNumber", "Invalid", "邮件号码应为8—30位字母或数字"));
                }
            }
            case EMAIL -> {
                if (recipient != null && !recipient.emailConsent()) {
                    // 民事诉讼法 §90: 经受送达人同意 — no 送达地址确认书, no electronic service
                    problems.add(new FieldProblem("method", "NoConsent", "受送达人未签署送达地址确认书同意电子送达，不能采用电子送达；请直接送达或邮寄送达"));
                }
                if (blank(r.emailAddress())) {
                    problems.add(new FieldProblem("emailAddress", "Required", "电子送达须填写受送达人的电子邮箱"));
                } else if (!EMAIL.matcher(r.emailAddress().strip()).matches()
                        || r.emailAddress().length() > 100) {
                    problems.add(new FieldProblem("emailAddress", "Invalid", "电子邮箱格式不正确"));
                }
            }
            case LEFT -> {
                // 民事诉讼法 §89: 邀请有关基层组织或者所在单位的代表到场 (a witness), 或者采用拍照、录像等方式记录送达过程
                if (blank(r.witness1()) && !hasFile) {
                    problems.add(new FieldProblem("witness1", "Required", "留置送达须有见证人在场，或者以拍照、录像记录送达过程：请填写见证人或上传照片、录像"));
                }
                if (!blank(r.witness1()) && r.witness1().strip().equals(trim(r.witness2()))) {
                    problems.add(new FieldProblem("witness2", "Distinct", "两名见证人不能是同一人"));
                }
                require(problems, "place", r.place(), "留置送达须填写留置地点（受送达人住所）", 300);
            }
            case PUBLIC_NOTICE -> require(problems, "noticeMedium", r.noticeMedium(), "公告送达须填写公告载体（如报纸、网站名称）", 200);
        }
        for (String[] f : new String[][] {
            {"place", r.place(), "300"}, {"receiverName", r.receiverName(), "100"},
            {"signerRelation", r.signerRelation(), "50"}, {"witness1", r.witness1(), "50"},
            {"witness2", r.witness2(), "50"}, {"noticeMedium", r.noticeMedium(), "200"}
        }) {
            if (!blank(f[1])
                    && f[1].strip().length() > Integer.parseInt(f[2])
                    && problems.stream().noneMatch(p -> p.field().equals(f[0]))) {
                problems.add(new FieldProblem(f[0], "Size", "不能超过" + f[2] + "个字符"));
            }
        }
        return problems;
    }

    /** Checks type by content (not by the name or declared type) and size; returns the content type. */
    private static String evidenceProblem(Evidence evidence, List<FieldProblem> problems) {
        if (UploadedFile.hasControlCharacters(evidence.fileName())) {
            problems.add(new FieldProblem("evidence", "FileName", "送达证据的文件名含有控制字符，请重命名后再上传"));
            return null;
        }
        byte[] b = evidence.content();
        if (b.length > MAX_EVIDENCE_BYTES) {
            problems.add(new FieldProblem("evidence", "Size", "送达证据文件不能超过5 MB"));
            return null;
        }
        Optional<String> type = UploadedFile.sniff(b);
        if (type.isPresent()) {
            return type.get();
        }
        problems.add(new FieldProblem("evidence", "Type", "送达证据只能是照片、扫描件或录像（JPEG、PNG、PDF 或 MP4）"));
        return null;
    }

    private static void require(List<FieldProblem> problems, String field, String value, String message, int max) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "Required", message));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "Size", "不能超过" + max + "个字符"));
        }
    }

    static ServiceRecordView view(ServiceRecordRow r) {
        return new ServiceRecordView(
                r.id(),
                r.documentId(),
                r.recipientId(),
                r.recipientName(),
                ServiceMethod.valueOf(r.method()),
                r.servedAt(),
                r.deemedServedAt(),
                r.place(),
                r.receiverName(),
                r.signerRelation(),
                r.trackingNumber(),
                r.emailAddress(),
                r.witness1(),
                r.witness2(),
                r.noticeMedium(),
                r.note(),
                r.evidenceFileName(),
                r.evidenceContentType(),
                r.evidenceSha256(),
                r.evidenceSize(),
                r.receiptDocumentId(),
                r.receiptNumber(),
                r.recordedAt(),
                r.recordedBy());
    }

    private static String fileName(String name) {
        return UploadedFile.baseName(name, "证据");
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
