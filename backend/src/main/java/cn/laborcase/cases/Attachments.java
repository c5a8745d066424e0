package cn.laborcase.cases;

import java.util.List;
import java.util.Optional;

/**
 * Uploaded evidence (证据材料, photos, scans) of a case or of a record that is not a case yet (a patrol, a written
 * review): stored in the database with its SHA-256 checksum, its size and type checked on the way in (the types and
 * the limit in {@code laborcase.attachments}). The owning module checks the user's right to see or act on the owner
 * before it calls this; the kernel never decides who may see a file.
 */
public interface Attachments {

    /**
     * Stores a file for its owner, in the caller's transaction. Refuses (400, naming the field {@code file}) an empty
     * or too large file, a type outside the allowed ones, or content that is not what its type says (a "photo" that is
     * not a JPEG/PNG).
     */
    default Attachment store(AttachmentOwner owner, String fileName, String contentType, byte[] content, String actor) {
        return store(owner, fileName, contentType, content, null, actor);
    }

    /**
     * As {@link #store(AttachmentOwner, String, String, byte[], String)}, with what the file shows in the uploader's
     * words ({@code description}, at most 500 characters, 400 naming it otherwise).
     */
    Attachment store(
            AttachmentOwner owner,
            String fileName,
            String contentType,
            byte[] content,
            String description,
            String actor);

    /** The owner's files, oldest first (no content). */
    List<Attachment> of(AttachmentOwner owner);

    /** The file with its content, if it belongs to the owner (an id of another owner's file is empty: 404). */
    Optional<AttachmentContent> content(AttachmentOwner owner, long attachmentId);

    /**
     * Who a file belongs to.
     *
     * @param kind e.g. {@code INSPECTION_CASE}, {@code PATROL}, {@code WRITTEN_REVIEW} (a {@code CaseType} name for a case)
     */
    record AttachmentOwner(String kind, long id) {}

    /** A stored file, without its content; {@code sha256} in lower-case hex. */
    record Attachment(
            long id,
            AttachmentOwner owner,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String uploadedBy,
            java.time.Instant uploadedAt,
            String description) {}

    /** A stored file and its bytes. */
    record AttachmentContent(Attachment attachment, byte[] content) {}
}
