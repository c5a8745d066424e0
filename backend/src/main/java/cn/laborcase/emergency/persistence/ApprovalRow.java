package cn.laborcase.emergency.persistence;

import java.time.Instant;

/** A row of {@code wage_incident_approval}: the leader's decision on activating the plan. */
public record ApprovalRow(
        long incidentId, String decision, String opinion, String decidedBy, Instant decidedAt, String decidedAs) {}
