package cn.laborcase.inspection.web;

import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.inspection.InspectionOrigin;
import cn.laborcase.inspection.NewInspectionCase;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 新建案件 (/inspection-cases/new): a leader's instruction (领导交办) or a referral (移送) proposed by a leader or an
 * inspector of the employer's office; the case waits for the leader's 立案 approval in his inbox.
 */
@Controller
class NewInspectionCaseController {

    private final InspectionCases cases;
    private final CurrentUsers currentUsers;

    NewInspectionCaseController(InspectionCases cases, CurrentUsers currentUsers) {
        this.cases = cases;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/inspection-cases/new")
    String form(Model model) {
        FormErrors.none(model);
        return page(model, new Form("INSTRUCTION", "", "", "", "", ""));
    }

    @PostMapping("/inspection-cases/new")
    String propose(
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String employerCreditCode,
            @RequestParam(required = false) String originLabel,
            @RequestParam(required = false) String facts,
            @RequestParam(required = false) String amountOwed,
            @RequestParam(required = false) String workersAffected,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Form form = new Form(origin, employerCreditCode, originLabel, facts, amountOwed, workersAffected);
        try {
            long id = cases.propose(currentUsers.require(), form.toRequest(cases::problemsOf));
            redirect.addFlashAttribute("flashSuccess", "已提请立案，等待机构负责人审批");
            return "redirect:/inspection-cases/" + id;
        } catch (InvalidInputException e) {
            FormErrors.invalid(model, response, e);
            return page(model, form);
        }
    }

    private static String page(Model model, Form form) {
        model.addAttribute("form", form);
        model.addAttribute("origins", List.of(InspectionOrigin.INSTRUCTION, InspectionOrigin.REFERRAL));
        return "inspection/new";
    }

    /** The form as typed (numbers as text, so that a wrong one is shown back with its message). */
    record Form(
            String origin,
            String employerCreditCode,
            String originLabel,
            String facts,
            String amountOwed,
            String workersAffected) {

        NewInspectionCase toRequest(java.util.function.Function<NewInspectionCase, List<FieldProblem>> check) {
            List<FieldProblem> problems = new ArrayList<>();
            BigDecimal amount = null;
            Integer workers = null;
            if (amountOwed != null && !amountOwed.isBlank()) {
                try {
                    amount = new BigDecimal(amountOwed.strip());
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem("amountOwed", "Number", "欠薪金额应为数字"));
                }
            }
            if (workersAffected != null && !workersAffected.isBlank()) {
                try {
                    workers = Integer.valueOf(workersAffected.strip());
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem("workersAffected", "Number", "涉及人数应为整数"));
                }
            }
            NewInspectionCase request =
                    new NewInspectionCase(origin, employerCreditCode, originLabel, facts, amount, workers);
            if (!problems.isEmpty()) {
                // every field named at once: the numbers' problems with the rest of the form's
                problems.addAll(0, check.apply(request));
                throw new InvalidInputException(problems);
            }
            return request;
        }
    }
}
