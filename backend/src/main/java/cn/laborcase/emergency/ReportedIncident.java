package cn.laborcase.emergency;

import java.time.Instant;

/**
 * The answer to a report (201): the incident's number, grade and status, and when approval is required, the instant
 * by which the section leader must decide before it goes to the 局长.
 */
public record ReportedIncident(
        long id, String number, Grade grade, String gradeName, IncidentStatus status, Instant approvalDueAt) {}
