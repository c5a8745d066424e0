package cn.laborcase.documents;

import java.time.Instant;

/**
 * The number pattern in force for an office and type.
 *
 * @param custom true when an administrator set it; false when it is the type's default
 * @param version the row's version for optimistic locking; null while the default applies
 * @param example the number the next document would get this year
 */
public record NumberPatternView(
        String officeCode,
        String officeName,
        String officeShortName,
        String typeCode,
        String typeName,
        String pattern,
        boolean custom,
        Integer version,
        String example,
        Instant updatedAt,
        String updatedBy) {}
