package cn.laborcase.emergency.web;

import cn.laborcase.emergency.AdvanceDecisionRequest;
import cn.laborcase.emergency.AdvanceRequest;
import cn.laborcase.emergency.ClosureRequest;
import cn.laborcase.emergency.IncidentClosure;
import cn.laborcase.emergency.IncidentMoney;
import cn.laborcase.emergency.IncidentProgress;
import cn.laborcase.emergency.PaymentRequest;
import cn.laborcase.emergency.ProgressReportRequest;
import cn.laborcase.shared.BeijingTime;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the incident page: record a payment, file a progress report, request a fund advance, submit the
 * 处置情况报告, and the leaders' decisions on advances and on the report. Each calls the service the API calls (same
 * validation, same scope: another office's incident is 404, a role that may not act 403). A refused form goes back to
 * the page with 400 and the message next to each wrong field ({@code failed} names the form); a conflict shows as 409.
 */
@Controller
class IncidentActionsController {

    private final IncidentMoney money;
    private final IncidentProgress progress;
    private final IncidentClosure closure;
    private final IncidentForms forms;

    IncidentActionsController(
            IncidentMoney money, IncidentProgress progress, IncidentClosure closure, IncidentForms forms) {
        this.forms = forms;
        this.money = money;
        this.progress = progress;
        this.closure = closure;
    }

    @PostMapping("/wage-incidents/{id:\\d+}/payments")
    String pay(
            @PathVariable long id,
            @RequestParam(required = false) String workerName,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String paidAt,
            @RequestParam(required = false) String source,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(
                id,
                "payment",
                "已登记工资支付",
                model,
                response,
                redirect,
                user -> money.recordPayment(
                        user, id, new PaymentRequest(workerName, amount, beijingToOffset(paidAt), source)));
    }

    @PostMapping("/wage-incidents/{id:\\d+}/advances")
    String advance(
            @PathVariable long id,
            @RequestParam(required = false) String workers,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(
                id,
                "advance",
                "垫付申请已提交，待局长审批",
                model,
                response,
                redirect,
                user -> money.requestAdvance(user, id, new AdvanceRequest(workers, amount, reason)));
    }

    @PostMapping("/wage-incidents/{id:\\d+}/advances/{advanceId:\\d+}/decision")
    String decideAdvance(
            @PathVariable long id,
            @PathVariable long advanceId,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String opinion,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(id, "advance-" + advanceId, "已作出垫付审批决定", model, response, redirect, user -> {
            money.decideAdvance(user, id, advanceId, new AdvanceDecisionRequest(decision, opinion));
            return advanceId;
        });
    }

    @PostMapping("/wage-incidents/{id:\\d+}/progress-reports")
    String report(
            @PathVariable long id,
            @RequestParam(required = false) String actions,
            @RequestParam(required = false) String workersPaid,
            @RequestParam(required = false) String amountPaid,
            @RequestParam(required = false) String nextSteps,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(
                id,
                "progress",
                "进展报告已报送",
                model,
                response,
                redirect,
                user -> progress.file(
                        user, id, new ProgressReportRequest(actions, workersPaid, amountPaid, nextSteps)));
    }

    @PostMapping("/wage-incidents/{id:\\d+}/closure-reports")
    String submitClosure(
            @PathVariable long id,
            @RequestParam(required = false) String summary,
            @RequestParam(required = false) String amountRecovered,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(
                id,
                "closure",
                "处置情况报告已报送，待领导审批",
                model,
                response,
                redirect,
                user -> closure.submit(user, id, new ClosureRequest(summary, amountRecovered)));
    }

    @PostMapping("/wage-incidents/{id:\\d+}/closure-reports/{closureId:\\d+}/decision")
    String decideClosure(
            @PathVariable long id,
            @PathVariable long closureId,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String opinion,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return forms.act(id, "closure-decision", "已作出处置情况报告审批决定", model, response, redirect, user -> {
            closure.decide(user, id, closureId, new AdvanceDecisionRequest(decision, opinion));
            return closureId;
        });
    }

    /** 2026-12-06T10:00 (Beijing, datetime-local) → with its offset; anything else is passed on to be named. */
    private static String beijingToOffset(String local) {
        if (local == null || local.isBlank()) {
            return local;
        }
        try {
            return LocalDateTime.parse(local.strip())
                    .atZone(BeijingTime.ZONE)
                    .toOffsetDateTime()
                    .toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }
}
