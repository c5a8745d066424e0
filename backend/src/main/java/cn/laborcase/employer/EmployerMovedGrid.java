package cn.laborcase.employer;

import java.time.Instant;

/**
 * An administrator moved an employer to another grid (audited). The tracks move the employer's open cases with it:
 * the inspection track gives its open cases to the new grid's inspectors, the patrol module its drawn patrols not yet
 * recorded. Published with {@code CaseEvents} in the
 * move's transaction.
 */
public record EmployerMovedGrid(
        long employerId, String fromGridCode, String toGridCode, String movedBy, Instant occurredAt) {

    /** The id the inspection track's listener of this event must have. */
    public static final String INSPECTION_LISTENER = "laborcase.inspection.on-employer-moved-grid";

    /** The id the patrol module's listener of this event must have (drawn patrols not yet recorded follow). */
    public static final String PATROL_LISTENER = "laborcase.patrol.on-employer-moved-grid";
}
