package cn.laborcase.calendar;

import java.time.LocalDate;

/** The period began again from {@code newStart} (重新计算, e.g. after 补正 or added claims, 办案规则 §46). */
public record Restart(LocalDate previousStart, LocalDate newStart, String reason) {}
