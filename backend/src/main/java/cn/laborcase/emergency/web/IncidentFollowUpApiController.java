package cn.laborcase.emergency.web;

import cn.laborcase.emergency.AdvanceDecisionRequest;
import cn.laborcase.emergency.BlacklistRequest;
import cn.laborcase.emergency.BlacklistReviews;
import cn.laborcase.emergency.CriminalReferrals;
import cn.laborcase.emergency.IncidentQueries;
import cn.laborcase.emergency.IncidentRecoveries;
import cn.laborcase.emergency.InspectionCaseLinkRequest;
import cn.laborcase.emergency.InspectionCaseLinks;
import cn.laborcase.emergency.PaymentCorrectionRequest;
import cn.laborcase.emergency.PaymentCorrections;
import cn.laborcase.emergency.RecoveryRequest;
import cn.laborcase.emergency.ReferralRequest;
import cn.laborcase.emergency.WageIncidentView;
import cn.laborcase.security.CurrentUsers;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What follows an incident, under {@code /api/wage-incidents/{id}}: payment corrections, recoveries, the inspection
 * case, the criminal referral and the blacklist review. Each answers the incident as GET shows it.
 */
@RestController
@RequestMapping("/api/wage-incidents/{id:\\d+}")
class IncidentFollowUpApiController {

    private final IncidentQueries queries;
    private final PaymentCorrections corrections;
    private final IncidentRecoveries recoveries;
    private final InspectionCaseLinks links;
    private final CriminalReferrals referrals;
    private final BlacklistReviews blacklist;
    private final CurrentUsers currentUsers;

    IncidentFollowUpApiController(
            IncidentQueries queries,
            PaymentCorrections corrections,
            IncidentRecoveries recoveries,
            InspectionCaseLinks links,
            CriminalReferrals referrals,
            BlacklistReviews blacklist,
            CurrentUsers currentUsers) {
        this.queries = queries;
        this.corrections = corrections;
        this.recoveries = recoveries;
        this.links = links;
        this.referrals = referrals;
        this.blacklist = blacklist;
        this.currentUsers = currentUsers;
    }

    /** {action: CORRECT|CANCEL, version, reason, workerName, amount, paidAt, source} (a leader or the recorder). */
    @PostMapping("/payments/{paymentId:\\d+}/correction")
    WageIncidentView correct(
            @PathVariable long id, @PathVariable long paymentId, @RequestBody PaymentCorrectionRequest request) {
        corrections.correct(currentUsers.require(), id, paymentId, request);
        return queries.get(currentUsers.require(), id);
    }

    /** Money recovered from the employer for the fund's advances; above what is left to recover → 400. */
    @PostMapping("/recoveries")
    @ResponseStatus(HttpStatus.CREATED)
    WageIncidentView recover(@PathVariable long id, @RequestBody RecoveryRequest request) {
        recoveries.record(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    /** The open inspection cases of the incident's employer and office the user may link. */
    @GetMapping("/inspection-case-candidates")
    List<InspectionCaseLinks.Candidate> candidates(@PathVariable long id) {
        return links.candidates(currentUsers.require(), id);
    }

    @PostMapping("/inspection-case")
    WageIncidentView link(@PathVariable long id, @RequestBody InspectionCaseLinkRequest request) {
        links.link(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    /** Proposes an inspection case for the incident (awaiting 立案 approval like any other). */
    @PostMapping("/inspection-case/proposal")
    @ResponseStatus(HttpStatus.CREATED)
    WageIncidentView openCase(@PathVariable long id) {
        links.open(currentUsers.require(), id);
        return queries.get(currentUsers.require(), id);
    }

    @PostMapping("/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    WageIncidentView refer(@PathVariable long id, @RequestBody ReferralRequest request) {
        referrals.propose(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    /** The 局长: {decision: APPROVE|REJECT, opinion}; approval issues the 涉嫌犯罪案件移送书. */
    @PostMapping("/referrals/{referralId:\\d+}/decision")
    WageIncidentView decideReferral(
            @PathVariable long id, @PathVariable long referralId, @RequestBody AdvanceDecisionRequest request) {
        referrals.decide(currentUsers.require(), id, referralId, request);
        return queries.get(currentUsers.require(), id);
    }

    @PostMapping("/blacklist-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    WageIncidentView proposeListing(@PathVariable long id, @RequestBody BlacklistRequest request) {
        blacklist.propose(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    /** The 局长: {decision: LIST|NOT_LIST, opinion}. */
    @PostMapping("/blacklist-reviews/{reviewId:\\d+}/decision")
    WageIncidentView decideListing(
            @PathVariable long id, @PathVariable long reviewId, @RequestBody AdvanceDecisionRequest request) {
        blacklist.decide(currentUsers.require(), id, reviewId, request);
        return queries.get(currentUsers.require(), id);
    }
}
