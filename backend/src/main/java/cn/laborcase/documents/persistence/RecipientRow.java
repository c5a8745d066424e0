package cn.laborcase.documents.persistence;

/** A row of {@code document_recipient}. */
public record RecipientRow(
        long id,
        long documentId,
        int position,
        String name,
        String role,
        String address,
        String email,
        boolean emailConsent) {}
