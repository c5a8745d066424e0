package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.AwardPeriod;
import cn.laborcase.arbitration.AwardPeriodRequest;
import cn.laborcase.arbitration.AwardRequest;
import cn.laborcase.arbitration.Awards;
import cn.laborcase.arbitration.CaseEndings;
import cn.laborcase.arbitration.MediationRequest;
import cn.laborcase.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The award side's forms on the case page (审理期限与结案): 作出裁决, 仲裁调解书, 中止/恢复审理, 延长审理期限, 撤回. Each calls the same
 * service as the API; done → 302 back to the page with a message; wrong input → the page again with 400 and each
 * message beside its field; a conflict → the page with 409 and its message; 403/404 from the service's checks.
 */
@Controller
class ArbitrationAwardPageController {

    private final CasePageActions actions;

    /** More rows than any case has claim items; the form posts one row per item. */
    private static final int MAX_ROWS = 200;

    private final AwardPeriod period;
    private final Awards awards;
    private final CaseEndings endings;

    ArbitrationAwardPageController(AwardPeriod period, Awards awards, CaseEndings endings, CasePageActions actions) {
        this.actions = actions;
        this.period = period;
        this.awards = awards;
        this.endings = endings;
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/award")
    String award(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<AwardRequest.Item> items = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String p = "items[" + i + "].";
            if (!fields.containsKey(p + "outcome")
                    && !fields.containsKey(p + "amount")
                    && !fields.containsKey(p + "reasoning")) {
                break;
            }
            String amount = fields.get(p + "amount");
            items.add(new AwardRequest.Item(
                    i,
                    fields.get(p + "outcome"),
                    amount == null || amount.isBlank() ? null : amount.strip(),
                    fields.get(p + "reasoning")));
        }
        AwardRequest request = new AwardRequest(items, "true".equals(fields.get("byDefault")));
        return actions.act(id, "award", "已作出仲裁裁决，裁决书已生成", model, response, redirect, u -> awards.award(u, id, request));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/suspension")
    String suspend(
            @PathVariable long id,
            @RequestParam(name = "on", required = false) String on,
            @RequestParam(name = "reason", required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AwardPeriodRequest request = new AwardPeriodRequest(on, null, reason, null, null, null);
        return actions.act(
                id,
                "suspension",
                "已中止审理，审理期限暂停计算，已出具决定书",
                model,
                response,
                redirect,
                u -> period.suspend(u, id, request));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/resumption")
    String resume(
            @PathVariable long id,
            @RequestParam(name = "on", required = false) String on,
            @RequestParam(name = "reason", required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AwardPeriodRequest request = new AwardPeriodRequest(on, null, reason, null, null, null);
        return actions.act(
                id, "resumption", "已恢复审理，审理期限继续计算", model, response, redirect, u -> period.resume(u, id, request));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/extension")
    String extend(
            @PathVariable long id,
            @RequestParam(name = "on", required = false) String on,
            @RequestParam(name = "days", required = false) String days,
            @RequestParam(name = "reason", required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return actions.act(id, "extension", "已批准延长审理期限，已出具决定书", model, response, redirect, u -> {
            Integer n = null;
            if (days != null && !days.isBlank()) {
                try {
                    n = Integer.valueOf(days.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("days", "Range", "延长天数请填写1至15的整数");
                }
            }
            period.extend(u, id, new AwardPeriodRequest(on, null, reason, n, null, null));
        });
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/mediation")
    String mediate(
            @PathVariable long id,
            @RequestParam(name = "terms", required = false) String terms,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        MediationRequest request = new MediationRequest(terms, null, null);
        return actions.act(
                id,
                "mediation",
                "已制作仲裁调解书，请在“送达与答辩”中登记双方当事人的签收",
                model,
                response,
                redirect,
                u -> endings.issueMediation(u, id, request));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/withdrawal")
    String withdraw(
            @PathVariable long id,
            @RequestParam(name = "on", required = false) String on,
            @RequestParam(name = "reason", required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AwardPeriodRequest request = new AwardPeriodRequest(on, "WITHDRAWN", reason, null, null, null);
        return actions.act(
                id,
                "withdrawal",
                "已准予撤回仲裁申请，本案终结，已出具决定书",
                model,
                response,
                redirect,
                u -> endings.withdraw(u, id, request));
    }
}
