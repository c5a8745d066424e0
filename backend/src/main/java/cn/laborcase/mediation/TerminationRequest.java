package cn.laborcase.mediation;

import java.time.LocalDate;

/** Ending a mediation without agreement before the 15 days ran out (终止调解): the day and why. */
public record TerminationRequest(LocalDate endedOn, String reason) {}
