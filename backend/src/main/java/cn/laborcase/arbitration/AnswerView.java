package cn.laborcase.arbitration;

import java.time.LocalDate;

/**
 * A respondent's answer (答辩书) as recorded.
 *
 * @param late received after the answer period ({@code answerDueDate}); recorded, not refused
 * @param copyDocumentId the 答辩书副本送达通知书 served on the applicants
 * @param copyServiceDueDate the last day to serve it (5 working days from the answer, 法 §30)
 * @param copyServedOn the day every applicant had received it (the period's close), or null
 */
public record AnswerView(
        int respondent,
        String respondentName,
        LocalDate receivedOn,
        String summary,
        boolean late,
        LocalDate answerDueDate,
        Long attachmentId,
        Long copyDocumentId,
        LocalDate copyServiceDueDate,
        LocalDate copyServedOn,
        String recordedBy) {}
