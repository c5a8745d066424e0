package cn.laborcase.emergency.web;

import cn.laborcase.emergency.AdvanceDecisionRequest;
import cn.laborcase.emergency.BlacklistRequest;
import cn.laborcase.emergency.BlacklistReviews;
import cn.laborcase.emergency.CriminalReferrals;
import cn.laborcase.emergency.IncidentRecoveries;
import cn.laborcase.emergency.InspectionCaseLinkRequest;
import cn.laborcase.emergency.InspectionCaseLinks;
import cn.laborcase.emergency.PaymentCorrectionRequest;
import cn.laborcase.emergency.PaymentCorrections;
import cn.laborcase.emergency.RecoveryRequest;
import cn.laborcase.emergency.ReferralRequest;
import cn.laborcase.shared.BeijingTime;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The follow-up forms of the incident page (templates/emergency/follow-up.html): payment corrections, recoveries, the
 * inspection case, the criminal referral and the blacklist review. Each calls the service the API calls; a refused
 * form goes back to the page with 400 and each message next to its field, a conflict shows as 409, a role that may
 * not act gets 403 and another office's incident 404.
 */
@Controller
class IncidentFollowUpActionsController {

    private final PaymentCorrections corrections;
    private final IncidentRecoveries recoveries;
    private final InspectionCaseLinks links;
    private final CriminalReferrals referrals;
    private final BlacklistReviews blacklist;
    private final IncidentForms forms;

    IncidentFollowUpActionsController(
            PaymentCorrections corrections,
            IncidentRecoveries recoveries,
            InspectionCaseLinks links,
            CriminalReferrals referrals,
            BlacklistReviews blacklist,
            IncidentForms forms) {
        this.corrections = corrections;
        this.recoveries = recoveries;
        this.links = links;
        this.referrals = referrals;
        this.blacklist = blacklist;
        this.forms = forms;
    }

    @PostMapping("/wage-incidents/{id:\\d+}/payments/{paymentId:\\d+}/correction")
    String correct(
            @PathVariable long id,
            @PathVariable long paymentId,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String workerName,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String paidAt,
            @RequestParam(required = false) String source,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(
                id,
                "correction-" + paymentId,
                "CANCEL".equals(action) ? "已撤销该支付记录" : "已更正该支付记录",
                model,
                response,
                redirect,
                user -> corrections.correct(
                        user,
                        id,
                        paymentId,
                        new PaymentCorrectionRequest(
                                version, action, reason, workerName, amount, beijingToOffset(paidAt), source)));
    }

    @PostMapping("/wage-incidents/{id:\\d+}/recoveries")
    String recover(
            @PathVariable long id,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String recoveredOn,
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(
                id,
                "recovery",
                "已登记追偿",
                model,
                response,
                redirect,
                user -> recoveries.record(user, id, new RecoveryRequest(amount, recoveredOn, method, note)));
    }

    @PostMapping("/wage-incidents/{id:\\d+}/inspection-case")
    String link(
            @PathVariable long id,
            @RequestParam(required = false) String caseId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(id, "link", "已关联监察案件", model, response, redirect, user -> {
            links.link(user, id, new InspectionCaseLinkRequest(caseId));
            return id;
        });
    }

    @PostMapping("/wage-incidents/{id:\\d+}/inspection-case/proposal")
    String openCase(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return forms.act(id, "link", "已提请监察案件，待立案审批", model, response, redirect, user -> links.open(user, id));
    }

    @PostMapping("/wage-incidents/{id:\\d+}/referrals")
    String refer(
            @PathVariable long id,
            @RequestParam(required = false) String ground,
            @RequestParam(required = false) String orderServedOn,
            @RequestParam(required = false) String orderDueOn,
            @RequestParam(required = false) String policeOrgan,
            @RequestParam(required = false) String facts,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(
                id,
                "referral",
                "已提请移送公安机关，待局长审批",
                model,
                response,
                redirect,
                user -> referrals.propose(
                        user, id, new ReferralRequest(ground, orderServedOn, orderDueOn, policeOrgan, facts)));
    }

    @PostMapping("/wage-incidents/{id:\\d+}/referrals/{referralId:\\d+}/decision")
    String decideReferral(
            @PathVariable long id,
            @PathVariable long referralId,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String opinion,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(id, "referral-decision", "已作出移送决定", model, response, redirect, user -> {
            referrals.decide(user, id, referralId, new AdvanceDecisionRequest(decision, opinion));
            return referralId;
        });
    }

    @PostMapping("/wage-incidents/{id:\\d+}/blacklist-reviews")
    String proposeListing(
            @PathVariable long id,
            @RequestParam(required = false) String ground,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(
                id,
                "blacklist",
                "已提请列入失信联合惩戒名单，待局长决定",
                model,
                response,
                redirect,
                user -> blacklist.propose(user, id, new BlacklistRequest(ground, reason)));
    }

    @PostMapping("/wage-incidents/{id:\\d+}/blacklist-reviews/{reviewId:\\d+}/decision")
    String decideListing(
            @PathVariable long id,
            @PathVariable long reviewId,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String opinion,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(id, "blacklist-decision", "已作出是否列入名单的决定", model, response, redirect, user -> {
            blacklist.decide(user, id, reviewId, new AdvanceDecisionRequest(decision, opinion));
            return reviewId;
        });
    }

    /** 2026-12-06T10:00 (Beijing, datetime-local) → with its offset; anything else is passed on to be named. */
    private static String beijingToOffset(String local) {
        if (local == null || local.isBlank()) {
            return local;
        }
        try {
            return LocalDateTime.parse(local.strip())
                    .atZone(BeijingTime.ZONE)
                    .toOffsetDateTime()
                    .toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }
}
