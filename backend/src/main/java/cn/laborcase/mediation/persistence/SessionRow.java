package cn.laborcase.mediation.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code mediation_session}: one meeting of the mediator with the parties. */
public record SessionRow(
        Long id,
        long caseId,
        LocalDate heldOn,
        String place,
        String attendees,
        String notes,
        String recordedBy,
        Instant recordedAt) {}
