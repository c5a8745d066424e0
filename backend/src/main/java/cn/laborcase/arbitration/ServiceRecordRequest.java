package cn.laborcase.arbitration;

/** The day the respondent received the 应诉通知书 and the application copy, from the 送达回证 (2026-12-11). */
public record ServiceRecordRequest(String receivedOn) {}
