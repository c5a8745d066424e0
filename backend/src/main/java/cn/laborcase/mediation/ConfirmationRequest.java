package cn.laborcase.mediation;

import java.time.LocalDate;

/**
 * Both parties jointly applied to the arbitration committee for the review of their agreement (仲裁审查 → 仲裁调解书):
 * the day of the joint application, within 15 days of the agreement's taking effect.
 */
public record ConfirmationRequest(LocalDate appliedOn, String note) {}
