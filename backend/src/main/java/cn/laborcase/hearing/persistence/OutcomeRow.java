package cn.laborcase.hearing.persistence;

import java.time.Instant;

/** The outcome columns of {@code hearing} (V71). */
public record OutcomeRow(
        long hearingId, String outcome, String note, String recordedBy, Instant recordedAt, Long recordAttachmentId) {}
