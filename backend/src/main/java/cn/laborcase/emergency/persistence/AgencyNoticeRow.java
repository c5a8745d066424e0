package cn.laborcase.emergency.persistence;

import java.time.Instant;

/** A row of {@code wage_incident_agency_notice}: the 情况通报 to one agency, or the note that none is configured. */
public record AgencyNoticeRow(
        Long id,
        long incidentId,
        String agencyKind,
        String agencyName,
        String email,
        Long documentId,
        String outcome,
        String dedupKey,
        Instant recordedAt) {}
