package cn.laborcase.hearing;

/**
 * A staff member who cannot sit or record for a while: {@code from}/{@code to} as {@code 2026-10-12T08:30} or a day
 * {@code 2026-10-12} (a day: the whole day; {@code to} inclusive), kind LEAVE (休假), TRAINING (培训) or OTHER (其他).
 */
public record UnavailabilityRequest(String username, String from, String to, String kind, String note) {}
