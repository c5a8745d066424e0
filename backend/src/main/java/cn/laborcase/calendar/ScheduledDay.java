package cn.laborcase.calendar;

import java.time.LocalDate;

/**
 * One day of a year's holiday schedule (节假日安排).
 *
 * @param name e.g. 国庆节, 国庆节调休上班
 * @param source the notice it comes from, e.g. 国办发明电〔2025〕7号
 */
public record ScheduledDay(LocalDate date, DayKind kind, String name, String source) {}
