package cn.laborcase.intake;

import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A complaint of wage arrears involving the threshold's number of workers or more, or against an absconded employer
 * (欠薪逃匿), was registered: the emergency response (突发欠薪事件应急处置) starts at once, without waiting for the
 * admissibility review. Published at registration (or when a merge tips the complaint over the threshold) through the
 * event publication registry, for the emergency track.
 *
 * <p>The property names are those of the JSON kept since the first event (V9 moved the pending ones into
 * {@code event_publication}): rename none without migrating those rows.
 */
public record WageEmergencyReported(
        long complaintId,
        String complaintNumber,
        long employerId,
        String employerName,
        String creditCode,
        String officeCode,
        String gridCode,
        int workersAffected,
        BigDecimal amountOwed,
        boolean employerAbsconded,
        Instant reportedAt) {

    /**
     * The id the emergency track's listener of this event must have
     * ({@code @ApplicationModuleListener(id = WageEmergencyReported.EMERGENCY_LISTENER)}): the events published before
     * that listener existed wait in {@code event_publication} under this id and reach it at its first start.
     */
    public static final String EMERGENCY_LISTENER = "laborcase.emergency.on-wage-emergency-reported";

    /** The complaint as a case. */
    public CaseRef complaint() {
        return CaseRef.of(CaseType.COMPLAINT, complaintId);
    }
}
