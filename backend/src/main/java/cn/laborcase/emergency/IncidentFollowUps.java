package cn.laborcase.emergency;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.persistence.BlacklistReviewRow;
import cn.laborcase.emergency.persistence.IncidentFollowUpMapper;
import cn.laborcase.emergency.persistence.ReferralRow;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.EmployerGrades;
import cn.laborcase.inspection.InspectionCase;
import cn.laborcase.inspection.InspectionCases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of what follows an incident (no scope check: the caller has done it). */
@Service
class IncidentFollowUps {

    private final IncidentFollowUpMapper mapper;
    private final InspectionCases inspectionCases;
    private final BlacklistReviews blacklist;
    private final CaseTimeline timeline;

    IncidentFollowUps(
            IncidentFollowUpMapper mapper,
            InspectionCases inspectionCases,
            BlacklistReviews blacklist,
            CaseTimeline timeline) {
        this.mapper = mapper;
        this.inspectionCases = inspectionCases;
        this.blacklist = blacklist;
        this.timeline = timeline;
    }

    @Transactional(readOnly = true)
    FollowUp of(WageIncidentRow row) {
        FollowUp.LinkedCase linked = null;
        if (row.inspectionCaseId() != null) {
            InspectionCase c = inspectionCases.get(row.inspectionCaseId());
            linked = new FollowUp.LinkedCase(c.id(), c.number(), c.status().label(), "/inspection-cases/" + c.id());
        }
        return new FollowUp(
                linked,
                mapper.findReferrals(row.id()).stream().map(this::referral).toList(),
                mapper.findBlacklists(row.id()).stream().map(this::review).toList());
    }

    private FollowUp.Referral referral(ReferralRow r) {
        ReferralGround ground = ReferralGround.valueOf(r.ground());
        ReferralStatus status = ReferralStatus.valueOf(r.status());
        return new FollowUp.Referral(
                r.id(),
                ground,
                ground.label(),
                CriminalReferrals.groundText(ground, r.orderServedOn(), r.orderDueOn()),
                r.orderServedOn(),
                r.orderDueOn(),
                r.policeOrgan(),
                r.facts(),
                timeline.nameOf(r.proposedBy()),
                r.proposedAt(),
                status,
                status.label(),
                r.decidedBy() == null ? null : timeline.nameOf(r.decidedBy()),
                r.decidedAt(),
                r.opinion(),
                r.documentId(),
                r.documentId() == null ? null : "/documents/" + r.documentId() + "/pdf");
    }

    private FollowUp.BlacklistReview review(BlacklistReviewRow b) {
        BlacklistGround ground = BlacklistGround.valueOf(b.ground());
        EmployerGrades.ProposalState elsewhere = blacklist.decidedElsewhere(b);
        BlacklistStatus status = BlacklistStatus.valueOf(blacklist.state(b));
        String by = elsewhere != null ? elsewhere.decidedBy() : b.decidedBy();
        return new FollowUp.BlacklistReview(
                b.id(),
                ground,
                ground.label(),
                b.reason(),
                timeline.nameOf(b.proposedBy()),
                b.proposedAt(),
                status,
                status.label() + (elsewhere != null ? "（在用人单位页面决定）" : ""),
                by == null ? null : timeline.nameOf(by),
                elsewhere != null ? elsewhere.decidedAt() : b.decidedAt(),
                b.opinion(),
                elsewhere != null);
    }
}
