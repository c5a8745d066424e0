/**
 * Working-day calendar (工作日历: holidays and make-up working days per year) and statutory deadlines (法定期限) in
 * working or calendar days, with extensions, pauses and restarts; recomputed when a year's schedule is loaded.
 */
package cn.laborcase.calendar;
