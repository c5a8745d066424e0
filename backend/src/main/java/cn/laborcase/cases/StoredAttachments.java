package cn.laborcase.cases;

import cn.laborcase.cases.persistence.AttachmentBytes;
import cn.laborcase.cases.persistence.AttachmentMapper;
import cn.laborcase.cases.persistence.AttachmentRow;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PrintableText;
import cn.laborcase.shared.UploadedFile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The attachment store in the database ({@code attachment}, {@code attachment_content}). */
@Service
class StoredAttachments implements Attachments {

    private static final String FILE = "file";
    private static final PrintableText DESCRIPTION = PrintableText.multiline("文件说明", 500);

    private final AttachmentMapper mapper;
    private final AttachmentSettings settings;
    private final Clock clock;

    StoredAttachments(AttachmentMapper mapper, AttachmentSettings settings, Clock clock) {
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Attachment store(AttachmentOwner owner, String fileName, String contentType, byte[] content, String actor) {
        return store(owner, fileName, contentType, content, null, actor);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Attachment store(
            AttachmentOwner owner,
            String fileName,
            String contentType,
            byte[] content,
            String description,
            String actor) {
        Objects.requireNonNull(owner, "owner");
        String type = check(fileName, contentType, content, description);
        String name = UploadedFile.baseName(fileName, "证据材料");
        String text = description == null || description.isBlank()
                ? null
                : PrintableText.normalizeNewlines(description).strip();
        GeneratedKey key = new GeneratedKey();
        mapper.insert(
                key,
                owner.kind(),
                owner.id(),
                name,
                type,
                content.length,
                sha256(content),
                text,
                actor,
                clock.instant());
        mapper.insertContent(key.getId(), content);
        return view(mapper.find(owner.kind(), owner.id(), key.getId()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attachment> of(AttachmentOwner owner) {
        return mapper.ofOwner(owner.kind(), owner.id()).stream()
                .map(StoredAttachments::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AttachmentContent> content(AttachmentOwner owner, long attachmentId) {
        return Optional.ofNullable(mapper.find(owner.kind(), owner.id(), attachmentId))
                .flatMap(row -> mapper.content(row.id())
                        .map(AttachmentBytes::content)
                        .map(bytes -> new AttachmentContent(view(row), bytes)));
    }

    /** Every problem of the upload at once; the type read from the content. */
    private String check(String fileName, String declaredType, byte[] content, String description) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        String type = null;
        if (UploadedFile.hasControlCharacters(fileName)) {
            problems.add(new FieldProblem(FILE, "FileName", "文件名含有控制字符，请重命名后再上传"));
        }
        if (content == null || content.length == 0) {
            problems.add(new FieldProblem(FILE, "Required", "请选择要上传的文件（文件不能为空）"));
        } else if (content.length > settings.maxBytes()) {
            problems.add(new FieldProblem(FILE, "Size", "文件不能超过" + megabytes(settings.maxBytes()) + " MB"));
        } else {
            type = UploadedFile.sniff(content)
                    .filter(settings.allowedTypes()::contains)
                    .orElse(null);
            if (type == null) {
                problems.add(new FieldProblem(FILE, "Type", "只能上传照片、扫描件或录像（" + allowedInWords() + "）"));
            } else if (contradicts(declaredType, type)) {
                problems.add(new FieldProblem(FILE, "Type", "文件内容与其类型不符，请上传原始文件"));
            }
        }
        DESCRIPTION
                .problemOf("description", PrintableText.normalizeNewlines(description))
                .ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return type;
    }

    /** A declared image that is not the image its bytes are, or a declared PDF that is not a PDF. */
    private static boolean contradicts(String declared, String actual) {
        if (declared == null || declared.isBlank() || "application/octet-stream".equalsIgnoreCase(declared.strip())) {
            return false;
        }
        String d = declared.strip().toLowerCase(java.util.Locale.ROOT);
        int semicolon = d.indexOf(';');
        if (semicolon >= 0) {
            d = d.substring(0, semicolon).strip();
        }
        if (d.equals("image/jpg") || d.equals("image/pjpeg")) {
            d = "image/jpeg";
        }
        return !d.equals(actual);
    }

    private String allowedInWords() {
        return String.join(
                "、",
                settings.allowedTypes().stream()
                        .map(StoredAttachments::typeName)
                        .toList());
    }

    private static String typeName(String type) {
        return switch (type) {
            case "image/jpeg" -> "JPEG";
            case "image/png" -> "PNG";
            case "application/pdf" -> "PDF";
            case "video/mp4" -> "MP4";
            default -> type;
        };
    }

    private static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb > 0 ? Long.toString(mb) : String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    private static Attachment view(AttachmentRow row) {
        return new Attachment(
                row.id(),
                new AttachmentOwner(row.ownerKind(), row.ownerId()),
                row.fileName(),
                row.contentType(),
                row.sizeBytes(),
                row.sha256(),
                row.uploadedBy(),
                row.uploadedAt(),
                row.description());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
