package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.AwardPeriod;
import cn.laborcase.arbitration.AwardPeriodRequest;
import cn.laborcase.arbitration.CaseChanges;
import cn.laborcase.arbitration.CaseEndings;
import cn.laborcase.arbitration.ClaimChangeRequest;
import cn.laborcase.arbitration.JoinderRequest;
import cn.laborcase.arbitration.RegisterApplicationRequest;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's forms for what restarts or stops the award period (办案规则 §46) and the absent applicant (法 §36):
 * 追加当事人, 变更仲裁请求, 受移送, 公告送达, 视为撤回. Each calls the same service as the API; done → 302 back with a
 * message; wrong input → the page again with 400 and every message beside its field; a conflict → 409.
 */
@Controller
class ArbitrationChangePageController {

    private final CasePageActions actions;

    /** Rows the claim-change form posts at most (the registration allows 50 claims). */
    private static final int MAX_CLAIM_ROWS = 60;

    private static final Pattern CLAIM_FIELD = Pattern.compile("^claims\\[(\\d+)\\](.*)$");

    private final CaseChanges changes;
    private final AwardPeriod period;
    private final CaseEndings endings;

    ArbitrationChangePageController(
            CaseChanges changes, AwardPeriod period, CaseEndings endings, CasePageActions actions) {
        this.actions = actions;
        this.changes = changes;
        this.period = period;
        this.endings = endings;
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/joinder")
    String join(
            @PathVariable long id,
            @RequestParam Map<String, String> f,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        JoinderRequest request = new JoinderRequest(
                f.get("on"),
                f.get("kind"),
                f.get("name"),
                f.get("idNumber"),
                f.get("creditCode"),
                f.get("address"),
                f.get("reason"));
        return actions.act(
                id,
                "joinder",
                "已追加当事人，审理期限重新计算，已出具通知书",
                model,
                response,
                redirect,
                u -> changes.joinParty(u, id, request));
    }

    /**
     * The claims as they stand after the change, one row each; empty rows are left out, and a wrong field is named
     * by the row the clerk sees.
     */
    @PostMapping("/arbitration/cases/{id:\\d+}/claim-change")
    String changeClaims(
            @PathVariable long id,
            @RequestParam Map<String, String> f,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<RegisterApplicationRequest.Claim> claims = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < MAX_CLAIM_ROWS; i++) {
            String p = "claims[" + i + "].";
            String type = blankToNull(f.get(p + "type"));
            String amount = blankToNull(f.get(p + "amount"));
            String description = blankToNull(f.get(p + "description"));
            if (type == null && amount == null && description == null) {
                continue;
            }
            claims.add(new RegisterApplicationRequest.Claim(type, amount, description));
            rows.add(i);
        }
        ClaimChangeRequest request = new ClaimChangeRequest(f.get("on"), f.get("reason"), claims);
        return actions.act(id, "claim-change", "已准许变更仲裁请求，审理期限重新计算，已出具通知书", model, response, redirect, u -> {
            try {
                changes.changeClaims(u, id, request);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(
                        e.problems().stream().map(p -> byRow(p, rows)).toList());
            }
        });
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/transfer")
    String transfer(
            @PathVariable long id,
            @RequestParam(name = "on", required = false) String on,
            @RequestParam(name = "reason", required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AwardPeriodRequest request = new AwardPeriodRequest(on, null, reason, null, null, null);
        return actions.act(
                id,
                "transfer",
                "已登记受移送，审理期限自收到移送之日起重新计算，已出具通知书",
                model,
                response,
                redirect,
                u -> changes.transfer(u, id, request));
    }

    /** 公告送达 (办案规则 §46): the period stands still from the day the notice was published. */
    @PostMapping("/arbitration/cases/{id:\\d+}/public-notice")
    String publicNotice(
            @PathVariable long id,
            @RequestParam(name = "on", required = false) String on,
            @RequestParam(name = "reason", required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AwardPeriodRequest request = new AwardPeriodRequest(on, "PUBLIC_NOTICE", reason, null, null, null);
        return actions.act(
                id,
                "public-notice",
                "已登记公告送达，公告期间审理期限停止计算",
                model,
                response,
                redirect,
                u -> period.suspend(u, id, request));
    }

    /** 视为撤回 (法 §36): the applicant, notified in writing, did not appear without good reason. */
    @PostMapping("/arbitration/cases/{id:\\d+}/absent-applicant")
    String absentApplicant(
            @PathVariable long id,
            @RequestParam(name = "on", required = false) String on,
            @RequestParam(name = "reason", required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AwardPeriodRequest request = new AwardPeriodRequest(on, "ABSENT_APPLICANT", reason, null, null, null);
        return actions.act(
                id,
                "absent-applicant",
                "已按撤回仲裁申请处理，本案终结，已出具决定书",
                model,
                response,
                redirect,
                u -> endings.withdraw(u, id, request));
    }

    private static FieldProblem byRow(FieldProblem p, List<Integer> rows) {
        Matcher m = CLAIM_FIELD.matcher(p.field());
        if (!m.matches()) {
            return p;
        }
        int k = Integer.parseInt(m.group(1));
        return k < rows.size()
                ? new FieldProblem("claims[" + rows.get(k) + "]" + m.group(2), p.code(), p.message())
                : p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
