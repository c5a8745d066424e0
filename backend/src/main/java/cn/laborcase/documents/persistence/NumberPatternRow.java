package cn.laborcase.documents.persistence;

import java.time.Instant;

/** A row of {@code document_number_pattern}. */
public record NumberPatternRow(
        String officeCode, String typeCode, String pattern, Instant updatedAt, String updatedBy, int version) {}
