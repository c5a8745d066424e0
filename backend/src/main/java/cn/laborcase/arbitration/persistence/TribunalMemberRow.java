package cn.laborcase.arbitration.persistence;

/** A row of {@code arbitration_tribunal_member}. */
public record TribunalMemberRow(long caseId, String username, String memberRole, int position) {}
