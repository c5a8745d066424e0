package cn.laborcase.shared.web;

import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Puts a refused form back on its page: 400 with the message of every wrong field next to it, or 409 with the
 * conflict as the page's error, instead of the generic error page.
 */
public final class FormErrors {

    private FormErrors() {}

    /** Values the browser sent that could not even be converted (a number field with letters, say). */
    public static InvalidInputException of(BindingResult binding) {
        return new InvalidInputException(binding.getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), "TypeMismatch", "格式不正确"))
                .toList());
    }

    /**
     * Runs a form's change. Returns the view to go to when it succeeds; empty when the form goes back to its page
     * with every wrong field named (400) or with the conflict shown (409; the page then shows what is stored now, so
     * the user sees what the other change did).
     */
    public static Optional<String> submit(
            BindingResult binding, Model model, HttpServletResponse response, Supplier<String> change) {
        try {
            if (binding != null && binding.hasErrors()) {
                throw of(binding);
            }
            return Optional.of(change.get());
        } catch (InvalidInputException e) {
            invalid(model, response, e);
        } catch (ConflictException e) {
            refused(model, response, HttpServletResponse.SC_CONFLICT, e);
            model.asMap().remove("form");
        }
        return Optional.empty();
    }

    public static void invalid(Model model, HttpServletResponse response, InvalidInputException e) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            errors.merge(p.field(), p.message(), (a, b) -> a + "；" + b);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("flashError", "有 " + e.problems().size() + " 处填写有误，请修改后重新提交");
    }

    public static void refused(Model model, HttpServletResponse response, int status, DomainException e) {
        response.setStatus(status);
        model.addAttribute("errors", Map.of());
        model.addAttribute("flashError", e.getMessage());
    }

    public static void none(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }
}
