package cn.laborcase.arbitration.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code arbitration_challenge} (回避申请 and its decision). */
public record ChallengeRow(
        Long id,
        long caseId,
        String memberKind,
        String memberUsername,
        String memberName,
        String applicant,
        String grounds,
        String groundsDigest,
        LocalDate filedOn,
        boolean learnedLate,
        Long deadlineId,
        String status,
        LocalDate decidedOn,
        String decidedBy,
        String decisionReasons,
        String replacement,
        Long documentId,
        String registeredBy,
        Instant createdAt,
        int version) {}
