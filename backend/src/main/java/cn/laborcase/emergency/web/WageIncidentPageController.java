package cn.laborcase.emergency.web;

import cn.laborcase.emergency.IncidentQueries;
import cn.laborcase.security.CurrentUsers;
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
        model.addAttribute("i", queries.get(currentUsers.require(), id));
        return "emergency/incident";
    }
}
