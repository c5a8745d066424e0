package cn.laborcase.shared.web;

import cn.laborcase.shared.DatabaseOutage;
import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
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

    /**
     * A page whose database cannot be reached: 503 with Retry-After on a page without the header (which itself reads
     * the database). Anything else of these types is a real error and goes on to the error page as before.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, ProcessEngineException.class})
    String database(Exception e, HttpServletResponse response, Model model) throws Exception {
        if (!DatabaseOutage.causedBy(e)) {
            throw e;
        }
        ErrorResponses.unavailable(e);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        model.addAttribute("status", 503);
        model.addAttribute("detail", DatabaseOutage.MESSAGE);
        return "unavailable";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("detail", "您没有访问此页面或办理此事项的权限。");
        return "error";
    }
}
