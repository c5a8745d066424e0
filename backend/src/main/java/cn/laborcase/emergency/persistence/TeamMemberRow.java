package cn.laborcase.emergency.persistence;

import java.time.Instant;

/** A row of {@code wage_incident_team_member}: one inspector of the on-site team. */
public record TeamMemberRow(
        Long id, long incidentId, String username, Instant arrivedAt, String recordedBy, Instant recordedAt) {}
