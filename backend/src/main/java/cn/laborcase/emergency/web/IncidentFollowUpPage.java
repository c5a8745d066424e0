package cn.laborcase.emergency.web;

import cn.laborcase.emergency.BlacklistStatus;
import cn.laborcase.emergency.IncidentStatus;
import cn.laborcase.emergency.ReferralStatus;
import cn.laborcase.emergency.WageIncidentView;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import org.springframework.ui.Model;

/**
 * Which follow-up forms of the incident page the user may use (templates/emergency/follow-up.html). The services check
 * the same rights again; the flags only spare the user a form that would be refused.
 */
final class IncidentFollowUpPage {

    private IncidentFollowUpPage() {}

    static void addTo(Model model, CurrentUser user, WageIncidentView i) {
        boolean activated = i.status() == IncidentStatus.ACTIVATED;
        boolean closed = i.status() == IncidentStatus.CLOSED;
        boolean inspector = user.has(Role.INSPECTOR);
        boolean head = user.has(Role.BUREAU_LEADER);
        var fu = i.followUp();
        boolean referred = fu.referrals().stream().anyMatch(r -> r.status() == ReferralStatus.APPROVED);
        model.addAttribute("followUpUser", user);
        model.addAttribute("followUpMe", user.username());
        model.addAttribute("followUpLeader", user.isLeader());
        model.addAttribute(
                "canCorrect",
                activated
                        && i.money().payments().stream()
                                .anyMatch(p -> p.active()
                                        && (user.isLeader() || p.recordedBy().equals(user.username()))));
        model.addAttribute(
                "canRecover",
                (activated || closed)
                        && (inspector || user.isLeader())
                        && i.money().toRecover().signum() > 0);
        boolean mayLink = fu.inspectionCase() == null && (inspector || user.isLeader());
        model.addAttribute("canLink", mayLink);
        model.addAttribute("canOpenCase", mayLink && (activated || i.status() == IncidentStatus.INSPECTION));
        model.addAttribute(
                "canRefer",
                inspector
                        && (activated || closed)
                        && fu.referrals().stream().allMatch(r -> r.status() == ReferralStatus.REJECTED));
        model.addAttribute(
                "canDecideReferral",
                head && fu.referrals().stream().anyMatch(r -> r.status() == ReferralStatus.PROPOSED));
        model.addAttribute(
                "canProposeBlacklist",
                inspector
                        && (referred || closed)
                        && fu.blacklistReviews().stream().allMatch(b -> b.status() == BlacklistStatus.NOT_LISTED));
        model.addAttribute(
                "canDecideBlacklist",
                head && fu.blacklistReviews().stream().anyMatch(b -> b.status() == BlacklistStatus.PROPOSED));
    }
}
