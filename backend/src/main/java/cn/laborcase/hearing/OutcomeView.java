package cn.laborcase.hearing;

import java.time.Instant;

/** What became of a hearing: its outcome, who recorded it and when, the 庭审笔录's attachment id if filed. */
public record OutcomeView(
        long hearingId,
        String status,
        String outcome,
        String outcomeLabel,
        String note,
        String recordedBy,
        Instant recordedAt,
        Long recordAttachmentId,
        int version) {}
