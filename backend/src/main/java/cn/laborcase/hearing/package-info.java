/**
 * Hearings (开庭排期, issue 15): the committees' hearing rooms and their staff's unavailability, race-safe booking of a
 * room, the tribunal and a clerk for an arbitration case inside the law's windows, the search for free slots, and the
 * 开庭通知书. It reads and records the case through the arbitration module's port {@code HearingCases}; arbitration does
 * not know this module. docs/hearings.md.
 */
package cn.laborcase.hearing;
