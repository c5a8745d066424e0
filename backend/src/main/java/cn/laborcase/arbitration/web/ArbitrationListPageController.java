package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.ArbitrationCaseFilter;
import cn.laborcase.arbitration.ArbitrationQueries;
import cn.laborcase.arbitration.ArbitrationSources;
import cn.laborcase.arbitration.ArbitrationStatus;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The director's list (仲裁案件): per arbitrator (by name), status, suspended only; overdue first, paged on the
 * server.
 */
@Controller
class ArbitrationListPageController {

    private final ArbitrationQueries queries;
    private final ArbitrationSources sources;
    private final CasePreparation preparation;
    private final CurrentUsers currentUsers;

    ArbitrationListPageController(
            ArbitrationQueries queries,
            ArbitrationSources sources,
            CasePreparation preparation,
            CurrentUsers currentUsers) {
        this.queries = queries;
        this.sources = sources;
        this.preparation = preparation;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/arbitration/cases")
    String list(
            @RequestParam(name = "arbitrator", required = false) String arbitrator,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "suspended", required = false) String suspended,
            @RequestParam(name = "page", required = false) String page,
            Model model) {
        CurrentUser user = currentUsers.require();
        ArbitrationStatus chosen = Arrays.stream(ArbitrationStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        ArbitrationCaseFilter filter = new ArbitrationCaseFilter(
                chosen, arbitrator, "true".equals(suspended), pageNumber(page), ArbitrationCaseFilter.DEFAULT_SIZE);
        model.addAttribute("result", queries.page(user, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("referrals", sources.pending(user));
        model.addAttribute("statuses", Arrays.asList(ArbitrationStatus.values()));
        model.addAttribute("chosenStatus", chosen == null ? "" : chosen.name());
        model.addAttribute("arbitrators", preparation.arbitrators(user.officeCode()));
        return "arbitration/list";
    }

    /** 1-based on the screen; anything else than a small positive number is the first page. */
    private static int pageNumber(String text) {
        if (text == null || !text.strip().matches("\\d{1,6}")) {
            return 0;
        }
        return Math.max(Integer.parseInt(text.strip()) - 1, 0);
    }
}
