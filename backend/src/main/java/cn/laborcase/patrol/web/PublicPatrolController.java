package cn.laborcase.patrol.web;

import cn.laborcase.patrol.PatrolPublication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 一公开 (国办发〔2015〕58号): the month's routine patrols of an office, public (no login) — the employers checked and
 * the results, no personal data.
 */
@Controller
class PublicPatrolController {

    private final PatrolPublication publication;

    PublicPatrolController(PatrolPublication publication) {
        this.publication = publication;
    }

    @GetMapping("/public/patrol-results")
    String results(
            @RequestParam(required = false) String month, @RequestParam(required = false) String office, Model model) {
        model.addAttribute("r", publication.of(office, month));
        return "patrol/public-results";
    }
}
