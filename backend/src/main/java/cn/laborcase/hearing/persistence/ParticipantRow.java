package cn.laborcase.hearing.persistence;

/** A row of {@code hearing_participant}: PRESIDING, MEMBER, SOLE or CLERK. */
public record ParticipantRow(long hearingId, String username, String role) {}
