package cn.laborcase.emergency.web;

import cn.laborcase.emergency.DepositNoticeRequest;
import cn.laborcase.emergency.DepositNotices;
import cn.laborcase.emergency.IncidentQueries;
import cn.laborcase.emergency.RepaymentOrderRequest;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incident page's wage-deposit forms: record a 责令限期清偿, issue a 工资保证金支付通知书. Same services as the API;
 * a refused form goes back to the page with 400 and each message next to its field, a conflict with 409.
 */
@Controller
class IncidentResponseActionsController {

    private final IncidentQueries queries;
    private final DepositNotices deposits;
    private final CurrentUsers currentUsers;

    IncidentResponseActionsController(IncidentQueries queries, DepositNotices deposits, CurrentUsers currentUsers) {
        this.queries = queries;
        this.deposits = deposits;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/wage-incidents/{id:\\d+}/repayment-orders")
    String order(
            @PathVariable long id,
            @RequestParam(required = false) String orderedOn,
            @RequestParam(required = false) String deadlineOn,
            @RequestParam(required = false) String servedOn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            deposits.recordOrder(user, id, new RepaymentOrderRequest(orderedOn, deadlineOn, servedOn));
            redirect.addFlashAttribute("flashSuccess", "已登记责令限期清偿");
            return "redirect:/wage-incidents/" + id;
        } catch (InvalidInputException e) {
            FormErrors.invalid(model, response, e);
            model.addAttribute("failed", "repayment-order");
        } catch (ConflictException e) {
            FormErrors.refused(model, response, HttpServletResponse.SC_CONFLICT, e);
        }
        return WageIncidentPageController.show(queries, user, id, model);
    }

    @PostMapping("/wage-incidents/{id:\\d+}/deposit-notices")
    String notice(
            @PathVariable long id,
            @RequestParam(required = false) String bankName,
            @RequestParam(required = false) String accountNo,
            @RequestParam(required = false) String amount,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            var document = deposits.issueNotice(user, id, new DepositNoticeRequest(bankName, accountNo, amount));
            redirect.addFlashAttribute("flashSuccess", "已出具工资保证金支付通知书 " + document.number());
            return "redirect:/wage-incidents/" + id;
        } catch (InvalidInputException e) {
            FormErrors.invalid(model, response, e);
            model.addAttribute("failed", "deposit-notice");
        } catch (ConflictException e) {
            FormErrors.refused(model, response, HttpServletResponse.SC_CONFLICT, e);
        }
        return WageIncidentPageController.show(queries, user, id, model);
    }
}
