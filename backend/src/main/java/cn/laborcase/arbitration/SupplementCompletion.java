package cn.laborcase.arbitration;

/** The material was completed on this day (2026-12-09): the acceptance period runs again from it (办案规则 §46(二)). */
public record SupplementCompletion(String completedOn) {}
