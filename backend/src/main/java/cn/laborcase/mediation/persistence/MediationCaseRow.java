package cn.laborcase.mediation.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code mediation_case}; codes as their names. */
public record MediationCaseRow(
        Long id,
        String caseNumber,
        String officeCode,
        String status,
        LocalDate appliedOn,
        String mediator,
        String facts,
        Long complaintId,
        String complaintNumber,
        Long deadlineId,
        String processInstanceId,
        String registeredBy,
        Instant registeredAt,
        String requestKey,
        String requestHash,
        LocalDate endedOn,
        String terminationReason,
        LocalDate confirmationRequestedOn,
        String confirmationNote,
        Instant createdAt,
        int version) {}
