package cn.laborcase.patrol.web;

import cn.laborcase.employer.EmployerDirectory;
import cn.laborcase.employer.EmployerFilter;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.GroupIds;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.patrol.PatrolConflicts;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.PageRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 巡视回避: an inspector declares a conflict of interest with an employer of his grids; a leader records one for an
 * inspector of his office, confirms or withdraws. The employer is chosen from those the user sees.
 */
@Controller
class ConflictPageController {

    private static final int EMPLOYER_CHOICES = 100;

    private final PatrolConflicts conflicts;
    private final EmployerDirectory employers;
    private final OrganizationDirectory directory;
    private final CurrentUsers currentUsers;

    ConflictPageController(
            PatrolConflicts conflicts,
            EmployerDirectory employers,
            OrganizationDirectory directory,
            CurrentUsers currentUsers) {
        this.conflicts = conflicts;
        this.employers = employers;
        this.directory = directory;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/patrol-conflicts")
    String list(@RequestParam(required = false) String creditCode, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("conflicts", conflicts.list(user));
        // from the employer's page (申请巡视回避): that employer chosen, also when it is not among the first choices
        EmployerView chosen =
                creditCode == null || creditCode.isBlank() ? null : employers.visible(user, creditCode.strip());
        model.addAttribute("chosen", chosen == null ? null : chosen.creditCode());
        model.addAttribute("chosenName", chosen == null ? null : chosen.name());
        model.addAttribute(
                "employers",
                employers
                        .page(
                                user,
                                new EmployerFilter(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        new ListRequest(new PageRequest(0, EMPLOYER_CHOICES), "name", false)))
                        .items());
        model.addAttribute("inspectors", inspectorsFor(user));
        model.addAttribute("selfInspector", user.has(Role.INSPECTOR));
        model.addAttribute("zone", BeijingTime.ZONE);
        return "patrol/conflicts";
    }

    @PostMapping("/patrol-conflicts")
    String declare(
            @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String inspector,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            var c = conflicts.declare(currentUsers.require(), creditCode, inspector, reason);
            return "已登记" + c.inspectorName() + "就" + c.employerName() + "的回避申请";
        });
    }

    @PostMapping("/patrol-conflicts/{id}/confirm")
    String confirm(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(redirect, () -> {
            var c = conflicts.confirm(currentUsers.require(), id, version);
            return "已确认" + c.inspectorName() + "就" + c.employerName() + "回避";
        });
    }

    @PostMapping("/patrol-conflicts/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            var c = conflicts.withdraw(currentUsers.require(), id, version, note);
            return "已撤回" + c.inspectorName() + "就" + c.employerName() + "的回避";
        });
    }

    /** Runs the action; a refusal a clerk can correct (400, 409) is shown on the list, 403/404 go to the error page. */
    private static String act(RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flashSuccess", action.get());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "flashError",
                    e.problems().stream().map(FieldProblem::message).collect(Collectors.joining("；")));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/patrol-conflicts";
    }

    /** The inspectors a leader may record a conflict for: those of his offices. */
    private List<Colleague> inspectorsFor(CurrentUser user) {
        if (!user.isLeader() && !user.isAdmin()) {
            return List.of();
        }
        List<String> groups = user.officeCodes().stream()
                .map(o -> GroupIds.office(o, Role.INSPECTOR))
                .toList();
        return groups.isEmpty() ? List.of() : directory.colleagues(groups, null);
    }
}
