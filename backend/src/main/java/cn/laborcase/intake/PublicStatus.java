package cn.laborcase.intake;

import java.time.LocalDate;

/**
 * What the public status page shows a complainant: the status, the next step and its date. Nothing else: no names,
 * no employer, no reasons beyond the step.
 */
public record PublicStatus(String number, String status, String nextStep, LocalDate nextStepDate) {}
