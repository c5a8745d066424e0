package cn.laborcase.hearing;

import java.util.List;

/** Confirm a proposal: book each hearing as proposed (the items of {@link DocketProposalView}). */
public record DocketConfirmRequest(List<BookHearingRequest> hearings) {}
