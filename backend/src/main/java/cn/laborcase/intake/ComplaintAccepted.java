package cn.laborcase.intake;

import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint was accepted (受理): an inspection case is to be opened the same day (立案, 25号令 §18) in the employer's
 * grid, or, on the emergency route, handled by the emergency response. Published through the event publication
 * registry for the inspection track.
 *
 * <p>The property names are those of the JSON kept since the first event (V9 moved the pending ones into
 * {@code event_publication}; the enums are written by name as the strings were): rename none without migrating
 * those rows.
 */
public record ComplaintAccepted(
        long complaintId,
        String complaintNumber,
        long employerId,
        String officeCode,
        String gridCode,
        ComplaintCategory category,
        Route route,
        int complainants,
        LocalDate acceptedOn,
        String acceptedBy,
        Instant occurredAt) {

    /**
     * The id the inspection track's listener of this event must have: the events published before that listener
     * existed wait in {@code event_publication} under this id.
     */
    public static final String INSPECTION_LISTENER = "laborcase.inspection.on-complaint-accepted";

    /** The complaint as a case. */
    public CaseRef complaint() {
        return CaseRef.of(CaseType.COMPLAINT, complaintId);
    }
}
