package cn.laborcase.intake;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A complaint of wage arrears involving the threshold's number of workers or more, or against an absconded employer
 * (欠薪逃匿), was registered: the emergency response (突发欠薪事件应急处置) starts at once, without waiting for the
 * admissibility review. Published at registration (or when a merge tips the complaint over the threshold) and kept
 * in {@code intake_event} for the emergency track.
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
        Instant reportedAt) {}
