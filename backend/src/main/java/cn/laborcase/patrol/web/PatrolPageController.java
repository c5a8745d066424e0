package cn.laborcase.patrol.web;

import cn.laborcase.patrol.ChecklistTopic;
import cn.laborcase.patrol.PatrolPlanView;
import cn.laborcase.patrol.PatrolPlans;
import cn.laborcase.patrol.PatrolRecordRequest;
import cn.laborcase.patrol.PatrolRecords;
import cn.laborcase.patrol.PatrolResult;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.InvalidInputException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 巡视计划 (the grid's month: the draw, its pairs and results), its re-run, and a patrol's record page. */
@Controller
class PatrolPageController {

    private final PatrolPlans plans;
    private final PatrolRecords records;
    private final CurrentUsers currentUsers;

    PatrolPageController(PatrolPlans plans, PatrolRecords records, CurrentUsers currentUsers) {
        this.plans = plans;
        this.records = records;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/patrol-plans")
    String plan(
            @RequestParam(required = false) String grid, @RequestParam(required = false) String month, Model model) {
        model.addAttribute("page", plans.page(currentUsers.require(), grid, month));
        model.addAttribute("zone", BeijingTime.ZONE);
        return "patrol/plan";
    }

    @PostMapping("/patrol-plans")
    String start(
            @RequestParam(required = false) String grid,
            @RequestParam(required = false) String month,
            RedirectAttributes redirect) {
        PatrolPlanView plan = plans.start(currentUsers.require(), grid, PatrolPlans.month(month));
        redirect.addFlashAttribute("flashSuccess", "已抽取" + plan.gridName() + plan.monthLabel() + "巡视计划");
        return "redirect:/patrol-plans?grid=" + URLEncoder.encode(plan.gridCode(), StandardCharsets.UTF_8) + "&month="
                + plan.month();
    }

    @GetMapping("/patrol-plans/audit")
    String audit(
            @RequestParam(required = false) String grid, @RequestParam(required = false) String month, Model model) {
        model.addAttribute("audit", plans.rerun(currentUsers.require(), grid, month));
        return "patrol/audit";
    }

    @GetMapping("/patrols/{id}")
    String patrol(@PathVariable long id, Model model) {
        return form(model, records.get(currentUsers.require(), id), null, null);
    }

    @PostMapping("/patrols/{id}")
    String record(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        Map<String, String> checks = new LinkedHashMap<>();
        for (ChecklistTopic t : ChecklistTopic.values()) {
            checks.put(t.name(), form.get(t.field()));
        }
        PatrolRecordRequest request = new PatrolRecordRequest(
                checks,
                form.get("result"),
                form.get("patrolledOn"),
                form.get("notes"),
                form.get("sitePlace"),
                form.get("sitePresent"),
                form.get("siteFindings"),
                form.get("amountOwed"),
                form.get("workersAffected"),
                version(form.get("version")));
        try {
            records.record(currentUsers.require(), id, request);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, records.get(currentUsers.require(), id), e, form);
        }
        redirect.addFlashAttribute("flashSuccess", "巡视检查结果已登记");
        return "redirect:/patrols/" + id;
    }

    @PostMapping("/patrols/{id}/photos")
    String photo(
            @PathVariable long id,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect)
            throws java.io.IOException {
        try {
            records.addPhoto(
                    currentUsers.require(),
                    id,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flashSuccess", "现场照片已上传");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "flashError",
                    String.join("；", e.problems().stream().map(p -> p.message()).toList()));
        }
        return "redirect:/patrols/" + id;
    }

    @GetMapping("/patrols/{id}/photos/{photoId}")
    org.springframework.http.ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        var photo = records.photo(currentUsers.require(), id, photoId);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        photo.attachment().contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.content());
    }

    private static String form(
            Model model,
            cn.laborcase.patrol.PatrolRecordView patrol,
            InvalidInputException problems,
            Map<String, String> values) {
        model.addAttribute("p", patrol);
        model.addAttribute("topics", ChecklistTopic.values());
        model.addAttribute("verdicts", ChecklistTopic.Verdict.values());
        model.addAttribute("results", PatrolResult.values());
        model.addAttribute("problems", problems == null ? null : problems.problems());
        model.addAttribute("values", values == null ? Map.of() : values);
        model.addAttribute("zone", BeijingTime.ZONE);
        return "patrol/patrol";
    }

    private static Integer version(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "Format", "页面已过期，请刷新后重试");
        }
    }
}
