package cn.laborcase.hearing;

import java.util.List;

/**
 * Ask for a docket proposal: the cases, the first day (default: today), the weeks (1–8), the hearing length, and how
 * long the solver may search (seconds, at most the configured {@code laborcase.hearing.docket-seconds}; default that).
 */
public record DocketProposalRequest(
        List<Long> caseIds, String from, Integer weeks, Integer durationMinutes, Integer seconds) {}
