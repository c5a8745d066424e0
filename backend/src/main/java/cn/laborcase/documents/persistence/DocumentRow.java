package cn.laborcase.documents.persistence;

import java.time.Instant;

/**
 * A row of {@code document}, with the correction that supersedes it (if any) joined in.
 *
 * @param correctionId the later revision whose supersedes_id points here, draft or issued
 */
public record DocumentRow(
        Long id,
        String caseType,
        String caseId,
        String typeCode,
        String officeCode,
        String gridCode,
        String status,
        int revision,
        Long supersedesId,
        String docNumber,
        Integer numberYear,
        Integer numberSeq,
        String verificationCode,
        String inputData,
        String templateName,
        String templateVersion,
        String pdfSha256,
        Integer pdfSize,
        Integer pageCount,
        Instant createdAt,
        String createdBy,
        Instant issuedAt,
        String issuedBy,
        Instant supersededAt,
        int version,
        Long correctionId,
        String correctionStatus,
        String correctionNumber,
        String supersedesNumber) {}
