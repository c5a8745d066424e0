package cn.laborcase.arbitration.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code arbitration_answer}: a respondent's 答辩书 as received. */
public record AnswerRow(
        Long id,
        long caseId,
        int respondentPosition,
        String respondentName,
        LocalDate receivedOn,
        String summary,
        boolean late,
        LocalDate answerDueDate,
        Long attachmentId,
        Long copyDocumentId,
        Long serviceDeadlineId,
        String recordedBy,
        Instant recordedAt) {}
