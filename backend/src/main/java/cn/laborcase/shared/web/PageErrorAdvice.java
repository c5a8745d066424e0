package cn.laborcase.shared.web;

import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Pages (as opposed to the JSON API) show a refused request on the error page with the same status and message
 * that the API would give.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletResponse response, Model model) {
        int status = ProblemDetailsAdvice.statusOf(e).value();
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", e.getMessage());
        model.addAttribute("code", e.code());
        if (e instanceof InvalidInputException invalid) {
            // a form that cannot be shown again (its rows could not be read): name the fields here
            model.addAttribute("problems", invalid.problems());
        }
        return "error";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("detail", "您没有访问此页面或办理此事项的权限。");
        return "error";
    }
}
