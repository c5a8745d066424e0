package cn.laborcase.mediation;

import java.time.LocalDate;

/** A mediation session (调解): when, where, who attended, what happened. */
public record SessionRequest(LocalDate heldOn, String place, String attendees, String notes) {}
