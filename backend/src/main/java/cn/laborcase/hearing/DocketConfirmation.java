package cn.laborcase.hearing;

import java.util.List;

/**
 * The outcome of confirming a proposal, case by case: 201 with the hearing, or the status and message the booking API
 * gave (409 when someone booked the slot meanwhile, 400 when a rule now refuses it); a booked one names its
 * 开庭通知书.
 */
public record DocketConfirmation(int booked, List<Result> results) {

    public record Result(Long caseId, int status, Long hearingId, Long noticeDocumentId, String code, String message) {}
}
