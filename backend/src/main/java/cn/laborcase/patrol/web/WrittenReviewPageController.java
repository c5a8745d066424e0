package cn.laborcase.patrol.web;

import cn.laborcase.patrol.WrittenReviews;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 书面审查: the campaigns, a campaign's employers with their progress, one employer's review. */
@Controller
class WrittenReviewPageController {

    private final WrittenReviews reviews;
    private final CurrentUsers currentUsers;

    WrittenReviewPageController(WrittenReviews reviews, CurrentUsers currentUsers) {
        this.reviews = reviews;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/written-reviews")
    String list(Model model) {
        model.addAttribute("page", reviews.listPage(currentUsers.require()));
        model.addAttribute("zone", BeijingTime.ZONE);
        return "patrol/campaigns";
    }

    @PostMapping("/written-reviews")
    String open(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) List<String> grids,
            RedirectAttributes redirect) {
        WrittenReviews.CampaignView campaign = reviews.open(currentUsers.require(), year, grids);
        redirect.addFlashAttribute("flashSuccess", "已开展" + campaign.campaign().title());
        return "redirect:/written-reviews/" + campaign.campaign().id();
    }

    @GetMapping("/written-reviews/{id}")
    String campaign(
            @PathVariable long id,
            @RequestParam(required = false) String submitted,
            @RequestParam(required = false) String reviewed,
            Model model) {
        model.addAttribute("c", reviews.campaign(currentUsers.require(), id, submitted, reviewed));
        model.addAttribute("zone", BeijingTime.ZONE);
        return "patrol/campaign";
    }

    @GetMapping("/written-reviews/reviews/{id}")
    String review(@PathVariable long id, Model model) {
        return form(model, reviews.review(currentUsers.require(), id), null, Map.of());
    }

    @PostMapping("/written-reviews/reviews/{id}/submission")
    String submit(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            reviews.submit(currentUsers.require(), id, form.get("submittedOn"), form.get("materials"), version(form));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, reviews.review(currentUsers.require(), id), e, form);
        }
        redirect.addFlashAttribute("flashSuccess", "报送材料已登记");
        return "redirect:/written-reviews/reviews/" + id;
    }

    @PostMapping("/written-reviews/reviews/{id}/review")
    String decide(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            reviews.decide(
                    currentUsers.require(),
                    id,
                    "true".equals(form.get("onsiteCheck")),
                    form.get("proposedGrade"),
                    form.get("note"),
                    "true".equals(form.get("openCase")),
                    version(form));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, reviews.review(currentUsers.require(), id), e, form);
        }
        redirect.addFlashAttribute("flashSuccess", "审查结果已登记");
        return "redirect:/written-reviews/reviews/" + id;
    }

    private static String form(
            Model model, WrittenReviews.ReviewView review, InvalidInputException problems, Map<String, String> values) {
        model.addAttribute("r", review);
        model.addAttribute("problems", problems == null ? null : problems.problems());
        model.addAttribute("values", values);
        model.addAttribute("zone", BeijingTime.ZONE);
        return "patrol/review";
    }

    private static Integer version(Map<String, String> form) {
        String v = form.get("version");
        try {
            return v == null || v.isBlank() ? null : Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "Format", "页面已过期，请刷新后重试");
        }
    }
}
