package cn.laborcase.arbitration;

/**
 * Mediation before the award (法 §42): {@code terms} of the agreement for the 仲裁调解书; then each party's signed
 * receipt ({@code party} APPLICANT or RESPONDENT, {@code receivedOn}).
 */
public record MediationRequest(String terms, String party, String receivedOn) {}
