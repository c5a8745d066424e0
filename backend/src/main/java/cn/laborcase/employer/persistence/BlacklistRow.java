package cn.laborcase.employer.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A 失信联合惩戒名单 entry. */
public record BlacklistRow(
        long id,
        long employerId,
        String employerName,
        String creditCode,
        String legalRepresentative,
        String reason,
        String sourceType,
        Long sourceId,
        LocalDate listedOn,
        LocalDate listedUntil,
        String confirmedBy,
        Instant confirmedAt) {}
