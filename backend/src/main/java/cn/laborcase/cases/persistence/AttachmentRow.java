package cn.laborcase.cases.persistence;

import java.time.Instant;

/** One row of {@code attachment}. */
public record AttachmentRow(
        long id,
        String ownerKind,
        long ownerId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String description,
        String uploadedBy,
        Instant uploadedAt) {}
