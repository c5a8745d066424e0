package cn.laborcase.employer.persistence;

import java.time.Instant;

/** A row of employer_grade_change, with the employer's office and grid for the data scope. */
public record GradeChangeRow(
        long id,
        long employerId,
        String employerName,
        String creditCode,
        String officeCode,
        String gridCode,
        String fromGrade,
        String toGrade,
        int gradeYear,
        String reason,
        String sourceType,
        Long sourceId,
        boolean blacklist,
        String state,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        int version) {}
