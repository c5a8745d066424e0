package cn.laborcase.emergency.web;

import cn.laborcase.emergency.AdvanceStatus;
import cn.laborcase.emergency.IncidentClosure;
import cn.laborcase.emergency.IncidentQueries;
import cn.laborcase.emergency.IncidentStatus;
import cn.laborcase.emergency.WageIncidentView;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The incident list of the user's office and the incident's page (another office's: 404). */
@Controller
class WageIncidentPageController {

    static final int LIST_SIZE = 200;

    private final IncidentQueries queries;
    private final CurrentUsers currentUsers;

    WageIncidentPageController(IncidentQueries queries, CurrentUsers currentUsers) {
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/wage-incidents")
    String list(Model model) {
        model.addAttribute("incidents", queries.recent(currentUsers.require(), LIST_SIZE));
        return "emergency/list";
    }

    @GetMapping("/wage-incidents/{id:\\d+}")
    String page(@PathVariable long id, Model model) {
        return show(queries, currentUsers.require(), id, model);
    }

    /**
     * Puts the incident and which forms the user may use on the model. The services check the same rights again; the
     * flags only spare the user a form that would be refused.
     */
    static String show(IncidentQueries queries, CurrentUser user, long id, Model model) {
        WageIncidentView i = queries.get(user, id);
        FormErrors.none(model);
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", "");
        }
        boolean activated = i.status() == IncidentStatus.ACTIVATED;
        boolean inspector = user.has(Role.INSPECTOR);
        boolean closurePending =
                i.closures().stream().anyMatch(c -> !"APPROVED".equals(c.status()) && !"RETURNED".equals(c.status()));
        model.addAttribute("i", i);
        IncidentFollowUpPage.addTo(model, user, i);
        model.addAttribute("canPay", activated && (inspector || user.isLeader()));
        model.addAttribute("canAdvance", activated && inspector);
        model.addAttribute("canReport", activated && inspector);
        model.addAttribute("canSubmitClosure", activated && inspector && !closurePending);
        model.addAttribute("canOrderRepayment", activated && inspector);
        model.addAttribute(
                "canIssueDepositNotice",
                activated && inspector && !i.repaymentOrders().isEmpty());
        model.addAttribute(
                "canDecideAdvance",
                user.has(Role.BUREAU_LEADER)
                        && i.money().advances().stream().anyMatch(a -> a.status() == AdvanceStatus.REQUESTED));
        model.addAttribute(
                "canDecideClosure", (user.has(Role.SECTION_LEADER) || user.has(Role.BUREAU_LEADER)) && closurePending);
        model.addAttribute(
                "pendingClosure",
                i.closures().stream()
                        .filter(c -> !"APPROVED".equals(c.status()) && !"RETURNED".equals(c.status()))
                        .map(IncidentClosure.Closure::id)
                        .findFirst()
                        .orElse(null));
        return "emergency/incident";
    }
}
