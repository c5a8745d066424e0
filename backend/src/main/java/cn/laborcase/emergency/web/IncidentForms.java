package cn.laborcase.emergency.web;

import cn.laborcase.emergency.IncidentQueries;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.web.FormErrors;
import cn.laborcase.workflow.EngineConflicts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every form of the incident page answers, whichever controller takes it: the change done → 302 back to the
 * page with a message; wrong input → the page again with 400, each message beside its field and the form marked as
 * the one that failed; a conflict → the page with 409 and its message. An engine step of the incident finishing at
 * the same instant is retried, not shown as a conflict ({@link EngineConflicts}).
 */
@Component
class IncidentForms {

    private final IncidentQueries queries;
    private final CurrentUsers currentUsers;
    private final EngineConflicts conflicts;

    IncidentForms(IncidentQueries queries, CurrentUsers currentUsers, EngineConflicts conflicts) {
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.conflicts = conflicts;
    }

    /**
     * @param form the form's name on the page ({@code failed} marks it after wrong input)
     * @param success the message shown after the redirect
     */
    String act(
            long id,
            String form,
            String success,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            ToLongFunction<CurrentUser> change) {
        CurrentUser user = currentUsers.require();
        try {
            conflicts.retrying("incident " + id + " " + form, () -> change.applyAsLong(user));
            redirect.addFlashAttribute("flashSuccess", success);
            return "redirect:/wage-incidents/" + id;
        } catch (InvalidInputException e) {
            FormErrors.invalid(model, response, e);
            model.addAttribute("failed", form);
        } catch (ConflictException e) {
            FormErrors.refused(model, response, HttpServletResponse.SC_CONFLICT, e);
        }
        return WageIncidentPageController.show(queries, user, id, model);
    }
}
