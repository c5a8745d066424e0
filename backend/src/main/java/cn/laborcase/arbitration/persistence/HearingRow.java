package cn.laborcase.arbitration.persistence;

import java.time.Instant;

/** A row of {@code arbitration_hearing} (booked by the hearings issue). */
public record HearingRow(long id, long caseId, Instant startsAt, Instant endsAt, String room, String status) {}
