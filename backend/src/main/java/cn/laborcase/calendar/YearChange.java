package cn.laborcase.calendar;

/**
 * What a change of a year's schedule did.
 *
 * @param recomputedDeadlines open deadlines whose due date or provisional flag changed
 * @param movedTasks user tasks whose due date moved with them
 */
public record YearChange(int year, boolean loaded, int days, int recomputedDeadlines, int movedTasks) {}
